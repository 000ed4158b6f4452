package vigil.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vigil.model.Story;

/**
 * Online story clustering: each article, in arrival order, joins the most similar active story or opens a new
 * one, and is never moved afterwards.
 *
 * <p>Similarity is the cosine between the article and a story's centroid (tf-idf of content words), blended
 * with the cosine of their names (people, organisations, places) because two events of the same kind share
 * most of their words but rarely their names. For the closest few stories, half of the score is the same blend
 * against the nearest of the story's newest members, so a story whose reports drift (a follow-up, a trial)
 * still recognises its latest turn. An article whose most prominent name is new to a story scores lower there.
 * A story is only a candidate when it shares one of the article's
 * most telling terms (an inverted index over active stories, each posting capped to the newest stories) and,
 * when both have dates, when the article falls within a window of the story's dates.
 *
 * <p>Active stories are bounded by count, by how many articles arrived since they last grew, and by age in
 * days: so the cost per article does not grow with the number of articles ever seen. Not thread-safe.
 */
public final class StoryClusterer {
    /**
     * @param threshold        minimum blended similarity to join a story
     * @param nameWeight       share of the names' cosine in the blend (0..1)
     * @param dateWindowDays   an article dated more than this outside a story's date range cannot join it
     * @param maxActiveStories stories kept as candidates
     * @param lookbackArticles a story that has not grown for this many articles is closed
     * @param retentionDays    a story whose last date is this far behind the newest date is closed
     * @param queryTerms       most telling words of an article used to find candidates (names are added)
     * @param postingCap       newest stories kept per term
     * @param maxCandidates    candidates scored in full
     * @param centroidTerms    words kept per story centroid
     * @param averageLink      compare with the mean of the members (true) or with the centroid (false)
     * @param novelNamePenalty similarity factor when the article's most prominent name is new to the story
     * @param nearestWeight    share of the similarity to the nearest of the story's newest members (0..1); the
     *                         rest is the similarity to the centroid. Helps stories whose reports diverge.
     * @param members          newest members kept per story for that
     */
    public record Config(double threshold, double nameWeight, int dateWindowDays, int maxActiveStories,
                         int lookbackArticles, int retentionDays, int queryTerms, int postingCap,
                         int maxCandidates, int centroidTerms, boolean averageLink, double novelNamePenalty,
                         double nearestWeight, int members) {
        public static Config defaults() {
            // A story's reports can span months (an arrest, a trial, a verdict), so the date window is a year; the
            // similarity threshold, not the calendar, keeps recurring events of one kind apart.
            return new Config(0.25, 0.5, 365, 40_000, 200_000, 365, 12, 24, 15, 250, false, 0.7, 0.5, 6);
        }

        public Config withAverageLink(boolean a) {
            return new Config(threshold, nameWeight, dateWindowDays, maxActiveStories, lookbackArticles,
                    retentionDays, queryTerms, postingCap, maxCandidates, centroidTerms, a, novelNamePenalty,
                    nearestWeight, members);
        }

        public Config withThreshold(double t) {
            return new Config(t, nameWeight, dateWindowDays, maxActiveStories, lookbackArticles, retentionDays,
                    queryTerms, postingCap, maxCandidates, centroidTerms, averageLink, novelNamePenalty,
                    nearestWeight, members);
        }

        public Config withNameWeight(double w) {
            return new Config(threshold, w, dateWindowDays, maxActiveStories, lookbackArticles, retentionDays,
                    queryTerms, postingCap, maxCandidates, centroidTerms, averageLink, novelNamePenalty,
                    nearestWeight, members);
        }
    }

    private final Config config;
    private final DocumentFrequencies df = new DocumentFrequencies(22, 2_000_000);
    private final LinkedHashMap<Integer, StoryState> active = new LinkedHashMap<>(); // eldest = least recently grown
    private final Map<String, Integer> storyOfArticle = new HashMap<>();
    private final Map<Integer, Posting> postings = new HashMap<>();
    private int nextOrd;
    private long seq;
    private long clockDay = Long.MIN_VALUE;
    private long evictions;

    public StoryClusterer(Config config) {
        this.config = config;
    }

    public StoryClusterer() {
        this(Config.defaults());
    }

    /** Assigns an article to a story. */
    public StoryAssignment assign(StoryInput in) {
        return assign(in, null);
    }

