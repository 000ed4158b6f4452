package vigil.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in a token sequence, longest match first. Phrases are tokenized with {@link Tokenizer}
 * and compared by {@link TextNormalizer#key}, with case rules that keep precision on news text: a phrase word
 * written as a short acronym ("US", "ISIS") must appear in exactly that case, a capitalized phrase word must be
 * capitalized in the text ("Jordan" does not match "jordan"), a lower-case phrase word matches in any case.
 * Arabic words may carry the clitics و ب ل ف (and وال/بال/لل for ال), which the match span leaves out.
 * Immutable after {@link Builder#build()}, so thread-safe.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {
    private static final String[] ARABIC_PREFIXES = {"وبال", "وال", "بال", "فال", "لل", "و", "ب", "ل", "ف"};

    /** A phrase found in the text: tokens {@code [from, to)}, characters {@code [start, end)}. */
    public record Match<V>(int from, int to, int start, int end, List<V> values) {}

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        final List<Entry<V>> entries = new ArrayList<>(1);
    }

    private record Entry<V>(List<Token> phrase, V value) {}

    private final Node<V> root;

    private PhraseMatcher(Node<V> root) {
        this.root = root;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    public static final class Builder<V> {
        private final Node<V> root = new Node<>();

        public Builder<V> add(String phrase, V value) {
            List<Token> toks = Tokenizer.tokenize(phrase.strip());
            if (toks.isEmpty()) return this;
            Node<V> n = root;
            for (Token t : toks) n = n.children.computeIfAbsent(TextNormalizer.key(t.text()), k -> new Node<>());
            for (Entry<V> e : n.entries) if (e.value.equals(value) && e.phrase.equals(toks)) return this;
            n.entries.add(new Entry<>(toks, value));
            return this;
        }

        public PhraseMatcher<V> build() {
            return new PhraseMatcher<>(root);
        }
    }

    /** Longest match starting at token {@code i}, or null. */
    public Match<V> matchAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        Match<V> best = walk(tokens, i, TextNormalizer.key(first.text()), first.start(), 0);
        if (best == null && first.isWord() && TextNormalizer.isArabic(first.text())) {
            String k = TextNormalizer.key(first.text());
            for (String p : ARABIC_PREFIXES) {
                String pk = TextNormalizer.key(p);
                if (k.length() > pk.length() + 1 && k.startsWith(pk)) {
                    String rest = pk.endsWith("ال") || pk.equals("لل") ? "ال" + k.substring(pk.length()) : k.substring(pk.length());
                    int skip = pk.equals("لل") ? 1 : (pk.endsWith("ال") ? pk.length() - 2 : pk.length());
                    best = walk(tokens, i, rest, first.start() + skip, skip);
                    if (best == null && pk.endsWith("ال")) { // "والعراقي" -> "عراقي" when only the bare form is listed
                        best = walk(tokens, i, k.substring(pk.length()), first.start() + skip, skip);
                    }
                    if (best != null) break;
                }
            }
        }
        return best;
    }

    private Match<V> walk(List<Token> tokens, int i, String firstKey, int start, int skip) {
        Node<V> n = root.children.get(firstKey);
        Match<V> best = null;
        int j = i;
        while (n != null) {
            j++;
            List<V> values = null;
            for (Entry<V> e : n.entries) {
                if (e.phrase.size() == j - i && caseFits(e.phrase, tokens, i, skip)) {
                    if (values == null) values = new ArrayList<>(1);
                    values.add(e.value);
                }
            }
            if (values != null) best = new Match<>(i, j, start, tokens.get(j - 1).end(), List.copyOf(values));
            if (j >= tokens.size()) break;
            n = n.children.get(TextNormalizer.key(tokens.get(j).text()));
        }
        return best;
    }

    private static boolean caseFits(List<Token> phrase, List<Token> tokens, int i, int skip) {
        for (int k = 0; k < phrase.size(); k++) {
            Token p = phrase.get(k);
            Token t = tokens.get(i + k);
            if (p.isAllCaps() && p.text().replace(".", "").length() <= 5) {
                if (!t.text().equals(p.text())) return false;
            } else if (p.isCapitalized()) {
                if (!t.isCapitalized()) return false;
            }
        }
        return true;
    }

    /** All longest, non-overlapping matches, left to right. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = matchAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.to();
            }
        }
        return out;
    }
}
