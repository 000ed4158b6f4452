package vigil.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vigil.model.Actor;
import vigil.model.Event;
import vigil.model.Span;

/**
 * CAMEO's way of counting: an event is one source doing something to one target, so "Gondor and Arnor met
 * Rohan" is two events. Splits an event whose sides name several actors (distinct text spans; the countries of
 * one span, as in "US-Iraqi forces", stay together) into one event per source-target pair.
 */
final class Dyads {
    private Dyads() {}

    /** At most this many events from one: a long list of actors is more likely a misreading than 20 dyads. */
    private static final int MAX = 9;

    static List<CodedEvent> split(List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent ce : events) {
            Event e = ce.event();
            List<List<Actor>> sources = bySpan(e.sources());
            List<List<Actor>> targets = bySpan(e.targets());
            if (sources.size() <= 1 && targets.size() <= 1 || sources.size() * Math.max(1, targets.size()) > MAX) {
                out.add(ce);
                continue;
            }
            if (sources.isEmpty()) sources = List.of(List.of());
            if (targets.isEmpty()) targets = List.of(List.of());
            int n = 0;
            for (List<Actor> s : sources) {
                for (List<Actor> t : targets) {
                    // "Gondor, Arnor and Rohan met": each meets the others, not itself
                    if (!s.isEmpty() && !t.isEmpty() && s.get(0).span().equals(t.get(0).span())) continue;
                    Event d = new Event(e.id() + (n == 0 ? "" : "-" + n), e.articleId(), e.plover(), e.mode(),
                            e.context(), e.cameo(), s, t, e.location(), e.date(), e.fatalities(), e.injured(),
                            e.confidence(), e.evidence());
                    n++;
                    out.add(new CodedEvent(d, ce.acled()));
                }
            }
        }
        return out;
    }

    private static List<List<Actor>> bySpan(List<Actor> actors) {
        Map<Span, List<Actor>> m = new LinkedHashMap<>();
        for (Actor a : actors) m.computeIfAbsent(a.span(), k -> new ArrayList<>()).add(a);
        return new ArrayList<>(m.values());
    }
}
