package vigil.events;

import java.util.List;
import vigil.model.Actor;

/**
 * A word that reports an event is not its actor: "Artillery shells hit ..." has no actor named "Artillery", and
 * "Las huelgas en Ecuador" or "Boicot a ..." name no protester. Actor nouns the dictionaries code stay, because some
 * triggers name their doer ("a suicide bomber" is both the act and who did it), except in Spanish, where the
 * dictionaries' protest nouns ("huelguistas" aside) are names of the act.
 */
final class TriggerActors {
    private TriggerActors() {}

    static void drop(Candidate c, List<PhraseIndex.Hit<TriggerDef>> triggers, List<Token> toks, String lang) {
        boolean codedToo = lang.equals("es");
        c.sources.removeIf(a -> (codedToo || a.code() == null) && insideTrigger(a, triggers, toks));
        c.targets.removeIf(a -> (codedToo || a.code() == null) && insideTrigger(a, triggers, toks));
    }

    private static boolean insideTrigger(Actor a, List<PhraseIndex.Hit<TriggerDef>> triggers, List<Token> toks) {
        // inferred actors (the public standing in for unnamed protesters, unknown attackers) have no words of their own
        if (a.span() == null || Inferred.is(a)) return false;
        for (PhraseIndex.Hit<TriggerDef> h : triggers) {
            int start = toks.get(h.from()).start(), end = toks.get(h.to() - 1).end();
            if (a.span().start() >= start && a.span().end() <= end) return true;
            // "la Marcha Federal": a protest's name, whose first word is its trigger, is no actor either
            if (h.value().plover().equals("PROTEST") && a.span().start() >= start && a.span().start() < end) return true;
        }
        return false;
    }
}