    /**
     * Assigns an article to a story; a copy ({@code link} from {@link DuplicateDetector}) joins its original's
     * story when that is still active.
     */
    public StoryAssignment assign(StoryInput in, ArticleLink link) {
        seq++;
        long day = in.published() == null ? Long.MIN_VALUE : Math.floorDiv(in.published().getEpochSecond(), 86_400);
        if (day != Long.MIN_VALUE) clockDay = Math.max(clockDay, day);
        TermVector v = TermVector.of(in);
        df.add(v.words);
        df.add(v.names);
        Query q = new Query(v, df, config.queryTerms);

        StoryState best = null;
        double bestSim = 0;
        if (link != null) {
            Integer ord = storyOfArticle.get(link.ofArticleId());
            if (ord != null && active.containsKey(ord)) {
                best = active.get(ord);
                bestSim = link.similarity();
            }
        }
        if (best == null) {
            List<StoryState> cands = candidates(q, day);
            double[] centroid = new double[cands.size()];
            for (int i = 0; i < centroid.length; i++) centroid[i] = centroidSimilarity(q, cands.get(i));
            // the nearest-member part costs more: only for the few stories closest to the article already
            Integer[] order = new Integer[centroid.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(centroid[b], centroid[a]));
            for (int r = 0; r < order.length; r++) {
                StoryState s = cands.get(order[r]);
                double sim = centroid[order[r]];
                if (config.nearestWeight > 0 && r < NEAREST_FOR) {
                    sim = (1 - config.nearestWeight) * sim + config.nearestWeight * nearestSimilarity(q, s);
                } else if (config.nearestWeight > 0) {
                    break;
                }
                sim *= penalty(q, s);
                if (sim > bestSim) {
                    bestSim = sim;
                    best = s;
                }
            }
            if (bestSim < config.threshold) best = null;
        }
        boolean opened = best == null;
        if (opened) {
            best = new StoryState(nextOrd++, "story-" + in.id(), titleOf(in),
                    config.nearestWeight > 0 ? config.members : 0);
            bestSim = 0;
        }
        best.add(in, q, day, seq, config.centroidTerms);
        active.remove(best.ord);
        active.put(best.ord, best);
        storyOfArticle.put(in.id(), best.ord);
        post(q, best.ord);
        evict();
        return new StoryAssignment(in.id(), best.id, opened, Math.round(bestSim * 1000) / 1000.0, best.title,
                best.firstSeen);
    }

    /** A story that is still active, with its articles so far. */
    public Optional<Story> story(String storyId) {
        for (StoryState s : active.values()) if (s.id.equals(storyId)) return Optional.of(s.toStory());
        return Optional.empty();
    }

    /** All active stories, least recently grown first. */
    public List<Story> activeStories() {
        List<Story> out = new ArrayList<>();
        for (StoryState s : active.values()) out.add(s.toStory());
        return out;
    }

    public int activeCount() {
        return active.size();
    }

    /** Active stories sharing the article's telling terms, best overlap first, within the date window. */
    private List<StoryState> candidates(Query q, long day) {
        IntFloatMap score = new IntFloatMap(256);
        for (int t : q.topWords) gather(t, score);
        for (int t : q.topNames) gather(t, score);
        int[] ords = score.keys();
        long[] ranked = new long[ords.length];
        StoryState[] states = new StoryState[ords.length];
        int n = 0;
        for (int ord : ords) {
            StoryState s = active.get(ord);
            if (s == null) continue;
            if (day != Long.MIN_VALUE && s.lastDay != Long.MIN_VALUE
                    && (day > s.lastDay + config.dateWindowDays || day < s.firstDay - config.dateWindowDays)) continue;
            states[n] = s;
            // non-negative float bits sort like the floats; the low half keeps the index
            ranked[n] = ((long) Float.floatToIntBits(score.get(ord)) << 32) | n;
            n++;
        }
        Arrays.sort(ranked, 0, n);
        List<StoryState> out = new ArrayList<>(Math.min(n, config.maxCandidates));
        for (int i = n - 1; i >= 0 && out.size() < config.maxCandidates; i--) out.add(states[(int) ranked[i]]);
        return out;
    }

    private void gather(int term, IntFloatMap score) {
        Posting p = postings.get(term);
        if (p == null) return;
        float idf = df.idf(term);
        for (int i = 0; i < p.size; i++) score.add(p.ords[i], idf);
    }

    /** The {@code k} terms with the highest tf-idf, highest first. */
    private static int[] topTerms(int[] terms, float[] tfidf, int k) {
        k = Math.min(k, terms.length);
        Integer[] idx = new Integer[terms.length];
        for (int i = 0; i < terms.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Float.compare(tfidf[b], tfidf[a]));
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = terms[idx[i]];
        return out;
    }

    /** Stories whose nearest member is compared, best centroid similarity first. */
    private static final int NEAREST_FOR = 3;

