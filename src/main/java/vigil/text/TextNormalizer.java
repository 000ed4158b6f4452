package vigil.text;

import java.util.Locale;

/**
 * Folds a word to the key dictionaries are looked up with: lower case, Arabic letter variants unified
 * (أ إ آ ٱ → ا, ى → ي, ة → ه), Arabic diacritics and tatweel dropped, curly apostrophes made straight.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    public static String key(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char r = fold(c);
            if (r != c && b == null) {
                b = new StringBuilder(word.length());
                b.append(word, 0, i);
            }
            if (b != null && r != 0) b.append(r);
        }
        String s = b == null ? word : b.toString();
        return s.toLowerCase(Locale.ROOT);
    }

    private static char fold(char c) {
        if (c < 0x600) return c == '\u2019' || c == '\u2018' ? '\'' : c;
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ـ':
                return 0;
            default:
                if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') return 0; // harakat
                return c;
        }
    }

    /** True when the word is written in Arabic script. */
    public static boolean isArabic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }
}
