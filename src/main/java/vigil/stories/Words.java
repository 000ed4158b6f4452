package vigil.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word-level text helpers shared by the near-duplicate and story stages: tokens, stop words, stable hashes. */
final class Words {
    private Words() {}

    /** Function words that carry no topic; kept small so it stays language-neutral enough for news English. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "without", "about", "into", "onto", "over", "under", "after", "before", "during",
            "as", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
            "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "them", "his",
            "her", "hers", "their", "theirs", "we", "us", "our", "you", "your", "i", "me", "my", "mine", "who",
            "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "both", "each", "few",
            "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "too", "very",
            "just", "also", "said", "says", "say", "told", "according", "up", "down", "out", "off", "again",
            "further", "once", "while", "because", "until", "against", "between", "through", "above", "below",
            "s", "t", "one", "new", "like", "get", "got", "made", "make", "now", "last", "first", "year", "years",
            "time", "way", "well", "even", "back", "still", "him", "itself", "himself", "herself", "themselves",
            "since", "per", "via", "amp", "nbsp", "yet", "however", "although", "though", "around", "among", "upon");

    /** Lower-cased tokens of letters and digits (apostrophes inside words dropped: "Lohan's" → "lohans" → "lohan"). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0 && i + 1 < text.length() && inWordMark(c, text.charAt(i - 1), text.charAt(i + 1))) {
                if (c == '.') cur.append('.'); // "6.1" stays one token; "1,200" becomes "1200"; "it's" becomes "its"
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    private static boolean inWordMark(char c, char before, char after) {
        if (c == '.' || c == ',') return Character.isDigit(before) && Character.isDigit(after);
        return (c == '\'' || c == '’') && Character.isLetter(before) && Character.isLetter(after);
    }

    /** The last text tokenized on this thread: duplicates and stories both read an article's words. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * Tokens that are not stop words, with a light plural/possessive fold so "strikes" meets "strike". The
     * result is shared with the next caller asking for the same text object: do not modify it.
     */
    static List<String> contentWords(String text) {
        Object[] last = LAST.get();
        if (last[0] == text) {
            @SuppressWarnings("unchecked")
            List<String> cached = (List<String>) last[1];
            return cached;
        }
        List<String> words = tokenizeContent(text);
        last[0] = text;
        last[1] = words;
        return words;
    }

    private static List<String> tokenizeContent(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (STOP.contains(t)) continue;
            out.add(fold(t));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** A very light English suffix fold: possessive "s" after apostrophe removal and regular plurals. */
    static String fold(String t) {
        int n = t.length();
        if (n > 4 && t.endsWith("ies")) return t.substring(0, n - 3) + "y";
        if (n > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")
                && !Character.isDigit(t.charAt(n - 2))) return t.substring(0, n - 1);
        return t;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** 64-bit FNV-1a followed by a finalizer: stable across JVMs and runs, unlike String.hashCode alone. */
    static long hash64(CharSequence s) {
        return hash64(0, s);
    }

    /** {@link #hash64(CharSequence)} in a separate space per {@code salt}, without building a salted string. */
    static long hash64(long salt, CharSequence s) {
        long h = 0xcbf29ce484222325L ^ (salt * 0x9e3779b97f4a7c15L);
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }

    /** SplitMix64 finalizer. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
