package vigil.events;

import java.util.List;

/**
 * English-only readings of a sentence that the shared rules do not make: ground that changes hands without a fight,
 * threats whose object is an act of force.
 */
final class EnglishRules {
    private EnglishRules() {}

    private static final List<String> WITHDRAWAL = List.of("withdr", "retreat", "pulled out", "pulling out",
            "without resistance", "without a fight", "without fighting", "any resistance", "no resistance",
            "in the hands of", "handed over", "hand over");

    private static final List<String> TAKEOVER = List.of("took control", "taken control", "take control", "seized",
            "captured", "entered", "recaptured", "retook", "retaken", "occupied", "took over", "taken over", "controlled",
            "in the hands of", "handed over");

    /**
     * "The militants seized the town after government forces withdrew", "regime forces withdrew, leaving the base in
     * the hands of the rebels": territory taken where the other side pulled out and nobody fought is a non-violent
     * transfer (ACLED NON_VIOL_TERRIT_TRANSFER), not a battle. Sets the ACLED label of the takeover or withdrawal.
     */
    static void unopposedTakeover(List<Candidate> cs, List<Token> toks) {
        boolean fight = false;
        for (Candidate c : cs) {
            if (c.plover().equals("ASSAULT") && !"192".equals(c.trigger.cameo())) fight = true;
        }
        if (fight) return;
        String text = folded(toks);
        boolean withdrawal = WITHDRAWAL.stream().anyMatch(text::contains);
        boolean takeover = TAKEOVER.stream().anyMatch(text::contains);
        if (!withdrawal || !takeover) return;
        for (Candidate c : cs) {
            if ("192".equals(c.trigger.cameo()) || c.plover().equals("RETREAT") && "087".equals(c.trigger.cameo())) {
                c.acled = "NON_VIOL_TERRIT_TRANSFER";
            }
        }
    }

    /**
     * "threatened to shell the towns", "warned of air strikes": a threat whose object is an act of force is a threat of
     * force (CAMEO 138, PLOVER mode "violence"); the act itself is not coded, being only threatened.
     */
    static List<PhraseIndex.Hit<TriggerDef>> threatsOfForce(List<PhraseIndex.Hit<TriggerDef>> kept,
                                                           List<PhraseIndex.Hit<TriggerDef>> all, List<Token> toks) {
        List<PhraseIndex.Hit<TriggerDef>> out = new java.util.ArrayList<>(kept.size());
        for (PhraseIndex.Hit<TriggerDef> g : kept) {
            TriggerDef t = g.value();
            if (t.plover().equals("THREATEN") && "130".equals(t.cameo()) && forceAfter(g, all, toks)) {
                t = new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), t.plover(), "violence", t.context(), "138", t.acled());
                g = new PhraseIndex.Hit<>(g.from(), g.to(), g.phrase(), t);
            }
            out.add(g);
        }
        return out;
    }

    private static boolean forceAfter(PhraseIndex.Hit<TriggerDef> g, List<PhraseIndex.Hit<TriggerDef>> all, List<Token> toks) {
        for (PhraseIndex.Hit<TriggerDef> h : all) {
            if (h.value().plover().equals("ASSAULT") && h.from() >= g.to() && h.from() - g.to() <= 6
                    && !EventShaping.clauseBreak(toks, g.to(), h.from())) return true;
        }
        return false;
    }

    private static String folded(List<Token> toks) {
        StringBuilder b = new StringBuilder(" ");
        for (Token t : toks) b.append(t.folded()).append(' ');
        return b.toString();
    }
}
