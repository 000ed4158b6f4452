package vigil.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A death toll stated as a running total: "raising the toll to 17", "the death toll rose to 17", "bringing the
 * number of dead to 17". A total is the fatality figure of the event it updates, so it wins over a partial count
 * in the same sentence ("five of the wounded died ..., raising the toll to 17" is 17 dead, not 5).
 */
final class Tolls {
    private Tolls() {}

    /** Words between "toll" and its number. */
    private static final Set<String> BETWEEN = Set.of("to", "has", "had", "have", "now", "rose", "risen", "climbed",
            "reached", "stands", "stood", "at", "of", "least", "was", "is", "increased", "jumped", "soared", "mounted",
            "more", "than", "nearly", "almost", "some", "about", "around", "over", "grew", "hit", "stand", "rise",
            "climb", "the", "official", "latest", "total");
    private static final Set<String> DEAD = Set.of("dead", "killed", "deaths", "fatalities", "victims", "people",
            "those");

    /** The total, or null when the sentence states none. */
    static Counts.Count find(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            int after = -1;
            if (t.is("toll", "tolls")) {
                after = i + 1;
            } else if (t.is("number") && i + 2 < toks.size() && toks.get(i + 1).is("of")) {
                // "the number of dead", "the number of people killed"
                int k = i + 2;
                if (k < toks.size() && toks.get(k).is("the")) k++;
                if (k < toks.size() && DEAD.contains(toks.get(k).folded())) {
                    after = k + 1;
                    if (after < toks.size() && toks.get(after).is("killed", "dead")) after++;
                }
            }
            if (after < 0) continue;
            for (int j = after, skipped = 0; j < toks.size() && skipped <= 5; j++, skipped++) {
                long v = NumberWords.value(toks.get(j));
                if (v > 0 && v < 100000) return new Counts.Count((int) v, j, j + 1);
                if (!BETWEEN.contains(toks.get(j).folded())) break;
            }
        }
        return null;
    }

    private static final Pattern AFTERMATH = Pattern.compile(
            "\\b(of|among) (the|those) (wounded|injured|hurt)\\b.{0,40}\\b(died|succumbed|passed away)\\b"
                    + "|\\b(wounded|injured) (later |subsequently )?(died|succumbed)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "five of the wounded died", "an injured man later died": deaths among people already hurt. */
    static boolean aftermath(String sentence) {
        return AFTERMATH.matcher(sentence).find();
    }
}
