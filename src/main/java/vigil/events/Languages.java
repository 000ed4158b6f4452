package vigil.events;

import java.util.Set;

/** The article's language when the text layer gave one, else a cheap guess among en, es and ar. */
final class Languages {
    private Languages() {}

    private static final Set<String> ES = Set.of("el", "la", "los", "las", "de", "del", "que", "en", "por", "con",
            "y", "se", "una", "para", "fue", "fueron", "al");
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "in", "was", "were", "by", "with", "for",
            "on", "a", "is", "are", "has", "have", "said");

    static String guess(String declared, String text) {
        if (declared != null && Dictionaries.LANGUAGES.contains(declared)) return declared;
        int ar = 0, letters = 0;
        for (int i = 0; i < text.length() && i < 2000; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) ar++;
            }
        }
        if (letters > 0 && ar * 2 > letters) return "ar";
        int es = 0, en = 0;
        for (String w : text.substring(0, Math.min(text.length(), 3000)).toLowerCase().split("[^\\p{L}]+")) {
            if (ES.contains(w)) es++;
            if (EN.contains(w)) en++;
        }
        return es > en ? "es" : "en";
    }
}
