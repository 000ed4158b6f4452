package vigil.text;

/**
 * One token of a text: a word, a number or a punctuation mark, with its character range {@code [start, end)}.
 *
 * @param start first character
 * @param end   one past the last character
 * @param text  the characters it covers
 * @param kind  what it is
 */
public record Token(int start, int end, String text, Kind kind) {
    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** True when the first character is an upper-case letter (always false for scripts without case, like Arabic). */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True for words of at least two letters written all in capitals ("US", "ISIS"); false for caseless scripts. */
    public boolean isAllCaps() {
        if (text.length() < 2) return false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper = true;
        }
        return upper;
    }
}
