package vigil.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Capitalised word runs as a stand-in for named entities when an article has no annotations
 * ("Lindsay Lohan", "Betty Ford Center"). A lone capitalised word at a sentence start is skipped, since it is
 * usually just the first word.
 */
final class Names {
    private Names() {}

    static List<String> find(String text) {
        return find(text, lowerCaseWords(text));
    }

    /**
     * Capitalised runs of {@code text}, where words also seen in lower case in {@code lower} break a run: that
     * drops headline capitals ("Checks Into Rehab") while keeping names.
     */
    static List<String> find(String text, Set<String> lower) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        boolean runStartsSentence = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || (isInnerMark(text.charAt(j)) && j + 1 < n && Character.isLetter(text.charAt(j + 1))))) j++;
                String w = text.substring(i, j);
                String lw = Words.lower(w);
                boolean cap = Character.isUpperCase(w.charAt(0)) && !Words.STOP.contains(lw) && !lower.contains(lw);
                if (cap) {
                    if (run.isEmpty()) runStartsSentence = sentenceStart;
                    run.add(w);
                } else {
                    flush(run, runStartsSentence, out);
                }
                sentenceStart = false;
                i = j;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
                    flush(run, runStartsSentence, out);
                    sentenceStart = true;
                } else if (c == ',' || c == ';' || c == '(' || c == ')') {
                    flush(run, runStartsSentence, out);
                }
                i++;
            }
        }
        flush(run, runStartsSentence, out);
        return out;
    }

    /** Words that occur starting with a lower-case letter somewhere in the text. */
    static Set<String> lowerCaseWords(String text) {
        Set<String> out = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isLetter(text.charAt(i))) {
                int j = i;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) j++;
                if (Character.isLowerCase(text.charAt(i))) out.add(text.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isInnerMark(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    private static void flush(List<String> run, boolean atSentenceStart, List<String> out) {
        if (run.isEmpty()) return;
        if (!(atSentenceStart && run.size() == 1)) out.add(String.join(" ", run));
        run.clear();
    }
}
