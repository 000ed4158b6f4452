package vigil.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in a token list. Entries are bucketed by the first three letters of their first
 * word, so a sentence costs one hash lookup per token and variant.
 */
final class PhraseIndex<T> {
    /** One phrase found in a sentence: tokens {@code [from, to)}. */
    record Hit<T>(int from, int to, Phrase phrase, T value) {}

    private record Entry<T>(Phrase phrase, T value) {}

    private final Map<String, List<Entry<T>>> buckets = new HashMap<>();

    void add(Phrase phrase, T value) {
        buckets.computeIfAbsent(key(phrase.first()), k -> new ArrayList<>()).add(new Entry<>(phrase, value));
    }

    /** Adds an entry that wins ties with the entries already there (a user's dictionary over the shipped one). */
    void addFirst(Phrase phrase, T value) {
        buckets.computeIfAbsent(key(phrase.first()), k -> new ArrayList<>()).add(0, new Entry<>(phrase, value));
    }

    private static String key(String w) {
        return w.length() <= 3 ? w : w.substring(0, 3);
    }

    /** Every match, longest first at each position. */
    List<Hit<T>> all(List<Token> toks) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            List<String> keys = new ArrayList<>(4);
            for (String v : t.variants()) {
                for (int len = 1; len <= Math.min(3, v.length()); len++) {
                    String k = v.substring(0, len);
                    if (!keys.contains(k)) keys.add(k);
                }
            }
            for (String k : keys) {
                List<Entry<T>> es = buckets.get(k);
                if (es == null) continue;
                for (Entry<T> e : es) {
                    int end = e.phrase().matchAt(toks, i);
                    if (end > i) hits.add(new Hit<>(i, end, e.phrase(), e.value()));
                }
            }
        }
        return hits;
    }

    /**
     * Matches that do not overlap, preferring longer phrases, then exact words over "word*", then the more
     * specific one ("executive*" over "execut*"), then earlier ones.
     */
    List<Hit<T>> longest(List<Token> toks) {
        List<Hit<T>> hits = all(toks);
        hits.sort(Comparator.<Hit<T>>comparingInt(h -> -h.phrase().weight())
                .thenComparingInt(h -> -(h.to() - h.from())).thenComparingInt(h -> h.phrase().prefixCount())
                .thenComparingInt(h -> -h.phrase().letters()).thenComparingInt(Hit::from));
        boolean[] used = new boolean[toks.size()];
        List<Hit<T>> out = new ArrayList<>();
        for (Hit<T> h : hits) {
            boolean free = true;
            for (int i = h.from(); i < h.to() && free; i++) free = !used[i];
            if (!free) continue;
            for (int i = h.from(); i < h.to(); i++) used[i] = true;
            out.add(h);
        }
        out.sort(Comparator.comparingInt(Hit::from));
        return out;
    }
}
