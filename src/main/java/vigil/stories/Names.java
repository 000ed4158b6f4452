package vigil.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Capitalised word runs as a stand-in for named entities when an article has no annotations
 * ("Lindsay Lohan", "Betty Ford Center"). A lone capitalised word at a sentence start is skipped, since it is
 * usually just the first word.
 */
final class Names {
    private Names() {}

    static List<String> find(String text) {
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
                boolean cap = Character.isUpperCase(w.charAt(0)) && !Words.STOP.contains(Words.lower(w));
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

    private static boolean isInnerMark(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    private static void flush(List<String> run, boolean atSentenceStart, List<String> out) {
        if (run.isEmpty()) return;
        if (!(atSentenceStart && run.size() == 1)) out.add(String.join(" ", run));
        run.clear();
    }
}
