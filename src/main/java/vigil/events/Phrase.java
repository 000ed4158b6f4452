package vigil.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A dictionary phrase: words matched in order against folded tokens. In the data files a word ending in
 * {@code *} matches any word starting with it ("kill*" matches "killed", "killings"), and {@code ..} lets up to
 * three words of any kind sit between its neighbours ("carried out .. airstrike*").
 */
record Phrase(String source, List<String> words, List<Boolean> prefix) {
    static final String GAP = "..";

    static Phrase parse(String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String piece : text.trim().split("\\s+")) {
            if (piece.isEmpty()) continue;
            if (piece.equals(GAP)) {
                words.add(GAP);
                prefix.add(false);
                continue;
            }
            boolean star = piece.endsWith("*") && piece.length() > 1;
            String body = star ? piece.substring(0, piece.length() - 1) : piece;
            List<Token> toks = Tokenizer.tokenize(body, 0, body.length());
            for (int i = 0; i < toks.size(); i++) {
                words.add(toks.get(i).folded());
                prefix.add(star && i == toks.size() - 1);
            }
        }
        if (words.isEmpty() || words.get(0).equals(GAP) || words.get(words.size() - 1).equals(GAP)) {
            throw new IllegalArgumentException("bad phrase: '" + text + "'");
        }
        return new Phrase(text, List.copyOf(words), List.copyOf(prefix));
    }

    String first() {
        return words.get(0);
    }

    /** Number of words that must match (gaps excluded): longer phrases win over shorter ones. */
    int weight() {
        int n = 0;
        for (String w : words) if (!w.equals(GAP)) n++;
        return n;
    }

    /** Letters the phrase spells out: of two stems that match, the longer one is the more specific. */
    int letters() {
        int n = 0;
        for (String w : words) if (!w.equals(GAP)) n += w.length();
        return n;
    }

    int prefixCount() {
        int n = 0;
        for (boolean p : prefix) if (p) n++;
        return n;
    }

    boolean wordMatches(int i, Token t) {
        String w = words.get(i);
        boolean p = prefix.get(i);
        for (String v : t.variants()) {
            if (p ? v.startsWith(w) : v.equals(w)) return true;
        }
        return false;
    }

    /** End token index (exclusive) when the phrase matches at {@code at}, else -1. */
    int matchAt(List<Token> toks, int at) {
        return match(toks, at, 0);
    }

    private int match(List<Token> toks, int at, int wi) {
        if (wi == words.size()) return at;
        if (words.get(wi).equals(GAP)) {
            for (int skip = 0; skip <= 3 && at + skip <= toks.size(); skip++) {
                int r = match(toks, at + skip, wi + 1);
                if (r >= 0) return r;
            }
            return -1;
        }
        if (at >= toks.size() || !wordMatches(wi, toks.get(at))) return -1;
        return match(toks, at + 1, wi + 1);
    }
}
