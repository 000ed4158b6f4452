package vigil.events;

import java.util.List;

/**
 * English-only readings of a sentence that the shared rules do not make: ground that changes hands without a fight,
 * threats whose object is an act of force, attacks in words, and mentions that anchor no event.
 */
final class EnglishRules {
    private EnglishRules() {}

    private static final List<String> WITHDRAWAL = List.of("withdr", "retreat", "pulled out", "pulling out",
            "without resistance", "without a fight", "without fighting", "any resistance", "no resistance",
            "in the hands of", "handed over", "hand over");

    private static final List<String> FIRE = List.of("fight", "clash", "bomb", "shell", "strike", "battle", "attack",
            "fire", "artillery", "raid", "assault");

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
            if (!c.plover().equals("ASSAULT")) continue;
            if (!"192".equals(c.trigger.cameo())) fight = true;
            // the fire merged into the takeover ("seized the capital despite a bombing campaign")
            for (vigil.model.Evidence e : c.evidence) {
                if (!e.field().equals("trigger")) continue;
                String w = Fold.fold(e.span().text());
                if (FIRE.stream().anyMatch(w::contains)) fight = true;
            }
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

    /**
     * "an armed attack", "a direct attack", "Hamas' surprise attack", "because of bandit attacks": the bare or plural
     * form of a verb trigger after "a"/"an", a possessive or a preposition, with at most two lower-case modifiers between,
     * heads a noun phrase (no verb follows them that way).
     */
    private static final java.util.Set<String> PRESENT_LIGHT = java.util.Set.of("carry out", "carries out", "conduct",
            "conducts", "launch", "launches", "stage", "stages", "mount", "mounts", "wage", "wages", "commit", "commits");
    private static final java.util.Set<String> HABIT = java.util.Set.of("still", "often", "regularly", "frequently",
            "routinely", "usually", "sometimes", "occasionally", "repeatedly", "typically", "mostly");

    /**
     * "Small cells still carry out ambushes and bombings in the desert": acts of a kind done again and again, told in
     * the present with an adverb of habit, are a description, not a report of one event.
     */
    static boolean habitual(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        if (!toks.get(h.to() - 1).folded().endsWith("s")) return false;
        int i = h.from() - 1;
        // back over other bare plurals joined by "and", "or" or commas ("ambushes and bombings")
        while (i >= 1 && toks.get(i).is("and", "or", ",") && toks.get(i - 1).folded().endsWith("s")) i -= 2;
        String verb = i >= 1 ? toks.get(i - 1).folded() + " " + toks.get(i).folded() : "";
        int verbStart = PRESENT_LIGHT.contains(verb) ? i - 1 : i >= 0 && PRESENT_LIGHT.contains(toks.get(i).folded()) ? i : -1;
        if (verbStart < 0) return false;
        for (int k = Math.max(0, verbStart - 3); k < verbStart; k++) if (HABIT.contains(toks.get(k).folded())) return true;
        return false;
    }

