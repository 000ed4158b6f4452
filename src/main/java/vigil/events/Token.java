package vigil.events;

import java.util.List;

/**
 * One word of a sentence.
 *
 * @param start    offset of the word in the article text
 * @param end      end offset (exclusive)
 * @param text     the word as written
 * @param folded   the word {@link Fold folded}
 * @param variants folded forms to match against: the word itself, then Arabic forms with clitics
 *                 (و ف ب ل ك ال) removed
 */
record Token(int start, int end, String text, String folded, List<String> variants) {
    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    boolean is(String... forms) {
        for (String f : forms) if (folded.equals(f)) return true;
        return false;
    }
}
