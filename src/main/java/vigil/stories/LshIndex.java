package vigil.stories;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Locality-sensitive hashing of MinHash signatures (banding), kept in time-ordered segments.
 *
 * <p>Only the newest segments are kept: a segment closes when it holds {@code segmentCapacity} entries, and the
 * oldest is dropped when there are more than {@code maxSegments} or when everything in it is older than the
 * window. So memory and the cost of a look-up are bounded by the window, not by how many articles were ever
 * seen: syndicated copies and rewrites appear within days of the original, which is what the window keeps.
 *
 * <p>The state can be written to bytes ({@link #snapshot()}) and read back ({@link #restore(byte[])}) so a
 * caller can persist it between runs.
 */
public final class LshIndex {
    /**
     * One indexed document.
     *
     * @param id         the article id
     * @param signature  its MinHash signature
     * @param time       epoch seconds (publication, or arrival when unknown)
     * @param contentKey 64-bit key of its exact content hash, for exact-duplicate look-ups
     * @param originalId the earliest version it copies, or its own id when it is an original
     * @param site       the site it was published on, or null
     */
    public record Entry(String id, int[] signature, long time, long contentKey, String originalId, String site) {}

    /**
     * @param bands           number of bands; {@code bands * rows} must not exceed the signature length
     * @param rows            signature positions per band
     * @param minMatches      bands an entry must share with the query to be a candidate
     * @param segmentCapacity entries per segment
     * @param maxSegments     segments kept
     * @param windowSeconds   entries older than this behind the newest are dropped (segment-wise); 0 = no limit
     */
    public record Config(int bands, int rows, int minMatches, int segmentCapacity, int maxSegments,
                         long windowSeconds) {
        public Config {
            if (bands < 1 || rows < 1 || minMatches < 1 || minMatches > bands || segmentCapacity < 1
                    || maxSegments < 1 || windowSeconds < 0) {
                throw new IllegalArgumentException("bad LSH config");
            }
        }

        /**
         * 36 bands of 2 rows (72 hashes), at least 2 shared: pairs at 0.3 Jaccard are found with probability
         * 0.87, at 0.4 with 0.985, while unrelated texts (Jaccard ~0.01) almost never are.
         */
        public static Config defaults() {
            return new Config(36, 2, 2, 50_000, 8, 14 * 86_400L);
        }
    }

    private final Config config;
    private final ArrayDeque<Segment> segments = new ArrayDeque<>();
    private long newest = Long.MIN_VALUE;

    public LshIndex(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    /** Entries currently kept. */
    public int size() {
        int n = 0;
        for (Segment s : segments) n += s.entries.size();
        return n;
    }

    public void add(Entry e) {
        if (e.signature().length < config.bands * config.rows) {
            throw new IllegalArgumentException("signature shorter than bands x rows");
        }
        Segment cur = segments.peekLast();
        if (cur == null || cur.entries.size() >= config.segmentCapacity) {
            cur = new Segment(config);
            segments.addLast(cur);
        }
        cur.add(e);
        newest = Math.max(newest, e.time());
        evict();
    }

    private void evict() {
        while (segments.size() > config.maxSegments) segments.removeFirst();
        if (config.windowSeconds > 0) {
            while (segments.size() > 1 && segments.peekFirst().maxTime < newest - config.windowSeconds) {
                segments.removeFirst();
            }
        }
    }

    /** Most candidates one look-up returns, newest first: a cap on the cost of very common shingles. */
    static final int MAX_CANDIDATES = 500;

    /**
     * Entries sharing at least {@code minMatches} bands with the signature (each once, at most 500), newest
     * segments first.
     */
    public List<Entry> candidates(int[] signature) {
        List<Entry> out = new ArrayList<>();
        IdentityHashMap<Entry, int[]> matches = new IdentityHashMap<>();
        long[] keys = bandKeys(config, signature);
        var it = segments.descendingIterator();
        while (it.hasNext()) {
            Segment s = it.next();
            for (int b = 0; b < keys.length; b++) {
                for (int node = s.heads.get(keys[b], -1); node >= 0; node = s.next[node]) {
                    Entry e = s.entries.get(node / config.bands);
                    int[] n = matches.computeIfAbsent(e, k -> new int[1]);
                    if (++n[0] == config.minMatches) {
                        out.add(e);
                        if (out.size() >= MAX_CANDIDATES) return out;
                    }
                }
            }
        }
        return out;
    }

    /** An entry with exactly this content key, or null. */
    public Entry exact(long contentKey) {
        var it = segments.descendingIterator();
        while (it.hasNext()) {
            Segment s = it.next();
            int i = s.exact.get(contentKey, -1);
            if (i >= 0) return s.entries.get(i);
        }
        return null;
    }

    /** One key per band: the band's rows hashed together, salted with the band number. */
    static long[] bandKeys(Config config, int[] sig) {
        long[] keys = new long[config.bands];
        for (int b = 0; b < config.bands; b++) {
            long h = b * 0x9e3779b97f4a7c15L;
            for (int r = 0; r < config.rows; r++) h = Words.mix64(h ^ sig[b * config.rows + r]) + r;
            keys[b] = h;
        }
        return keys;
    }

    /** The index as bytes: config, then every kept entry in arrival order (buckets are rebuilt on restore). */
    public byte[] snapshot() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(config.bands);
            out.writeInt(config.rows);
            out.writeInt(config.minMatches);
            out.writeInt(config.segmentCapacity);
            out.writeInt(config.maxSegments);
            out.writeLong(config.windowSeconds);
            out.writeInt(segments.size());
            for (Segment s : segments) {
                out.writeInt(s.entries.size());
                for (Entry e : s.entries) {
                    out.writeUTF(e.id());
                    out.writeLong(e.time());
                    out.writeLong(e.contentKey());
                    out.writeUTF(e.originalId());
                    out.writeUTF(e.site() == null ? "" : e.site());
                    out.writeInt(e.signature().length);
                    for (int v : e.signature()) out.writeInt(v);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what {@link #snapshot()} wrote. */
    public static LshIndex restore(byte[] snapshot) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
            if (in.readInt() != MAGIC) throw new IllegalArgumentException("not an LSH index snapshot");
            LshIndex index = new LshIndex(new Config(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readLong()));
            int segs = in.readInt();
            for (int i = 0; i < segs; i++) {
                Segment s = new Segment(index.config);
                int n = in.readInt();
                for (int j = 0; j < n; j++) {
                    String id = in.readUTF();
                    long time = in.readLong();
                    long key = in.readLong();
                    String orig = in.readUTF();
                    String site = in.readUTF();
                    int[] sig = new int[in.readInt()];
                    for (int k = 0; k < sig.length; k++) sig[k] = in.readInt();
                    s.add(new Entry(id, sig, time, key, orig, site.isEmpty() ? null : site));
                    index.newest = Math.max(index.newest, time);
                }
                index.segments.addLast(s);
            }
            return index;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated LSH index snapshot", e);
        }
    }

    private static final int MAGIC = 0x564c5332; // "VLS2"

    /** Entries of one stretch of time, with bucket chains: heads[key] → node, next[node] → node (−1 ends). */
    private static final class Segment {
        final List<Entry> entries = new ArrayList<>();
        final LongIntMap heads;
        final LongIntMap exact;
        int[] next;
        final Config config;
        long maxTime = Long.MIN_VALUE;

        Segment(Config config) {
            this.config = config;
            this.heads = new LongIntMap(1024);
            this.exact = new LongIntMap(256);
            this.next = new int[64 * config.bands];
        }

        void add(Entry e) {
            int idx = entries.size();
            entries.add(e);
            maxTime = Math.max(maxTime, e.time());
            if (next.length < (idx + 1) * config.bands) next = Arrays.copyOf(next, next.length * 2);
            long[] k = bandKeys(config, e.signature());
            for (int b = 0; b < k.length; b++) {
                int node = idx * config.bands + b;
                next[node] = heads.put(k[b], node, -1);
            }
            if (exact.get(e.contentKey(), -1) < 0) exact.put(e.contentKey(), idx, -1);
        }
    }
}
