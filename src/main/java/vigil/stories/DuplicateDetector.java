package vigil.stories;

import java.time.Instant;
import java.util.Optional;
import vigil.model.Ids;

/**
 * Finds exact and near duplicates among recent articles: an equal content hash, or MinHash similarity high
 * enough on the LSH candidates. A copy is linked to the earliest version (a copy of a copy points to the
 * original), so counting independent sources can skip it.
 *
 * <p>Not thread-safe; feed it articles in arrival order.
 */
public final class DuplicateDetector {
    /** Articles with fewer content words than this are never linked: a shared boilerplate line is no copy. */
    static final int MIN_WORDS = 12;

    private final MinHasher hasher;
    private final LshIndex index;
    private final double duplicateThreshold;
    private final double rewriteThreshold;
    private long clock = Long.MIN_VALUE;

    /**
     * @param duplicateThreshold similarity from which a copy is a {@code DUPLICATE} (e.g. 0.8)
     * @param rewriteThreshold   similarity from which it is a {@code REWRITE} (e.g. 0.3)
     */
    public DuplicateDetector(MinHasher hasher, LshIndex index, double duplicateThreshold, double rewriteThreshold) {
        if (hasher.length() < index.config().bands() * index.config().rows()) {
            throw new IllegalArgumentException("signature shorter than the index's bands x rows");
        }
        this.hasher = hasher;
        this.index = index;
        this.duplicateThreshold = duplicateThreshold;
        this.rewriteThreshold = rewriteThreshold;
    }

    public DuplicateDetector() {
        this(new MinHasher(72, 2), new LshIndex(LshIndex.Config.defaults()), 0.8, 0.3);
    }

    /** The index, e.g. to {@link LshIndex#snapshot() snapshot} it. */
    public LshIndex index() {
        return index;
    }

    /** Checks an article against the recent ones, then remembers it. Returns its link when it is a copy. */
    public Optional<ArticleLink> add(StoryInput in) {
        long time = timeOf(in.published());
        String hash = in.contentHash() != null ? in.contentHash() : Ids.contentHash(in.text());
        long contentKey = Words.hash64(hash);
        var words = Words.contentWords(in.text());
        int[] sig = words.size() >= MIN_WORDS ? hasher.signature(words) : null;
        if (sig == null) return Optional.empty(); // too short to judge, and too short to be a useful original

        ArticleLink link = null;
        LshIndex.Entry exact = index.exact(contentKey);
        if (exact != null) {
            link = new ArticleLink(in.id(), ArticleLink.Kind.DUPLICATE, exact.originalId(), 1.0);
        } else {
            LshIndex.Entry best = null;
            double bestSim = 0;
            for (LshIndex.Entry c : index.candidates(sig)) {
                double sim = MinHasher.similarity(sig, c.signature());
                if (sim < rewriteThreshold) continue;
                // the closest text wins (ties: the earlier one); its original is then the earliest version
                if (best == null || sim > bestSim || (sim == bestSim && c.time() < best.time())) {
                    best = c;
                    bestSim = sim;
                }
            }
            if (best != null) {
                var kind = bestSim >= duplicateThreshold ? ArticleLink.Kind.DUPLICATE : ArticleLink.Kind.REWRITE;
                link = new ArticleLink(in.id(), kind, best.originalId(), round(bestSim));
            }
        }
        String original = link == null ? in.id() : link.ofArticleId();
        index.add(new LshIndex.Entry(in.id(), sig, time, contentKey, original, in.site()));
        return Optional.ofNullable(link);
    }

    /** Articles without a date take the newest time seen, so they neither expire early nor push the window. */
    private long timeOf(Instant published) {
        if (published != null) {
            clock = Math.max(clock, published.getEpochSecond());
            return published.getEpochSecond();
        }
        return clock == Long.MIN_VALUE ? 0 : clock;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
