package vigil.events;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a trigger reports something that happened: rejects negated, denied, modal, future,
 * conditional and infinitive uses ("did not attack", "denied carrying out", "may strike", "threatened to
 * strike", "if they attack"), and weak triggers in sentences about disasters.
 */
final class ContextRules {
    private ContextRules() {}

    /** The reason for a cooperative act announced as not going to happen ("will not withdraw"): a refusal. */
    static final String REFUSAL = "refusal";

    /** "will not withdraw", "won't help": refusing a cooperative act is REJECT (CAMEO 12x); else nothing. */
    static TriggerDef asRefusal(TriggerDef t) {
        if (!COOPERATIVE.contains(t.plover()) || t.plover().equals("AGREE") && t.phrase().words().size() > 1) return null;
        return new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), "REJECT", null, t.context(), "120", null);
    }

    /** The reason for a trigger announced for the future: see {@link #asIntent}. */
    static final String INTENT = "intent";

    private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
            "RETREAT", "CONCEDE");
    private static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST");

    /**
     * What an announced act is, as PLOVER and CAMEO see it: promising a cooperative act is AGREE ("will
     * withdraw", CAMEO 03x), announcing a hostile one is THREATEN ("will strike", CAMEO 13x); anything else
     * announced is not an event. Null when it codes nothing.
     */
    static TriggerDef asIntent(TriggerDef t) {
        if (t.plover().equals("AGREE") || t.plover().equals("THREATEN")) return t;
        if (COOPERATIVE.contains(t.plover())) {
            String cameo = switch (t.plover()) {
                case "CONSULT" -> "036";
                case "AID" -> "033";
                default -> "030";
            };
            return new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), "AGREE", null, t.context(), cameo, null);
        }
        if (HOSTILE.contains(t.plover())) {
            return new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), "THREATEN", threatMode(t), t.context(), threatCode(t), null);
        }
        return null;
    }

    /** PLOVER's mode of a threat: "violence" for a threat of force (CAMEO 138). */
    static String threatMode(TriggerDef t) {
        return t.plover().equals("ASSAULT") ? "violence" : null;
    }

    /** CAMEO's threat codes: 138 threaten with force, 133 with protest, 130 otherwise. */
    private static String threatCode(TriggerDef t) {
        return switch (t.plover()) {
            case "ASSAULT" -> "138";
            case "PROTEST" -> "133";
            default -> "130";
        };
    }

    /** "will withdraw unless ...": any act announced under a condition is a threat (CAMEO 13x). */
    static TriggerDef asThreat(TriggerDef t) {
        if (t.plover().equals("THREATEN")) return t;
        if (!COOPERATIVE.contains(t.plover()) && !HOSTILE.contains(t.plover())) return null;
        return new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), "THREATEN", threatMode(t), t.context(), threatCode(t), null);
    }

    private static final Set<String> PUNCT = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "—", "–");

    /** Null when the trigger stands, else the reason it does not. */
    private static final Set<String> VERBAL = Set.of("SUPPORT", "COOPERATE", "AID", "AGREE", "CONSULT");

    static String reject(List<Token> toks, PhraseIndex.Hit<TriggerDef> trig, List<PhraseIndex.Hit<Cue>> cues, String lang) {
        return reject(toks, trig, cues, lang, false);
    }

    /**
     * @param armed an armed actor (military, rebels, gunmen, a named group) is in the sentence: then deaths are
     *              not taken for a disaster's
     */
    static String reject(List<Token> toks, PhraseIndex.Hit<TriggerDef> trig, List<PhraseIndex.Hit<Cue>> cues,
                         String lang, boolean armed) {
        TriggerDef t = trig.value();
        int s = trig.from();
        boolean intent = false, negated = false;
        Token first = toks.get(s);
        // "a visiting delegation", "an ongoing-looking ...": "a"/"an" + -ing + a noun is a modifier; "a killing in
        // Kabul", "a shooting on Monday" (a preposition or a date follows) stays the noun of an act
        if (!t.noun() && lang.equals("en") && s > 0 && trig.to() - trig.from() == 1 && toks.get(s - 1).is("a", "an")
                && first.folded().endsWith("ing") && trig.to() < toks.size() && toks.get(trig.to()).isWord()
                && !AFTER_ACT_NOUN.contains(toks.get(trig.to()).folded())) {
            return "adjective";
        }
        // "shooting-fish-in-barrel responses": a trigger glued by a hyphen to the next word is part of a compound
        if (lang.equals("en") && trig.to() - trig.from() == 1 && !t.phrase().source().contains("-")
                && (toks.get(s).text().indexOf('-') >= t.phrase().first().length() || trig.to() + 1 < toks.size()
                && toks.get(trig.to()).text().equals("-") && toks.get(trig.to()).start() == toks.get(s).end()
                && toks.get(trig.to() + 1).start() == toks.get(trig.to()).end() && toks.get(trig.to() + 1).isWord())) {
            return "compound";
        }

        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.from() < trig.to() && trig.from() < c.to()) continue; // part of the trigger itself
            switch (c.value()) {
                case NEG -> {
                    int window = lang.equals("ar") ? 2 : 3;
                    if (c.to() <= s && c.to() >= s - window && !punctBetween(toks, c.to(), s)
                            && !SpanishArabicRules.fixedPhrase(toks, c, lang)) {
                        negated = true;
                    }
                }
                case DENY -> {
                    if (c.to() <= s) return "denied";
                }
                case CLAIM -> {
                    if (c.to() <= s) return "claimed"; // "alleged that ... and that the military carried out killings"
                }
                case MODAL -> {
                    // "potential explosive devices were intercepted": an adjective of doubt qualifies its noun only
                    if (lang.equals("en") && c.to() != s && c.to() - c.from() == 1 && toks.get(c.from()).is("potential", "possible")) continue;
                    if (c.to() <= s && c.to() >= s - 4 && !punctBetween(toks, c.to(), s)
                            && !(lang.equals("ar") && SpanishArabicRules.qadBeforePast(toks, c))) return "modal";
                }
                case INTENT -> {
                    if (c.to() <= s && c.to() >= s - 4 && !punctBetween(toks, c.to(), s)
                            && !SpanishArabicRules.spanishPreterite(toks.get(s), lang)) intent = true;
                }
                case FOUND -> {
                    if (t.weak()) return "found";
                }
                case COND -> {
                    if (c.to() <= s && !(lang.equals("es") && SpanishArabicRules.reflexiveSi(toks, c))) return "conditional";
                }
                case GENERIC -> {
                    if (c.to() == s) return "generic";
                }
                case BACKGROUND -> {
                    if (c.to() <= s && s - c.to() <= 8 && !(lang.equals("ar") && Punctuation.clauseBetween(toks, c.to(), s))) {
                        return "background";
                    }
                }
                case FUTURE -> {
                    // "next week" makes the nearby act future, not everything else the sentence reports
                    int from = Math.min(c.to(), trig.to()), to = Math.max(c.from(), s);
                    if (to - from <= 4 && !punctBetween(toks, from, to)
                            && !(lang.equals("es") && SpanishArabicRules.morning(toks, c))) return "future";
                }
                case ANALYSIS -> {
                    return "analysis";
                }
                case DISASTER -> {
                    if (t.weak() && !armed) return "disaster";
                }
                default -> { }
            }
        }
        if (!lang.equals("ar") && quoted(toks, s)) return "quoted"; // Arabic papers put «» around names and terms too
        if (negated) return intent ? REFUSAL : "negated";
        if (intent) return INTENT;
        // "militants backed by Ankara", "a force led by X": a participle describing someone, not an act
        if (!t.noun() && VERBAL.contains(t.plover()) && trig.to() < toks.size() && toks.get(trig.to()).is("by", "por")
                && !(s > 0 && isAux(toks.get(s - 1), cues, s - 1))) return "modifier";
        if (!t.noun() && lang.equals("en") && s > 0 && toks.get(s - 1).is("to")) {
            boolean still = false;
            for (PhraseIndex.Hit<Cue> c : cues) {
                if (c.value() == Cue.STILL && c.to() >= s - 2 && c.to() <= s - 1) still = true;
            }
            if (!still) return "infinitive";
        }
        // the month, not a march: "in March", "March 2009", "5 March"
        if ((first.text().equals("March") || first.text().equals("May"))
                && (s > 0 || s + 1 < toks.size() && References.number(toks.get(s + 1)))) return "month";
        // "Asia-Pacific Economic Cooperation", "Human Rights Watch": a word inside a name, not a report
        if (lang.equals("en") && first.capitalized() && s > 1 && toks.get(s - 1).capitalized() && toks.get(s - 1).isWord()
                && !titleCase(toks)) return "name";
        // "an advanced economy", "a shelled-out sum": a participle after "a"/"an" describes, it does not report
        if (!t.noun() && lang.equals("en") && s > 0 && toks.get(s - 1).is("a", "an") && first.folded().endsWith("ed")) {
            return "adjective";
        }
        if (lang.equals("es") && !t.noun() && spanishFutureOrConditional(first.text())) return INTENT;
        if (lang.equals("ar") && arabicFuture(first, t.phrase())) return INTENT;
        return null;
    }

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("with", "from", "into", "over", "after", "amid",
            "than", "that", "this", "upon", "onto", "near", "during");

    /** Headlines in Title Case capitalise every longer word, so capitals say nothing about names there. */
    static boolean titleCase(List<Token> toks) {
        int lower = 0, caps = 0;
        for (Token t : toks) {
            if (!t.isWord() || !Character.isLetter(t.text().charAt(0)) || t.text().length() < 4) continue;
            if (t.capitalized()) caps++;
            else if (!TITLE_SMALL_WORDS.contains(t.folded())) lower++;
        }
        return caps >= 3 && lower <= 1;
    }

    /** Words that may follow the noun of an act ("a killing in", "a shooting on Monday", "an attack that"). */
    private static final Set<String> AFTER_ACT_NOUN = Set.of("in", "on", "at", "near", "of", "by", "that", "which",
            "was", "were", "is", "has", "had", "and", "or", "outside", "inside", "during", "after", "before", "last",
            "this", "yesterday", "today", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "against", "targeting", "for", "to", "from", "earlier", "late", "early");

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "„");

    /** Inside a direct quote of four words or more: what someone said, coded (if at all) as their statement. */
    static boolean quoted(List<Token> toks, int at) {
        int open = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (!QUOTES.contains(toks.get(i).text())) continue;
            if (open < 0) {
                open = i;
            } else {
                if (at > open && at < i && i - open > 4) return true;
                open = -1;
            }
        }
        return false;
    }

    private static boolean isAux(Token t, List<PhraseIndex.Hit<Cue>> cues, int at) {
        for (PhraseIndex.Hit<Cue> c : cues) if (c.value() == Cue.PASSIVE && c.from() <= at && at < c.to()) return true;
        return false;
    }

    private static boolean punctBetween(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (PUNCT.contains(toks.get(i).text())) return true;
        return false;
    }

    /** "atacará", "atacarán", "atacaría": future and conditional endings keep their accent in Spanish. */
    static boolean spanishFutureOrConditional(String word) {
        String w = word.toLowerCase();
        if (word.length() > 4 && word.equals(word.toUpperCase())) {
            // headlines in capitals often drop accents: "PROTESTARAN"
            if (w.endsWith("aran") || w.endsWith("eran") || w.endsWith("iran") || w.endsWith("aria") || w.endsWith("arian")) return true;
        }
        return w.endsWith("ará") || w.endsWith("erá") || w.endsWith("irá") || w.endsWith("arán") || w.endsWith("erán")
                || w.endsWith("irán") || w.endsWith("aría") || w.endsWith("ería") || w.endsWith("iría")
                || w.endsWith("arían") || w.endsWith("erían") || w.endsWith("irían");
    }

    /** "سيهاجم", "ستقصف": the prefix سـ on an imperfect verb marks the future. */
    static boolean arabicFuture(Token t, Phrase p) {
        String f = t.folded();
        if (f.startsWith("و") || f.startsWith("ف")) f = f.substring(1);
        if (p.first().startsWith("س") || f.length() < 3 || f.charAt(0) != 'س') return false;
        char c = f.charAt(1);
        return c == 'ي' || c == 'ت' || c == 'ن';
    }
}
