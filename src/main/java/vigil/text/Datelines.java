package vigil.text;

import java.util.Locale;
import vigil.model.Span;

/**
 * The dateline of a wire report: "IDLIB, Syria, March 11 (LPA) —", "BEIRUT (Reuters) -", "Baghdad -". It says
 * where and when the report was filed, not where or when the event happened, so every stage asks here before it
 * takes a place or a date from the opening of a sentence.
 */
public final class Datelines {
    private Datelines() {}

    /** How far after the sentence start a dateline's dash may come. */
    private static final int REACH = 60;

    /**
     * Where the dateline opening this sentence ends (just after its dash or colon), or the sentence start when it
     * opens with none. A dateline opens with a word in capitals ("IDLIB, Syria, March 11 (LPA) —"), or with a
     * capitalised name followed at once by a dash, an agency in brackets or a colon ("Kabul (AP) -", "Gaza:").
     */
    public static int end(String text, Span sentence) {
        int from = sentence.start(), limit = Math.min(sentence.end(), from + REACH);
        int firstEnd = from;
        while (firstEnd < limit && Character.isLetter(text.charAt(firstEnd))) firstEnd++;
        String first = text.substring(from, firstEnd);
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0))) return from;
        if (first.equals(first.toUpperCase(Locale.ROOT))) {
            // "NEW YORK (Reuters) —", "IDLIB, Syria, March 11 (LPA) —"; not "US forces killed ... - officials"
            int n = firstEnd;
            while (n < limit && text.charAt(n) == ' ') n++;
            boolean opensDateline = n < limit && (",(:".indexOf(text.charAt(n)) >= 0 || dash(text.charAt(n))
                    || Character.isUpperCase(text.charAt(n)) && n + 1 < limit && Character.isUpperCase(text.charAt(n + 1)));
            if (!opensDateline) return from;
            for (int i = from + 1; i < limit; i++) {
                char c = text.charAt(i);
                if ((dash(c) && text.charAt(i - 1) == ' ') || c == ':') return i + 1;
            }
            return from;
        }
        // "Kabul (AP) -", "Gaza City - ", "Gaza:" - a capitalised name, then the dash straight away
        int i = firstEnd;
        while (i < limit) {
            int w = i;
            while (w < limit && (text.charAt(w) == ' ' || text.charAt(w) == ',')) w++;
            if (w < limit && Character.isUpperCase(text.charAt(w)) && w > i) {
                i = w;
                while (i < limit && Character.isLetter(text.charAt(i))) i++;
                continue;
            }
            i = w;
            break;
        }
        if (i < limit && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            if (close < 0 || close >= limit) return from;
            i = close + 1;
            while (i < limit && text.charAt(i) == ' ') i++;
            return i < limit && (dash(text.charAt(i)) || text.charAt(i) == ':') ? i + 1 : i;
        }
        return i < limit && (dash(text.charAt(i)) || text.charAt(i) == ':') ? i + 1 : from;
    }

    /** Whether a place (or any span) lies in the dateline that opens its sentence. */
    public static boolean inDateline(String text, Span span, Span sentence) {
        return span.start() >= sentence.start() && span.end() < end(text, sentence);
    }

    private static boolean dash(char c) {
        return c == '—' || c == '–' || c == '-';
    }
}
