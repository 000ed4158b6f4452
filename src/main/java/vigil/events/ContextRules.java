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

    private static final Set<String> PUNCT = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "—", "–");

    /** Null when the trigger stands, else the reason it does not. */
    static String reject(List<Token> toks, PhraseIndex.Hit<TriggerDef> trig, List<PhraseIndex.Hit<Cue>> cues, String lang) {
        TriggerDef t = trig.value();
        int s = trig.from();
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.from() < trig.to() && trig.from() < c.to()) continue; // part of the trigger itself
            switch (c.value()) {
                case NEG -> {
                    int window = lang.equals("ar") ? 2 : 3;
                    if (c.to() <= s && c.to() >= s - window && !punctBetween(toks, c.to(), s)) return "negated";
                }
                case DENY -> {
                    if (c.to() <= s) return "denied";
                }
                case MODAL -> {
                    if (c.to() <= s && c.to() >= s - 4 && !punctBetween(toks, c.to(), s)) return "modal";
                }
                case COND -> {
                    if (c.to() <= s) return "conditional";
                }
                case FUTURE -> {
                    return "future";
                }
                case ANALYSIS -> {
                    return "analysis";
                }
                case DISASTER -> {
                    if (t.weak()) return "disaster";
                }
                default -> { }
            }
        }
        if (!t.noun() && lang.equals("en") && s > 0 && toks.get(s - 1).is("to")) {
            boolean still = false;
            for (PhraseIndex.Hit<Cue> c : cues) {
                if (c.value() == Cue.STILL && c.to() >= s - 2 && c.to() <= s - 1) still = true;
            }
            if (!still) return "infinitive";
        }
        Token first = toks.get(s);
        if (lang.equals("es") && !t.noun() && spanishFutureOrConditional(first.text())) return "future";
        if (lang.equals("ar") && arabicFuture(first, t.phrase())) return "future";
        return null;
    }

    private static boolean punctBetween(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (PUNCT.contains(toks.get(i).text())) return true;
        return false;
    }

    /** "atacará", "atacarán", "atacaría": future and conditional endings keep their accent in Spanish. */
    static boolean spanishFutureOrConditional(String word) {
        String w = word.toLowerCase();
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
