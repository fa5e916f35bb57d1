package cn.zhuanban.schedule.engine;

/**
 * Task key to task number, open addressing over flat arrays. A HashMap would box every number and chase a node per
 * lookup; resolving link keys is the costliest step of compiling a plan, so it gets a flat table. Each slot packs the
 * key's hash code and its number + 1 into one long (0 = empty): a probe reads one array, and the key itself is only
 * compared when the hash codes agree.
 */
final class KeyIndex {

    private final long[] entries;
    private final String[] keys;
    private final int mask;
    private final int shift;

    KeyIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        entries = new long[capacity];
        keys = new String[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(mask);
    }

    /** Adds {@code key}; returns false when it is already present. */
    boolean add(String key, int value) {
        int hash = key.hashCode();
        int slot = slot(hash);
        for (long entry = entries[slot]; entry != 0; entry = entries[slot]) {
            if ((int) (entry >>> 32) == hash && keys[slot].equals(key)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        entries[slot] = ((long) hash << 32) | (value + 1L);
        keys[slot] = key;
        return true;
    }

    /** The number of {@code key}, or -1. */
    int get(String key) {
        int hash = key.hashCode();
        int slot = slot(hash);
        for (long entry = entries[slot]; entry != 0; entry = entries[slot]) {
            if ((int) (entry >>> 32) == hash) {
                String candidate = keys[slot];
                if (candidate == key || candidate.equals(key)) {
                    return (int) entry - 1;
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
