package vigil.cli;

import java.util.stream.Collectors;
import vigil.model.Actor;
import vigil.model.Event;

/** One-line summary of an event for terminal output. */
final class EventLine {
    private EventLine() {}

    static String of(Event e) {
        StringBuilder sb = new StringBuilder(e.plover());
        if (e.mode() != null) sb.append('/').append(e.mode());
        if (e.cameo() != null) sb.append(" [").append(e.cameo()).append(']');
        sb.append("  ").append(actors(e.sources().stream())).append(" -> ").append(actors(e.targets().stream()));
        if (e.location() != null) sb.append("  @ ").append(e.location().name());
        if (e.date() != null) sb.append("  on ").append(e.date());
        if (e.fatalities() != null) sb.append("  killed ").append(e.fatalities());
        return sb.toString();
    }

    /** A real-world event: its reports, independent sources and toll range. */
    static String of(vigil.stories.MergedEvent m) {
        StringBuilder sb = new StringBuilder(m.plover());
        if (m.mode() != null) sb.append('/').append(m.mode());
        if (m.cameo() != null) sb.append(" [").append(m.cameo()).append(']');
        sb.append("  ").append(actors(m.sources().stream())).append(" -> ").append(actors(m.targets().stream()));
        if (m.location() != null) sb.append("  @ ").append(m.location().name());
        if (m.date() != null) sb.append("  on ").append(m.date());
        if (m.fatalitiesMax() != null) {
            sb.append("  killed ").append(m.fatalitiesMin()).append(m.fatalitiesMax().equals(m.fatalitiesMin()) ? "" : "-" + m.fatalitiesMax());
        }
        sb.append("  (").append(m.reports().size()).append(m.reports().size() == 1 ? " report, " : " reports, ")
                .append(m.independentSources()).append(m.independentSources() == 1 ? " independent source" : " independent sources");
        if (!m.contradictions().isEmpty()) sb.append(", ").append(m.contradictions().size()).append(" contradiction(s)");
        return sb.append(')').toString();
    }

    private static String actors(java.util.stream.Stream<Actor> s) {
        String r = s.map(a -> a.code() != null ? a.code() : a.span() != null ? a.span().text() : "?")
                .collect(Collectors.joining("+"));
        return r.isEmpty() ? "?" : r;
    }
}
