package vigil.events;

import java.util.regex.Pattern;
import vigil.model.Span;

/**
 * Reference-list lines ("^ Grant, David (March 2009). "Southland places". Retrieved 14 January 2011."): the
 * bibliography under an encyclopaedia page or an explainer. Their words ("March", "Grant", "assault on local
 * government") name works, not events. Looks at the whole line, since a reference holds several sentences.
 */
final class References {
    private References() {}

    private static final Pattern CITATION = Pattern.compile(
            "^\\s*[\\^↑]|\\bISBN\\b|\\bISSN\\b|\\bdoi:|\\bRetrieved (\\d|on\\b|from\\b)|\\bArchived from the original\\b");

    static boolean isCitation(String text, Span sentence) {
        int from = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        if (sentence.start() == 0) from = 0;
        int to = text.indexOf('\n', sentence.end());
        if (to < 0) to = text.length();
        if (to - from > 2000) return false; // a paragraph, not a reference line
        return CITATION.matcher(text.substring(from, to)).find();
    }

    static boolean number(Token t) {
        return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
    }
}
