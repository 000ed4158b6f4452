package vigil.cli;

import java.util.stream.Collectors;
import vigil.model.Actor;
import vigil.model.Event;

/** One-line summary of an event for terminal output. */
final class EventLine {
    private EventLine() {}

    static String of(Event e) {
        StringBuilder sb = head(e.plover(), e.mode(), e.cameo(), e.sources(), e.targets(), e.location(), e.date());
        if (e.fatalities() != null) sb.append("  killed ").append(e.fatalities());
        return sb.toString();
    }

    /** A real-world event: its reports, independent sources and toll range. */
    static String of(vigil.stories.MergedEvent m) {
        StringBuilder sb = head(m.plover(), m.mode(), m.cameo(), m.sources(), m.targets(), m.location(), m.date());
        if (m.fatalitiesMax() != null) {
            sb.append("  killed ").append(m.fatalitiesMin()).append(m.fatalitiesMax().equals(m.fatalitiesMin()) ? "" : "-" + m.fatalitiesMax());
        }
        sb.append("  (").append(m.reports().size()).append(m.reports().size() == 1 ? " report, " : " reports, ")
                .append(m.independentSources()).append(m.independentSources() == 1 ? " independent source" : " independent sources");
        if (!m.contradictions().isEmpty()) sb.append(", ").append(m.contradictions().size()).append(" contradiction(s)");
        return sb.append(')').toString();
    }

    /** "ASSAULT/aerial [195]  USAMIL -> ---REB  @ Al Anbar  on 2026-03-13". */
    private static StringBuilder head(String plover, String mode, String cameo, java.util.List<Actor> sources,
                                      java.util.List<Actor> targets, vigil.model.Place location, java.time.LocalDate date) {
        StringBuilder sb = new StringBuilder(plover);
        if (mode != null) sb.append('/').append(mode);
        if (cameo != null) sb.append(" [").append(cameo).append(']');
        sb.append("  ").append(actors(sources.stream())).append(" -> ").append(actors(targets.stream()));
        if (location != null) sb.append("  @ ").append(location.name());
        if (date != null) sb.append("  on ").append(date);
        return sb;
    }

    private static String actors(java.util.stream.Stream<Actor> s) {
        String r = s.map(a -> a.code() != null ? a.code() : a.span() != null ? a.span().text() : "?")
                .collect(Collectors.joining("+"));
        return r.isEmpty() ? "?" : r;
    }
}
