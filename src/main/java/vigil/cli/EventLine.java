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

    private static String actors(java.util.stream.Stream<Actor> s) {
        String r = s.map(a -> a.code() != null ? a.code() : a.span() != null ? a.span().text() : "?")
                .collect(Collectors.joining("+"));
        return r.isEmpty() ? "?" : r;
    }
}
