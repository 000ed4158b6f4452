package vigil.geo;

import java.text.Normalizer;

/**
 * The lookup key of a place name: lower case, accents and Arabic diacritics removed, Arabic letter variants
 * folded, hyphens and apostrophes as in "Deir ez-Zor" / "Côte d'Ivoire" ignored. Periods are kept, so
 * "U.S." and "US" stay distinct keys (both are listed as names where they mean something).
 */
final class Names {
    private Names() {}

    static String key(CharSequence name) {
        String s = name.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) { ascii = false; break; }
        }
        if (!ascii) s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') continue;
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u02bf' || c == '\u02be') continue;
            if (space) { b.append(' '); space = false; }
            b.append(fold(c));
        }
        return b.toString();
    }

    private static char fold(char c) {
        switch (c) {
            case '\u0629': return '\u0647'; // teh marbuta -> heh
            case '\u0649': return '\u064a'; // alef maksura -> yeh
            case '\u0671': return '\u0627';
            case '\u0131': return 'i';      // dotless i
            case '\u00df': return 's';
            case '\u00f8': case '\u00d8': return 'o';
            case '\u0142': case '\u0141': return 'l';
            case '\u0111': case '\u0110': return 'd';
            default: return Character.toLowerCase(c);
        }
    }

    /** True when the name is written in Latin or Arabic script only (other scripts are not indexed). */
    static boolean latinOrArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.ARABIC) return false;
        }
        return true;
    }

    static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06ff';
    }
}
