package vigil.extract;

import java.util.Locale;

/** Language tags ("en-US", "pt_BR", "ENG") to ISO 639-1 codes. */
final class Languages {
    private Languages() {}

    /** Two lower-case letters, or null when the tag is not a usable language tag. */
    static String normalize(String tag) {
        if (tag == null) return null;
        String t = tag.trim().toLowerCase(Locale.ROOT);
        int cut = indexOfAny(t, "-_ ,;");
        if (cut >= 0) t = t.substring(0, cut);
        if (t.length() == 3) {
            t = switch (t) {
                case "eng" -> "en"; case "fra", "fre" -> "fr"; case "deu", "ger" -> "de"; case "spa" -> "es";
                case "ara" -> "ar"; case "rus" -> "ru"; case "zho", "chi" -> "zh"; case "jpn" -> "ja";
                case "por" -> "pt"; case "ita" -> "it"; case "ukr" -> "uk"; case "tur" -> "tr"; case "fas", "per" -> "fa";
                default -> t;
            };
        }
        return t.length() == 2 && Character.isLetter(t.charAt(0)) && Character.isLetter(t.charAt(1)) ? t : null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
