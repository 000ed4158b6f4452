package vigil.events;

import java.util.List;
import java.util.Set;

/**
 * Death and injury counts next to words of dying or injury: "killing at least 12", "12 people were killed",
 * "two soldiers and a civilian were killed", "مقتل سبعة أشخاص". Returns the count and its tokens.
 */
final class Counts {
    private Counts() {}

    record Count(int value, int from, int to) {}

    private static final Set<String> FILLER_AFTER = Set.of("at", "least", "more", "than", "some", "about", "nearly",
            "almost", "over", "around", "roughly", "approximately", "rose", "to", "reached", "climbed", "stands",
            "stood", "of", "al", "menos", "por", "lo", "mas", "de", "unos", "unas", "cerca", "alrededor", "a",
            "نحو", "حوالي", "اكثر", "من", "ما", "لا", "يقل", "عن", "الى", "ارتفع", "بلغ", "yesterday", "today", "on",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ayer", "hoy", "anoche",
            "el", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "امس", "اليوم", "also",
            "tambien");
    private static final Set<String> FILLER_BEFORE = Set.of("were", "was", "had", "have", "has", "been", "are", "is",
            "reportedly", "also", "fueron", "resultaron", "han", "habian", "quedaron", "sido", "being", "later");

    static Count find(List<Token> toks, List<PhraseIndex.Hit<Cue>> cues, Cue kind) {
        if (kind == Cue.DEATH) {
            Count toll = Tolls.find(toks);
            if (toll != null) return toll;
        }
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() != kind) continue;
            Count back = backward(toks, c.from());
            if (back != null) return back;
            Count fwd = forward(toks, c.to());
            if (fwd != null) return fwd;
        }
        return null;
    }

    private static Count forward(List<Token> toks, int at) {
        int i = at, skipped = 0;
        boolean arabic = at < toks.size() && Fold.isArabic(toks.get(at).folded());
        while (i < toks.size() && skipped < 4 && NumberWords.value(toks.get(i)) < 0
                && (FILLER_AFTER.contains(toks.get(i).folded()) || arabic && skipped < 2 && toks.get(i).isWord())
                && !(toks.get(i).is("a", "an") && !(i + 1 < toks.size() && NumberWords.value(toks.get(i + 1)) >= 0))) {
            i++;
            skipped++;
        }
        if (i >= toks.size()) return null;
        long v = NumberWords.value(toks.get(i));
        // "killed a senior commander and two of his aides": one, then the counts joined to it
        boolean one = v < 0 && NumberWords.isOne(toks.get(i)) && skipped == 0 && i + 1 < toks.size() && toks.get(i + 1).isWord();
        if (one) v = 1;
        if (v >= 0) {
            int end = i + 1;
            if (end + 1 < toks.size() && toks.get(end).is("-") && NumberWords.value(toks.get(end + 1)) > 0) {
                v += NumberWords.value(toks.get(end + 1));
                end += 2;
            }
            // "two soldiers and a civilian": add counts joined by "and"
            int k = end, nouns = 0;
            while (k < toks.size() && nouns <= 4) {
                Token t = toks.get(k);
                if (t.is("and", "y", "و", ",")) {
                    if (k + 1 < toks.size()) {
                        long w = NumberWords.value(toks.get(k + 1));
                        if (w > 0 && w < 100000) { v += w; end = k + 2; k = end; nouns = 0; continue; }
                        if (NumberWords.isOne(toks.get(k + 1)) && k + 2 < toks.size() && toks.get(k + 2).isWord()) {
                            v += 1; end = k + 2; k = end; nouns = 0; continue;
                        }
                    }
                    break;
                }
                if (!t.isWord() || NumberWords.value(t) >= 0) break;
                nouns++;
                k++;
            }
            return v > 0 && v < 100000 ? new Count((int) v, i, end) : null;
        }
        return null;
    }

    /** "two soldiers and a civilian were killed": numbers before the word, summed over "and" and commas. */
    private static final Set<String> INTRANSITIVE = Set.of("dead", "died", "die", "deaths", "death", "bodies",
            "fatalities", "casualties", "injuries", "hurt", "muertos", "muertas", "muerto", "muerta", "murieron",
            "murio", "fallecidos", "fallecieron", "fallecio", "lost", "perdieron", "perdio", "heridos", "heridas", "herido", "herida", "lesionados", "قتلى",
            "قتيل", "قتيلا", "جرحى", "جريح", "مصابين", "ضحايا", "شهداء", "جثث", "مصرع");

    private static Count backward(List<Token> toks, int at) {
        int i = at - 1;
        while (i >= 0 && FILLER_BEFORE.contains(toks.get(i).folded())) i--;
        // "a bomber killed ..." is not a count of the dead: look back only across an auxiliary ("were killed"),
        // from an intransitive word ("12 dead"), or when the number is right there ("12 killed")
        boolean aux = i < at - 1;
        boolean intransitive = at < toks.size() && INTRANSITIVE.contains(toks.get(at).folded());
        boolean adjacent = i >= 0 && NumberWords.value(toks.get(i)) > 0;
        if (!aux && !intransitive && !adjacent) return null;
        int total = 0, from = -1, to = -1;
        int nounBudget = 3;
        boolean crossed = false;
        while (i >= 0) {
            Token t = toks.get(i);
            long v = NumberWords.value(t);
            boolean one = v < 0 && NumberWords.isOne(t) && to >= 0 && i + 1 < at;
            if (v > 0 && v < 100000 || one) {
                // "five of the wounded died": people already counted as injured, not a new count of the dead
                if (total == 0 && partOfInjured(toks, i + 1, at)) return null;
                total += v > 0 ? (int) v : 1;
                from = i;
                if (to < 0) to = i + 1;
                // look further back only across "and" / ","
                int j = i - 1;
                if (j >= 0 && (toks.get(j).is("and", ",", "y", "و"))) {
                    i = j - 1;
                    nounBudget = 3;
                    crossed = true;
                    continue;
                }
                break;
            }
            // "two soldiers died and four were wounded": past "and", a word of dying or injury is another count's
            if (crossed && (INTRANSITIVE.contains(t.folded()) || INJURED.contains(t.folded()) || t.is("killed", "asesinados"))) break;
            if (!t.isWord() || --nounBudget < 0) break;
            if (to < 0) to = i + 1;
            i--;
        }
        return total > 0 ? new Count(total, from, to) : null;
    }

    private static final Set<String> INJURED = Set.of("wounded", "injured", "hurt", "heridos", "herido", "lesionados",
            "جرحى", "المصابين", "مصابين");

    /** "of the wounded", "de los heridos" between a number and the word of dying. */
    private static boolean partOfInjured(List<Token> toks, int from, int to) {
        for (int k = from; k < to && k < from + 4; k++) {
            if (INJURED.contains(toks.get(k).folded()) && k > from && toks.get(from).is("of", "de", "من")) return true;
        }
        return false;
    }
}
