package vigil.stories;

import java.util.List;

/**
 * MinHash signatures over word shingles. Shingles are pairs of consecutive content words (stop words removed),
 * which survive the small function-word edits of syndication and light rewriting better than raw 3-grams.
 * The fraction of equal signature positions estimates the Jaccard similarity of two shingle sets.
 */
public final class MinHasher {
    private final long[] seeds;
    private final long[] mul;
    private final int shingle;

    /** @param hashes signature length; @param shingle words per shingle (2 by default) */
    public MinHasher(int hashes, int shingle) {
        if (hashes < 1 || shingle < 1) throw new IllegalArgumentException("hashes and shingle must be positive");
        this.seeds = new long[hashes];
        this.mul = new long[hashes];
        long s = 0x5eed5eed12345678L;
        for (int i = 0; i < hashes; i++) {
            s += 0x9e3779b97f4a7c15L;
            seeds[i] = Words.mix64(s);
            mul[i] = Words.mix64(s ^ 0xabcdefL) | 1; // odd multipliers: multiply-shift hashing
        }
        this.shingle = shingle;
    }

    public MinHasher() {
        this(64, 2);
    }

    public int length() {
        return seeds.length;
    }

    /** The signature of a text, or null when it has too few words to make a shingle. */
    public int[] signature(String text) {
        return signature(Words.contentWords(text));
    }

    /** The signature of a text's content words (as {@link Words#contentWords} gives them). */
    int[] signature(List<String> words) {
        if (words.size() < shingle) return null;
        int[] sig = new int[seeds.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        long[] wordHash = new long[words.size()];
        for (int i = 0; i < wordHash.length; i++) wordHash[i] = Words.hash64(words.get(i));
        for (int i = 0; i + shingle <= wordHash.length; i++) {
            long h = 0;
            for (int k = 0; k < shingle; k++) h = Words.mix64(h * 31 + wordHash[i + k]);
            for (int j = 0; j < seeds.length; j++) {
                // multiply-shift of an already well-mixed key: one multiply per hash function, non-negative
                int v = (int) ((h * mul[j] + seeds[j]) >>> 33);
                if (v < sig[j]) sig[j] = v;
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of two signatures of the same length. */
    public static double similarity(int[] a, int[] b) {
        if (a == null || b == null || a.length != b.length) return 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }
}
