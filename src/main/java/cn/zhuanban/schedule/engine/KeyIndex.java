package cn.zhuanban.schedule.engine;

/**
 * Task key to task number, open addressing over parallel arrays. A HashMap would box every number and chase a node
 * per lookup; resolving link keys is the costliest step of compiling a plan, so it gets a flat table.
 */
final class KeyIndex {

    private final String[] keys;
    private final int[] values;
    private final int mask;
    private final int shift;

    KeyIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(mask);
    }

    /** Adds {@code key}; returns false when it is already present. */
    boolean add(String key, int value) {
        int slot = slot(key);
        while (keys[slot] != null) {
            if (keys[slot].equals(key)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        return true;
    }

    /** The number of {@code key}, or -1. */
    int get(String key) {
        int slot = slot(key);
        for (String candidate = keys[slot]; candidate != null; candidate = keys[slot]) {
            if (candidate == key || candidate.equals(key)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(String key) {
        // Fibonacci hashing: the high bits of the product mix every bit of the String hash.
        return (key.hashCode() * 0x9E3779B9) >>> shift;
    }
}
