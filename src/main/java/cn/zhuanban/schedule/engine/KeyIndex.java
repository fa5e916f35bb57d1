package cn.zhuanban.schedule.engine;

/**
 * Task key to task number, open addressing over a flat array. A HashMap would box every number and chase a node per
 * lookup; resolving link keys is the costliest step of compiling a plan, so it gets a flat table. Each slot packs the
 * key's hash code and its number + 1 into one long (0 = empty): a probe reads one array, and the key itself is only
 * compared when the hash codes agree, taken from the task table's key array by its number (no second table of
 * references to fill and keep in step).
 */
final class KeyIndex {

    private final long[] entries;
    /** Keys by task number; the caller fills a number's key before adding the next key. */
    private final String[] keys;

    private final int mask;
    private final int shift;

    KeyIndex(String[] keys) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2) - 1) << 1;
        this.entries = new long[capacity];
        this.keys = keys;
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(mask);
    }

    /** Adds {@code key} as number {@code value}; returns false when it is already present. */
    boolean add(String key, int value) {
        int hash = key.hashCode();
        int slot = slot(hash);
        for (long entry = entries[slot]; entry != 0; entry = entries[slot]) {
            if ((int) (entry >>> 32) == hash && keys[(int) entry - 1].equals(key)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        entries[slot] = ((long) hash << 32) | (value + 1L);
        return true;
    }

    /** The number of {@code key}, or -1. */
    int get(String key) {
        int hash = key.hashCode();
        int slot = slot(hash);
        for (long entry = entries[slot]; entry != 0; entry = entries[slot]) {
            if ((int) (entry >>> 32) == hash) {
                int value = (int) entry - 1;
                String candidate = keys[value];
                if (candidate == key || candidate.equals(key)) {
                    return value;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(int hash) {
        // Fibonacci hashing: the high bits of the product mix every bit of the String hash.
        return (hash * 0x9E3779B9) >>> shift;
    }
}
