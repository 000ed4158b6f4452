package vigil.events;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds words to the form dictionaries are written in: lower case, no accents, Arabic letters unified
 * (alef forms, alef maqsura, ta marbuta, no diacritics or tatweel), so "Estado Islámico" and "estado islamico"
 * or "الإسلامية" and "الاسلاميه" meet.
 */
public final class Fold {
    private Fold() {}

    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK) continue;
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ـ' -> { }                       // tatweel
                case '’', '‘' -> b.append('\'');
                default -> b.append(c);
            }
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('ı', 'i');
    }

    static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.ARABIC) return true;
        }
        return false;
    }
}