    /** Blend of word and name cosines against the story's centroid (or members' mean). */
    private double centroidSimilarity(Query q, StoryState s) {
        double words = cosine(q.words, q.wordTfidf, q.wordNorm, s.words, config.averageLink ? s.size() : s.wordNorm);
        if (q.names.length == 0 || s.names.size() == 0) return words;
        double names = cosine(q.names, q.nameTfidf, q.nameNorm, s.names, config.averageLink ? s.size() : s.nameNorm);
        return (1 - config.nameWeight) * words + config.nameWeight * names;
    }

    /** The same blend against the closest of the story's newest members. */
    private double nearestSimilarity(Query q, StoryState s) {
        double best = 0;
        boolean useNames = q.names.length > 0 && s.names.size() > 0;
        for (Member m : s.members) {
            if (m == null) continue;
            double w = dotUnit(q.wordUnit(), m.words, m.wordW);
            double sim = useNames ? (1 - config.nameWeight) * w
                    + config.nameWeight * dotUnit(q.nameUnit(), m.names, m.nameW) : w;
            best = Math.max(best, sim);
        }
        return best;
    }

    /** The name an article is most about (Capaldi, not Doctor Who) is new to the story: likely another event. */
    private double penalty(Query q, StoryState s) {
        if (config.novelNamePenalty < 1 && q.names.length > 0 && s.names.size() > 0 && s.names.get(q.topNames[0]) == 0) {
            return config.novelNamePenalty;
        }
        return 1;
    }

    private static double dotUnit(IntFloatMap article, int[] terms, float[] w) {
        double dot = 0;
        for (int i = 0; i < terms.length; i++) dot += article.get(terms[i]) * w[i];
        return dot;
    }

    /** Terms kept per member vector: the heaviest carry nearly all of a cosine, and memory stays small. */
    private static final int MEMBER_WORDS = 60, MEMBER_NAMES = 30;

    /** One member's unit tf-idf vectors (heaviest terms only), for the nearest-member part of the similarity. */
    private record Member(int[] words, float[] wordW, int[] names, float[] nameW) {
        static Member of(Query q, int maxWords, int maxNames) {
            int[] w = topTerms(q.words, q.wordTfidf, maxWords);
            int[] n = topTerms(q.names, q.nameTfidf, maxNames);
            return new Member(w, weights(w, q.wordUnit()), n, weights(n, q.nameUnit()));
        }

        private static float[] weights(int[] terms, IntFloatMap unit) {
            float[] out = new float[terms.length];
            for (int i = 0; i < terms.length; i++) out[i] = unit.get(terms[i]);
            return out;
        }
    }

    /**
     * The article's unit tf-idf vector against a story's sum of member unit vectors, divided by {@code by}: the
     * sum's length gives the cosine to the centroid, the member count gives the mean cosine to the members
     * (average link), which does not let a large, diffuse story attract everything.
     */
    private static double cosine(int[] terms, float[] tfidf, double norm, IntFloatMap centroid, float by) {
        if (by == 0 || norm == 0) return 0;
        double dot = 0;
        for (int i = 0; i < terms.length; i++) {
            float c = centroid.get(terms[i]);
            if (c != 0) dot += tfidf[i] * c;
        }
        return dot / (norm * by);
    }

    private void post(Query q, int ord) {
        for (int t : q.topWords) posting(t).add(ord);
        for (int t : q.topNames) posting(t).add(ord);
    }

    /** An article's terms with today's tf-idf weights, computed once per article. */
    private static final class Query {
        final int[] words, names, topWords, topNames;
        final float[] wordTfidf, nameTfidf;
        final double wordNorm, nameNorm;

        Query(TermVector v, DocumentFrequencies df, int k) {
            words = v.words;
            names = v.names;
            wordTfidf = tfidf(v.words, v.wordWeights, df);
            nameTfidf = tfidf(v.names, v.nameWeights, df);
            wordNorm = norm(wordTfidf);
            nameNorm = norm(nameTfidf);
            topWords = topTerms(words, wordTfidf, k);
            topNames = topTerms(names, nameTfidf, k);
        }

        private IntFloatMap wordUnit, nameUnit;

        IntFloatMap wordUnit() {
            if (wordUnit == null) wordUnit = unitMap(words, wordTfidf, wordNorm);
            return wordUnit;
        }

        IntFloatMap nameUnit() {
            if (nameUnit == null) nameUnit = unitMap(names, nameTfidf, nameNorm);
            return nameUnit;
        }

        private static IntFloatMap unitMap(int[] terms, float[] x, double norm) {
            IntFloatMap m = new IntFloatMap(terms.length);
            if (norm == 0) return m;
            for (int i = 0; i < terms.length; i++) m.add(terms[i], (float) (x[i] / norm));
            return m;
        }

