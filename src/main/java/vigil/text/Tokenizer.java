package vigil.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words, numbers and punctuation marks, for English, Spanish, Arabic and other alphabetic
 * scripts. Hyphens and apostrophes between letters are separate tokens ("al-Shabaab" = al, -, Shabaab) so that
 * dictionaries written with or without them match the same way; dotted abbreviations ("U.S.", "Gen.", "Mr.")
 * keep their dots; numbers keep thousands separators and decimals ("1,200", "3.5", "١٢").
 * Stateless and thread-safe.
 */
public final class Tokenizer {
    /** Abbreviations that keep their final dot; a sentence does not end after them. Lower case, without dot. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
            "cmdr", "gov", "sen", "rep", "rev", "st", "sr", "jr", "pres", "amb", "brig", "lieut", "insp", "supt",
            "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol", "ft", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "sra", "srta", "dra", "gral", "cnel", "tte", "sgto", "ud", "uds", "av", "avda", "núm", "pág", "aprox");

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200f' || c == '\u200e' || c == '\u0640') {
                i++;
            } else if (Character.isDigit(c)) {
                i = number(text, i, out);
            } else if (Character.isLetter(c)) {
                i = word(text, i, out);
            } else {
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                out.add(new Token(i, i + len, text.substring(i, i + len), Token.Kind.PUNCT));
                i += len;
            }
        }
        return out;
    }

    private static int number(String s, int start, List<Token> out) {
        int i = start;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.' || c == '٫' || c == '٬') && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        // "3rd", "5th", "12km" stay one token with their letters only for ordinals
        int j = i;
        while (j < n && Character.isLetter(s.charAt(j))) j++;
        if (j > i) {
            String suffix = s.substring(i, j).toLowerCase(Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) i = j;
        }
        out.add(new Token(start, i, s.substring(start, i), Token.Kind.NUMBER));
        return i;
    }

    private static int word(String s, int start, List<Token> out) {
        int i = start;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                i++;
            } else {
                break;
            }
        }
        // dotted acronyms: U.S., U.N., e.g.
        if (i - start == 1 && i < n && s.charAt(i) == '.') {
            int j = i;
            while (j + 1 < n && s.charAt(j) == '.' && Character.isLetter(s.charAt(j + 1))
                    && (j + 2 >= n || s.charAt(j + 2) == '.')) {
                j += 2;
            }
            if (j > i) {
                if (j < n && s.charAt(j) == '.') j++;
                out.add(new Token(start, j, s.substring(start, j), Token.Kind.WORD));
                return j;
            }
        }
        String w = s.substring(start, i);
        if (i < n && s.charAt(i) == '.' && (ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
                || (w.length() == 1 && Character.isUpperCase(w.charAt(0))))) {
            i++; // "Gen.", "Mr.", initials "J."
        }
        out.add(new Token(start, i, s.substring(start, i), Token.Kind.WORD));
        return i;
    }
}
