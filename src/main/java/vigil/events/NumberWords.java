package vigil.events;

import java.util.List;
import java.util.Map;

/**
 * Reads counts written as digits or words in English, Spanish and Arabic ("12", "1,200", "twelve", "a dozen",
 * "doce", "سبعة", "١٢"). Vague amounts ("dozens", "several") give no number: a wrong count is worse than none.
 */
final class NumberWords {
    private NumberWords() {}

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("dozen", 12),
            Map.entry("uno", 1), Map.entry("una", 1), Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4),
            Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9),
            Map.entry("diez", 10), Map.entry("once", 11), Map.entry("doce", 12), Map.entry("trece", 13),
            Map.entry("catorce", 14), Map.entry("quince", 15), Map.entry("dieciseis", 16), Map.entry("diecisiete", 17),
            Map.entry("dieciocho", 18), Map.entry("diecinueve", 19), Map.entry("veinte", 20), Map.entry("treinta", 30),
            Map.entry("cuarenta", 40), Map.entry("cincuenta", 50), Map.entry("cien", 100), Map.entry("ciento", 100),
            Map.entry("docena", 12),
            Map.entry("واحد", 1), Map.entry("واحده", 1), Map.entry("اثنان", 2), Map.entry("اثنين", 2),
            Map.entry("اثنتين", 2), Map.entry("ثلاثه", 3), Map.entry("ثلاث", 3), Map.entry("اربعه", 4), Map.entry("اربع", 4),
            Map.entry("خمسه", 5), Map.entry("خمس", 5), Map.entry("سته", 6), Map.entry("ست", 6), Map.entry("سبعه", 7),
            Map.entry("سبع", 7), Map.entry("ثمانيه", 8), Map.entry("ثماني", 8), Map.entry("تسعه", 9), Map.entry("تسع", 9),
            Map.entry("عشره", 10), Map.entry("عشر", 10), Map.entry("عشرين", 20), Map.entry("عشرون", 20),
            Map.entry("ثلاثين", 30), Map.entry("اربعين", 40), Map.entry("خمسين", 50), Map.entry("مئه", 100),
            Map.entry("مائه", 100));

    /** Words that make a following noun count as one ("a civilian", "un soldado"). */
    private static final List<String> ONE = List.of("a", "an", "one", "un", "una", "uno");

    /** Value of one token, or -1. */
    static long value(Token t) {
        String f = t.folded();
        if (!f.isEmpty() && (Character.isDigit(f.charAt(0)))) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (Character.isDigit(c)) b.append(Character.getNumericValue(c));
                else if (c == '.' || c == ',') continue;
                else return -1;
            }
            if (b.isEmpty() || b.length() > 7) return -1;
            long v = Long.parseLong(b.toString());
            return b.length() == 4 && v >= 1900 && v <= 2100 ? -1 : v; // a year, not a count
        }
        for (String v : t.variants()) {
            Integer n = WORDS.get(v);
            if (n != null) return n;
        }
        return -1;
    }

    static boolean isOne(Token t) {
        return ONE.contains(t.folded());
    }
}