        private static float[] tfidf(int[] terms, float[] w, DocumentFrequencies df) {
            float[] out = new float[terms.length];
            for (int i = 0; i < terms.length; i++) out[i] = w[i] * df.idf(terms[i]);
            return out;
        }

        private static double norm(float[] x) {
            double s = 0;
            for (float f : x) s += f * f;
            return Math.sqrt(s);
        }
    }

    private Posting posting(int term) {
        return postings.computeIfAbsent(term, k -> new Posting(config.postingCap));
    }

    private void evict() {
        Iterator<StoryState> it = active.values().iterator();
        while (it.hasNext()) {
            StoryState s = it.next();
            boolean tooMany = active.size() > config.maxActiveStories;
            boolean quiet = s.lastSeq < seq - config.lookbackArticles;
            boolean old = s.lastDay != Long.MIN_VALUE && clockDay != Long.MIN_VALUE
                    && s.lastDay < clockDay - config.retentionDays;
            if (!(tooMany || quiet || old)) break;
            it.remove();
            for (String a : s.articleIds) storyOfArticle.remove(a);
            evictions++;
        }
        // postings only hold ids; drop the ones pointing at closed stories now and then
        if (evictions > 4L * config.maxActiveStories || evictions > 200_000) {
            postings.values().removeIf(p -> p.retainActive(active) == 0);
            evictions = 0;
        }
    }

    private static String titleOf(StoryInput in) {
        if (!in.title().isBlank()) return in.title().strip();
        String t = in.text().strip();
        return t.length() <= 100 ? t : t.substring(0, 100).strip() + "…";
    }

    /** Newest stories that used a term, as a small ring. */
    private static final class Posting {
        final int[] ords;
        int size;
        int next;

        Posting(int cap) {
            ords = new int[cap];
        }

        void add(int ord) {
            for (int i = 0; i < size; i++) if (ords[i] == ord) return;
            ords[next] = ord;
            next = (next + 1) % ords.length;
            if (size < ords.length) size++;
        }

        int retainActive(Map<Integer, ?> active) {
            int n = 0;
            for (int i = 0; i < size; i++) if (active.containsKey(ords[i])) ords[n++] = ords[i];
            size = n;
            next = n % ords.length;
            return n;
        }
    }

    /** One active story: centroid, names, dates and articles. */
    private static final class StoryState {
        final int ord;
        final String id;
        final String title;
        final IntFloatMap words = new IntFloatMap(128);
        final IntFloatMap names = new IntFloatMap(32);
        final List<String> articleIds = new ArrayList<>(4);
        float wordNorm;
        float nameNorm;
        Instant firstSeen;
        long firstDay = Long.MIN_VALUE;
        long lastDay = Long.MIN_VALUE;
        long lastSeq;

        StoryState(int ord, String id, String title, int members) {
            this.members = new Member[members];
            this.ord = ord;
            this.id = id;
            this.title = title;
        }

        final Member[] members;
        int nextMember;

        void add(StoryInput in, Query q, long day, long seq, int maxTerms) {
            if (members.length > 0) {
                members[nextMember] = Member.of(q, MEMBER_WORDS, MEMBER_NAMES);
                nextMember = (nextMember + 1) % members.length;
            }
            addUnit(words, q.words, q.wordTfidf, q.wordNorm);
            addUnit(names, q.names, q.nameTfidf, q.nameNorm);
            if (words.size() > maxTerms * 3 / 2) words.retainTop(maxTerms, (k, w) -> w);
            if (names.size() > maxTerms * 3 / 2) names.retainTop(maxTerms, (k, w) -> w);
            wordNorm = norm(words);
            nameNorm = norm(names);
            articleIds.add(in.id());
            if (in.published() != null && (firstSeen == null || in.published().isBefore(firstSeen))) {
                firstSeen = in.published();
            }
            if (day != Long.MIN_VALUE) {
                firstDay = firstDay == Long.MIN_VALUE ? day : Math.min(firstDay, day);
                lastDay = lastDay == Long.MIN_VALUE ? day : Math.max(lastDay, day);
            }
            lastSeq = seq;
        }

        int size() {
            return articleIds.size();
        }

        /** Adds the article's tf-idf vector, scaled to unit length with today's idf. */
        private static void addUnit(IntFloatMap sum, int[] terms, float[] tfidf, double norm) {
            if (norm == 0) return;
            float inv = (float) (1 / norm);
            for (int i = 0; i < terms.length; i++) sum.add(terms[i], tfidf[i] * inv);
        }

        private static float norm(IntFloatMap m) {
            double[] sum = {0};
            m.forEach((k, w) -> sum[0] += (double) w * w);
            return (float) Math.sqrt(sum[0]);
        }

        Story toStory() {
            return new Story(id, title, firstSeen, articleIds);
        }
    }
}
