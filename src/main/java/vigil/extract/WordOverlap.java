package vigil.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bag-of-words precision, recall and F1 of an extracted text against a gold text, as the shared extraction
 * scorer computes them: NFKC, case folded, tokens are runs of letters and digits, each CJK ideograph or
 * kana a token of its own.
 */
public final class WordOverlap {
    private WordOverlap() {}

    /** Precision, recall and F1 of one page. */
    public record Score(double precision, double recall, double f1) {}

    public static Score score(String gold, String predicted) {
        Map<String, Integer> t = counts(tokens(gold)), p = counts(tokens(predicted));
        int nt = sum(t), np = sum(p);
        if (nt == 0 && np == 0) return new Score(1, 1, 1);
        if (np == 0) return new Score(0, 0, 0);
        if (nt == 0) return new Score(0, 1, 0);
        int overlap = 0;
        for (var e : t.entrySet()) overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        double prec = (double) overlap / np, rec = (double) overlap / nt;
        return new Score(prec, rec, overlap == 0 ? 0 : 2 * prec * rec / (prec + rec));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                cur.appendCodePoint(cp);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
                || (c >= 0xf900 && c <= 0xfaff);
    }

    private static Map<String, Integer> counts(List<String> toks) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : toks) m.merge(t, 1, Integer::sum);
        return m;
    }

    private static int sum(Map<String, Integer> m) {
        int n = 0;
        for (int v : m.values()) n += v;
        return n;
    }
}