    static boolean nounPhraseHead(List<Token> toks, int at) {
        String w = toks.get(at).folded();
        if (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")) return false;
        int i = at - 1;
        for (int k = 0; k < 2 && i >= 0 && lowerWord(toks.get(i)) && !toks.get(i).is("a", "an") && !PREPS.contains(toks.get(i).folded()); k++) i--;
        if (i < 0 || i == at) return false;
        Token d = toks.get(i);
        if (PREPS.contains(d.folded())) return true;
        // "a man attacks": a plural-looking form after "a" may be a verb
        return d.is("a", "an", "'s", "’s", "'", "’") && !w.endsWith("s");
    }

    private static final java.util.Set<String> PREPS = java.util.Set.of("of", "in", "after", "during", "against", "amid",
            "following", "despite", "over", "for", "from");

    private static final java.util.Set<String> BEFORE_ADJECTIVE = java.util.Set.of("the", "of", "for", "with", "on",
            "to", "from", "his", "her", "their", "its", "our", "two", "three", "several", "many", "some", "all", "other");

    /**
     * "Banned chlorine munitions were dropped", "the widow of slain police officer Blake", "the detained activists": a
     * participle opening the sentence or following an article or preposition, before a noun, describes the noun.
     */
    static boolean participleBeforeNoun(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        if (h.value().noun() || h.to() - h.from() != 1 || h.to() >= toks.size()) return false;
        Token w = toks.get(h.from()), next = toks.get(h.to());
        if (!(w.folded().endsWith("ed") || w.is("slain"))) return false;
        if (!next.isWord() || DictionaryEventCoder.NOT_NOUNS.contains(next.folded()) || NumberWords.value(next) >= 0
                || !Character.isLetter(next.text().charAt(0))) return false;
        if (h.from() == 0) return !next.capitalized();
        return BEFORE_ADJECTIVE.contains(toks.get(h.from() - 1).folded());
    }

    private static boolean lowerWord(Token t) {
        String w = t.text();
        if (!t.isWord() || t.capitalized() || w.length() < 3) return false;
        for (int k = 0; k < w.length(); k++) if (!Character.isLetter(w.charAt(k))) return false;
        return true;
    }

    /**
     * "an armed attack against one member is an attack against all", "because of settler attacks", "a freak injury":
     * a noun or a weak verb with nobody on either side, no toll, no date and no place anchors no event in the news; it
     * names a kind of act or one told elsewhere. Strong verbs ("were seized") still report on their own.
     */
    private static final java.util.Set<String> SPEAKERS = java.util.Set.of("GOV", "LEG", "PTY", "OPP", "MED", "JUD");
    private static final List<String> PERSONS = List.of("president", "minister", "premier", "senator", "governor",
            "mayor", "leader", "spokes", "chairman", "speaker", "lawmaker", "mp", "candidate", "king", "emir", "envoy",
            "ambassador", "judge", "journalist", "columnist", "official");

    /**
     * "US President Donald Trump attacked the alliance", "a series of attacks on the organisation by the senator": a
     * politician, judge or writer who attacks, with no weapon or victim named, attacks in words (PLOVER ACCUSE, CAMEO
     * 111 criticize or denounce). A person attacking a country or an armed force is left alone.
     */
    static void verbalAttacks(List<Candidate> cs) {
        for (Candidate c : cs) {
            if (!c.plover().equals("ASSAULT") || !c.trigger.phrase().source().equals("attack*") || c.mode != null
                    || c.fatalities != null || c.injured != null || c.sources.isEmpty()) continue;
            boolean speakers = c.sources.stream().allMatch(EnglishRules::person);
            boolean physicalTarget = c.targets.stream().anyMatch(a -> Roles.armed(a)
                    || a.country() != null && a.sector() == null);
            if (!speakers || physicalTarget) continue;
            TriggerDef t = c.trigger;
            c.trigger = new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), "ACCUSE", null, t.context(), "111", null);
            c.acled = null;
        }
    }

    private static boolean person(vigil.model.Actor a) {
        if (a.code() == null) return a.span() != null && !a.span().text().isEmpty(); // a name the dictionaries do not know
        if (a.sector() == null || !SPEAKERS.contains(a.sector()) || a.group() != null) return false;
        String w = Fold.fold(a.span().text());
        return PERSONS.stream().anyMatch(w::contains);
    }

    /** Things done rather than said. */
    private static final java.util.Set<String> MATERIAL = java.util.Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE",
            "SANCTION", "RETREAT", "AID");

    static List<Candidate> anchored(List<Candidate> cs) {
        List<Candidate> out = new java.util.ArrayList<>(cs.size());
        for (Candidate c : cs) {
            // violence with nobody, no weapon, toll, date or place is no report either ("a transaction, executed at
            // market value", "since he took over the club"); "was struck by a missile" is
            boolean loose = c.nominal && !c.carried || c.trigger.weak() || c.plover().equals("ASSAULT") && c.mode == null;
            boolean anchor = !c.sources.isEmpty() || !c.targets.isEmpty() || c.fatalities != null || c.injured != null
                    || c.dateFromText || c.location != null;
            if (loose && !anchor) continue;
            // "the threat posed by X", "has faced heavy criticism", "an investigation has revealed": a statement named
            // by a noun that no verb carries ("ordered an investigation") and no date pins down is talk about talk
            if (c.nominal && !c.carried && !MATERIAL.contains(c.plover()) && !c.dateFromText) continue;
            out.add(c);
        }
        return out;
    }

    /**
     * "A fire broke out at the chemical plant. Residents heard two blasts": weak words of violence with nobody armed,
     * right after a sentence about a disaster or an accident, tell more of it, not of an attack.
     */
    static boolean afterDisaster(List<Candidate> found, List<vigil.model.Sentence> sentences, vigil.model.Sentence s,
                                 String text, Dictionaries.Lexicon lex) {
        for (Candidate c : found) {
            if (!c.plover().equals("ASSAULT") || !c.trigger.weak()) return false;
            if (c.sources.stream().anyMatch(Roles::armed) || c.targets.stream().anyMatch(Roles::armed)) return false;
        }
        int at = sentences.indexOf(s);
        for (int k = Math.max(0, at - 2); k < at; k++) {
            vigil.model.Span sp = sentences.get(k).span();
            List<Token> toks = Tokenizer.tokenize(text, sp.start(), sp.end());
            for (PhraseIndex.Hit<Cue> c : lex.cues.all(toks)) if (c.value() == Cue.DISASTER) return true;
        }
        return false;
    }

    private static final List<String> VIOLENT = List.of("threw", "throw", "stormed", "tore", "ransack", "firebomb",
            "barricade");

    /** English words of crowd violence beyond the shared ones ("threw a fence into a fire", "stormed the building"). */
    static boolean violentWord(Token t) {
        String w = t.folded();
        for (String v : VIOLENT) if (w.startsWith(v)) return true;
        return false;
    }

    /**
     * "Police fired tear gas as protesters clashed with them": crowd control in a sentence of crowd violence is a
     * violent demonstration (ACLED VIOL_DEMONSTR), not a peaceful protest met by force.
     */
    static void violentCrowd(List<Candidate> cs, List<Token> toks) {
        boolean violent = cs.stream().anyMatch(c -> c.plover().equals("PROTEST") && "riot".equals(c.mode));
        for (Candidate c : cs) {
            if (!"PROTEST_WITH_INTER".equals(c.trigger.acled())) continue;
            if (violent || EventShaping.violentWords(toks, "en")) c.acled = "VIOL_DEMONSTR";
        }
    }

    /**
     * Which of two triggers of one type leads the merged event, when English says so: a reported act before a
     * mention ("properties were looted ... after fighting on Monday"), ground taken by a verb before the noun of
     * the fire that came with it ("captured the village ... after weeks of shelling"). True when {@code other}
     * leads, false when {@code into} does, null when the usual ranking decides.
     */
    static Boolean reportLeads(Candidate into, Candidate other) {
        // a mention leads no strong report ("looted ... after fighting"); a weak one ("killed in a grenade attack") it may
        if (other.mention && !into.mention && !into.trigger.weak()) return false;
        if (into.mention && !other.mention && !other.trigger.weak()) return true;
        boolean intoGround = "192".equals(into.trigger.cameo()) && !into.nominal;
        boolean otherGround = "192".equals(other.trigger.cameo()) && !other.nominal;
        if (intoGround && other.nominal) return false;
        if (otherGround && into.nominal) return true;
        return null;
    }

    private static final java.util.Set<String> STATE_FORCE = java.util.Set.of("COP", "MIL", "GOV");
    private static final List<String> PROTEST_WORDS = List.of("protest", "demonstrat", "rally", "rallies", "march",
            "sit-in", "human chain", "vigil", "picket");

    /**
     * What ACLED calls force at a protest: police who attack a peaceful rally, or whose crowd control leaves people
     * hurt, use excessive force (FORCE_AGAINST_PROTEST); others who attack a rally are a mob (MOB_VIOL); arrests at a
     * demonstration are a protest with intervention (PROTEST_WITH_INTER).
     */
    static void forceAtProtests(List<Candidate> cs, List<Token> toks) {
        boolean protest = cs.stream().anyMatch(c -> c.plover().equals("PROTEST") && (!c.nominal || c.carried))
                || protestHeld(toks);
        boolean crowdControl = cs.stream().anyMatch(c -> "PROTEST_WITH_INTER".equals(c.trigger.acled()));
        for (Candidate c : cs) {
            if (c.plover().equals("COERCE") && "ARREST".equals(Acled.label(c)) && protest) c.acled = "PROTEST_WITH_INTER";
            if (!c.plover().equals("ASSAULT") || c.acled != null) continue;
            boolean armedVictims = c.targets.stream().anyMatch(Roles::armed);
            boolean hurt = c.fatalities != null || c.injured != null
                    || List.of("kill*", "injur*", "wound*", "died", "dead").contains(c.trigger.phrase().source());
            if (crowdControl && hurt && !armedVictims) {
                c.acled = "FORCE_AGAINST_PROTEST";
            } else if (protestObject(c, cs, toks) && !armedVictims) {
                boolean state = c.sources.stream().anyMatch(a -> a.sector() != null && STATE_FORCE.contains(a.sector()));
                c.acled = state ? "FORCE_AGAINST_PROTEST" : "MOB_VIOL";
            }
        }
    }

    /**
     * "detained while trying to hold a demonstration", "arrested at a rally": a protest going on where the arrests
     * were made (not "in anticipation of mass protests").
     */
    private static boolean protestHeld(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).folded();
            if (PROTEST_WORDS.stream().noneMatch(w::startsWith)) continue;
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (toks.get(k).is("at", "during", "while", "on", "hold", "holding", "held", "staging", "staged")) return true;
            }
        }
        return false;
    }

    /** "attacked a peaceful rally": a protest named right after the act is what it was done to. */
    private static boolean protestObject(Candidate c, List<Candidate> cs, List<Token> toks) {
        for (Candidate p : cs) {
            if (!p.plover().equals("PROTEST") || !p.nominal) continue;
            int pt = tokenAt(toks, p.triggerStart);
            for (vigil.model.Evidence e : c.evidence) {
                if (!e.field().equals("trigger")) continue;
                int at = tokenAt(toks, e.span().start());
                if (at >= 0 && pt > at && pt - at <= 8 && !punctuation(toks, at + 1, pt)) return true;
            }
        }
        return false;
    }

    private static boolean punctuation(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (toks.get(i).is(",", ";", ":", "(", ")")) return true;
        return false;
    }

    private static int tokenAt(List<Token> toks, int start) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).start() == start) return i;
        return -1;
    }

    private static String folded(List<Token> toks) {
        StringBuilder b = new StringBuilder(" ");
        for (Token t : toks) b.append(t.folded()).append(' ');
        return b.toString();
    }
}
