package vigil.stories;

import java.util.Arrays;

/** Open-addressing int → float map: story centroids hold hundreds of terms each, for many stories at once. */
final class IntFloatMap {
    private static final int FREE = 0;
    private int[] keys;
    private float[] values;
    private boolean hasZero;
    private float zeroValue;
    private int size;

    IntFloatMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(8, expected * 4 / 3 + 1) - 1) << 1;
        keys = new int[cap];
        values = new float[cap];
    }

    int size() {
        return size;
    }

    float get(int key) {
        if (key == FREE) return hasZero ? zeroValue : 0f;
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != FREE; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
        }
        return 0f;
    }

    void add(int key, float delta) {
        if (key == FREE) {
            if (!hasZero) size++;
            hasZero = true;
            zeroValue += delta;
            return;
        }
        if ((size + 1) * 4 > keys.length * 3) grow(); // load factor 3/4: many small maps, memory matters
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; keys[i] != FREE; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] += delta;
                return;
            }
        }
        keys[i] = key;
        values[i] = delta;
        size++;
    }

    /** Calls the visitor for every entry. */
    void forEach(Visitor v) {
        if (hasZero) v.visit(FREE, zeroValue);
        for (int i = 0; i < keys.length; i++) if (keys[i] != FREE) v.visit(keys[i], values[i]);
    }

    int[] keys() {
        int[] out = new int[size];
        int[] n = {0};
        forEach((k, val) -> out[n[0]++] = k);
        return out;
    }

    /** Keeps only the {@code keep} entries with the highest score; the rest are dropped. */
    void retainTop(int keep, Scorer scorer) {
        if (size <= keep) return;
        int[] ks = keys();
        float[] scores = new float[ks.length];
        for (int i = 0; i < ks.length; i++) scores[i] = scorer.score(ks[i], get(ks[i]));
        float[] sorted = scores.clone();
        Arrays.sort(sorted);
        float cut = sorted[sorted.length - keep];
        IntFloatMap kept = new IntFloatMap(keep);
        int taken = 0;
        for (int i = 0; i < ks.length && taken < keep; i++) {
            if (scores[i] >= cut) {
                kept.add(ks[i], get(ks[i]));
                taken++;
            }
        }
        keys = kept.keys;
        values = kept.values;
        hasZero = kept.hasZero;
        zeroValue = kept.zeroValue;
        size = kept.size;
    }

    private void grow() {
        int[] k = keys;
        float[] v = values;
        keys = new int[k.length * 2];
        values = new float[k.length * 2];
        size = hasZero ? 1 : 0;
        for (int i = 0; i < k.length; i++) if (k[i] != FREE) add(k[i], v[i]);
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9e3779b9;
        return (h ^ (h >>> 16)) & mask;
    }

    interface Visitor {
        void visit(int key, float value);
    }

    interface Scorer {
        float score(int key, float value);
    }
}
