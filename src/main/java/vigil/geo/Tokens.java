package vigil.geo;

/**
 * Word tokens of a text as parallel offset arrays (no objects per token: this runs on every article).
 * A token is a run of letters, digits and marks, with inner periods, apostrophes, hyphens and ampersands
 * ("U.S", "ez-Zor", "d'Ivoire"); a trailing period is left out and tried separately by the recogniser.
 */
final class Tokens {
    final String text;
    int[] start = new int[256];
    int[] end = new int[256];
    int size;

    Tokens(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!wordChar(c)) { i++; continue; }
            int s = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (wordChar(d)) { i++; continue; }
                if ((d == '\'' || d == '\u2019') && clitic(text, i + 1)) break; // "Syria's", "We're"
                // "Syrian-Iraqi", "Guinea-Bissau", "Al-Hasakah": split before a capital; names rejoin over "-"
                if (d == '-') break;
                if ((d == '.' || d == '\'' || d == '\u2019' || d == '&') && i + 1 < n && wordChar(text.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                break;
            }
            add(s, i);
        }
    }

    private void add(int s, int e) {
        if (size == start.length) {
            start = java.util.Arrays.copyOf(start, size * 2);
            end = java.util.Arrays.copyOf(end, size * 2);
        }
        start[size] = s;
        end[size] = e;
        size++;
    }

    /** English clitics after an apostrophe: s, t, d, m, ve, re, ll. */
    private static boolean clitic(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 3 && Character.isLetter(text.charAt(j))) j++;
        if (j < text.length() && Character.isLetter(text.charAt(j))) return false;
        String c = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
        return c.equals("s") || c.equals("t") || c.equals("d") || c.equals("m") || c.equals("ve") || c.equals("re")
                || c.equals("ll");
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    char first(int t) {
        return text.charAt(start[t]);
    }

    boolean capitalised(int t) {
        return Character.isUpperCase(first(t));
    }

    boolean arabic(int t) {
        return Names.isArabic(first(t));
    }

    boolean hasUpper(int t) {
        for (int i = start[t]; i < end[t]; i++) if (Character.isUpperCase(text.charAt(i))) return true;
        return false;
    }

    boolean allUpper(int t) {
        boolean letters = false;
        for (int i = start[t]; i < end[t]; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters = true;
        }
        return letters;
    }

    String lower(int t) {
        return text.substring(start[t], end[t]).toLowerCase(java.util.Locale.ROOT);
    }

    /** The characters between token t and t+1. */
    String gap(int t) {
        return text.substring(end[t], start[t + 1]);
    }

    /** True when token t starts a sentence, a heading or a quotation. */
    boolean sentenceStart(int t) {
        int i = start[t] - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201c' && c != '\u2018' && c != '\'' && c != '(') {
                return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2014' || c == '-';
            }
            i--;
        }
        return true;
    }
}
