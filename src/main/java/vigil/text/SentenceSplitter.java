package vigil.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vigil.model.Sentence;
import vigil.model.Span;

/**
 * Splits text into sentences on . ! ? … and the Arabic question mark ؟, followed by a capital letter, a digit,
 * an opening quote, ¿ ¡, a non-Latin script or the end; and always at a blank line (paragraphs). Abbreviations
 * ("Gen.", "Mr.", "U.S.") and decimals never end a sentence by themselves because {@link Tokenizer} keeps their
 * dots inside the token; a dotted acronym does end one when the next word is a typical sentence opener
 * ("... sanctions on the U.S. The ministry"). Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private static final Set<String> TERMINALS = Set.of(".", "!", "?", "…", "؟", "。");
    private static final Set<String> CLOSERS = Set.of("\"", "'", "”", "’", "»", ")", "]", "›");
    private static final Set<String> OPENERS_AFTER_ACRONYM = Set.of("The", "He", "She", "It", "They", "We", "But",
            "In", "On", "At", "A", "An", "This", "That", "There", "His", "Her", "Their", "El", "La", "Los", "Las");

    private SentenceSplitter() {}

    public static List<Sentence> split(String text) {
        return split(text, Tokenizer.tokenize(text));
    }

    /** Sentences of {@code text}, given its tokens (so that callers tokenize once). */
    public static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int end = i;
            boolean boundary = false;
            if (TERMINALS.contains(t.text())) {
                // closing marks glued to the stop belong to this sentence; a spaced quote opens the next one
                while (end + 1 < tokens.size() && tokens.get(end + 1).start() == tokens.get(end).end()
                        && (TERMINALS.contains(tokens.get(end + 1).text()) || CLOSERS.contains(tokens.get(end + 1).text()))) {
                    end++;
                }
                boundary = end + 1 >= tokens.size() || startsSentence(tokens.get(end + 1));
            } else if (t.isWord() && t.text().length() > 2 && t.text().endsWith(".") && t.text().indexOf('.') < t.text().length() - 1
                    && i + 1 < tokens.size() && OPENERS_AFTER_ACRONYM.contains(tokens.get(i + 1).text())) {
                boundary = true; // "U.S. The"
            }
            if (!boundary && end + 1 < tokens.size() && blankLineBetween(text, tokens.get(end).end(), tokens.get(end + 1).start())) {
                boundary = true;
            }
            if (boundary) {
                add(text, tokens, first, end, out);
                first = end + 1;
                i = end;
            }
        }
        if (first < tokens.size()) add(text, tokens, first, tokens.size() - 1, out);
        return out;
    }

    private static void add(String text, List<Token> tokens, int from, int to, List<Sentence> out) {
        out.add(new Sentence(out.size(), Span.of(text, tokens.get(from).start(), tokens.get(to).end())));
    }

    private static boolean startsSentence(Token next) {
        String s = next.text();
        int cp = s.codePointAt(0);
        if (Character.isUpperCase(cp) || Character.isDigit(cp)) return true;
        if ("\"“«‘'¿¡([—-".indexOf(cp) >= 0) return true;
        // scripts without case (Arabic, CJK, ...) have no capital to look for
        return Character.isLetter(cp) && !Character.isLowerCase(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN;
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n' && ++newlines >= 2) return true;
        return false;
    }
}
