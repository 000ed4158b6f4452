package vigil.stories;

import java.util.Arrays;

/** Open-addressing long → int map without boxing; the index structures hold millions of keys. */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        used = new boolean[cap];
    }

    int size() {
        return size;
    }

    /** The value of a key, or {@code missing}. */
    int get(long key, int missing) {
        int mask = keys.length - 1;
        for (int i = (int) Words.mix64(key) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
        }
        return missing;
    }

    /** Sets a key and returns its previous value, or {@code missing}. */
    int put(long key, int value, int missing) {
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        int i = (int) Words.mix64(key) & mask;
        for (; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
        return missing;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) if (u[i]) put(k[i], v[i], 0);
    }

    void clear() {
        Arrays.fill(used, false);
        size = 0;
    }
}
