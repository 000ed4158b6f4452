package vigil.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The extraction benchmark's metric, as {@code shared/bench/extraction/score.py} computes it: NFKC, case-folded
 * tokens (runs of letters and digits; each CJK ideograph or kana alone), bag-of-words precision, recall and F1 per
 * page, averaged over pages; "acc" is the share of pages with F1 >= 0.9.
 */
final class ExtractionScore {
    private ExtractionScore() {}

    record Result(int docs, double f1, double precision, double recall, double acc) {}

    /** Per-page F1 rows are returned through {@code perPage} when not null. */
    static Result score(Map<String, String> gold, Map<String, String> predicted, Map<String, Double> perPage) {
        double f = 0, p = 0, r = 0, acc = 0;
        for (var e : gold.entrySet()) {
            double[] prf = prf(e.getValue(), predicted.getOrDefault(e.getKey(), ""));
            p += prf[0];
            r += prf[1];
            f += prf[2];
            if (prf[2] >= 0.9) acc++;
            if (perPage != null) perPage.put(e.getKey(), prf[2]);
        }
        int n = Math.max(1, gold.size());
        return new Result(gold.size(), f / n, p / n, r / n, acc / n);
    }

    static double[] prf(String truth, String pred) {
        Map<String, Integer> t = bag(tokens(truth)), q = bag(tokens(pred));
        int nt = t.values().stream().mapToInt(Integer::intValue).sum(), np = q.values().stream().mapToInt(Integer::intValue).sum();
        if (nt == 0 && np == 0) return new double[] {1, 1, 1};
        if (np == 0) return new double[] {0, 0, 0};
        if (nt == 0) return new double[] {0, 1, 0};
        int overlap = 0;
        for (var e : t.entrySet()) overlap += Math.min(e.getValue(), q.getOrDefault(e.getKey(), 0));
        double prec = (double) overlap / np, rec = (double) overlap / nt;
        return new double[] {prec, rec, overlap == 0 ? 0 : 2 * prec * rec / (prec + rec)};
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("ß", "ss").replace('ς', 'σ');
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cjk(cp)) {
                if (start >= 0) out.add(s.substring(start, i));
                start = -1;
                out.add(s.substring(i, next));
            } else if (word(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) out.add(s.substring(start));
        return out;
    }

    private static boolean word(int cp) {
        if (Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean cjk(int cp) {
        return cp >= 0x3040 && cp <= 0x30ff || cp >= 0x3400 && cp <= 0x4dbf || cp >= 0x4e00 && cp <= 0x9fff
                || cp >= 0xf900 && cp <= 0xfaff;
    }

    private static Map<String, Integer> bag(List<String> tokens) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : tokens) m.merge(t, 1, Integer::sum);
        return m;
    }
}
