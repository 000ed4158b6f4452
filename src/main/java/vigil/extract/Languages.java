package vigil.extract;

import java.util.Locale;

/** Normalises declared language tags ("en-US", "de_DE", "English") to ISO 639-1 codes. */
final class Languages {
    private Languages() {}

    static String normalise(String tag) {
        if (tag == null) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return null;
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) cut++;
        String head = t.substring(0, cut);
        if (head.length() == 2) return head;
        if (head.length() == 3) {
            for (String iso : Locale.getISOLanguages()) {
                try {
                    if (new Locale(iso).getISO3Language().equals(head)) return iso;
                } catch (RuntimeException e) {
                    // no ISO 639-2 code for this language
                }
            }
            return null;
        }
        for (String iso : Locale.getISOLanguages()) {
            if (new Locale(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(head)) return iso;
        }
        return null;
    }
}
