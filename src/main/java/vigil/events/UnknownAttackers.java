package vigil.events;

import java.util.List;
import vigil.model.Evidence;
import vigil.model.Span;

/**
 * A bombing or suicide attack with no perpetrator named ("a car bomb exploded", "estalló un coche bomba", "انفجرت
 * سيارة مفخخة") was done by an unknown armed party: an inferred ---UAF source (no words of its own; the trigger is
 * its evidence). One convention for every language.
 */
final class UnknownAttackers {
    private UnknownAttackers() {}

    static void apply(List<Candidate> cs) {
        for (Candidate c : cs) {
            if (!c.plover().equals("ASSAULT") || !c.sources.isEmpty()) continue;
            boolean bombing = "explosives".equals(c.mode) || c.trigger.context() != null && c.trigger.context().contains("suicide");
            if (!bombing) continue;
            Span s = null;
            for (Evidence e : c.evidence) if (e.field().equals("trigger")) { s = e.span(); break; }
            if (s != null) c.sources.add(Inferred.actor(c, s, null, "UAF"));
        }
    }
}
