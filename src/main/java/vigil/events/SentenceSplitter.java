package vigil.events;

import java.util.ArrayList;
import java.util.List;
import vigil.model.Sentence;
import vigil.model.Span;

/**
 * Fallback sentence splitter used when the article comes without sentences (plain text given to
 * {@code vigil code}): splits at . ! ? ؟ and line breaks followed by white space, but not after common
 * abbreviations or single capitals ("U.S.", "Gen.").
 */
final class SentenceSplitter {
    private SentenceSplitter() {}

    private static final List<String> ABBREV = List.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt",
            "maj", "sen", "rep", "gov", "st", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs",
            "sr", "sra", "art", "inc", "corp", "co", "jr", "prof");

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0, n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                end = true;
            } else if ((c == '.' || c == '!' || c == '?' || c == '؟') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
                end = c != '.' || !abbreviation(text, i);
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        String w = text.substring(s, dot).toLowerCase();
        if (w.length() == 1 && Character.isUpperCase(text.charAt(s))) return true;
        return ABBREV.contains(w);
    }

    private static void add(List<Sentence> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Sentence(out.size(), Span.of(text, s, e)));
    }
}
