package vigil.stories;

/**
 * Document frequencies of hashed terms, learnt as articles arrive, in a fixed-size table (terms that collide
 * share a count, which only lowers their weight a little). Fixed size keeps memory flat however long the
 * stream runs; counts are halved now and then so the weights follow what is common lately.
 */
final class DocumentFrequencies {
    private final int[] counts;
    private final int mask;
    private double docs;
    private final long halveEvery;
    private long seen;

    DocumentFrequencies(int bits, long halveEvery) {
        counts = new int[1 << bits];
        mask = counts.length - 1;
        this.halveEvery = halveEvery;
    }

    void add(int[] terms) {
        for (int t : terms) counts[t & mask]++;
        docs++;
        if (halveEvery > 0 && ++seen % halveEvery == 0) {
            for (int i = 0; i < counts.length; i++) counts[i] >>= 1;
            docs /= 2;
        }
    }

    /** Smoothed inverse document frequency: log((N + 1) / (df + 1)) + 1. */
    float idf(int term) {
        return (float) (Math.log((docs + 1) / (counts[term & mask] + 1)) + 1);
    }
}
