package io.propcare.complaint;

import java.util.List;

/**
 * A fixed vocabulary of feature names numbered from 0, looked up from characters in a buffer
 * without making a {@code String}: an open-addressing table from a 64-bit hash of the characters
 * to the number, each hit confirmed by comparing the characters with the name (so a hash
 * collision can never make one feature count as another).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
final class FeatureTable {
    private final String[] names;
    /** The names' characters one after another: name {@code f} is {@code chars[starts[f], starts[f + 1])}. */
    private final char[] chars;
    private final int[] starts;
    private final long[] hashes;
    /** Feature number + 1 per slot; 0 marks an empty slot. */
    private final int[] slots;
    private final int mask;

    private FeatureTable(String[] names) {
        this.names = names;
        int capacity = Integer.highestOneBit(Math.max(8, names.length * 2 - 1)) << 1;
        this.hashes = new long[capacity];
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.starts = new int[names.length + 1];
        for (int f = 0; f < names.length; f++) {
            starts[f + 1] = starts[f] + names[f].length();
        }
        this.chars = new char[starts[names.length]];
        for (int f = 0; f < names.length; f++) {
            names[f].getChars(0, names[f].length(), chars, starts[f]);
        }
        for (int f = 0; f < names.length; f++) {
            long h = hash(names[f]);
            int i = slot(h);
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            slots[i] = f + 1;
        }
    }

    /**
     * A table of names.
     *
     * @param names distinct names; the number of each is its position
     * @return the table
     */
    static FeatureTable of(List<String> names) {
        return new FeatureTable(names.toArray(String[]::new));
    }

    /** FNV-1a over UTF-16 code units. */
    static long hash(char[] s, int from, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + length; i++) {
            h = (h ^ s[i]) * 0x100000001b3L;
        }
        return h;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private int slot(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /**
     * The number of the feature spelled by {@code s[from, from + length)}.
     *
     * @param s the buffer
     * @param from where the name starts
     * @param length its length
     * @return the number, or -1 when it is not in the table
     */
    int indexOf(char[] s, int from, int length) {
        long h = hash(s, from, length);
        for (int i = slot(h); slots[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && equal(slots[i] - 1, s, from, length)) {
                return slots[i] - 1;
            }
        }
        return -1;
    }

    /**
     * The number of a feature.
     *
     * @param name the name
     * @return the number, or -1 when it is not in the table
     */
    int indexOf(String name) {
        return indexOf(name.toCharArray(), 0, name.length());
    }

    /** Whether name {@code f} is spelled by {@code s[from, from + length)}; compared in the flat {@link #chars}. */
    private boolean equal(int f, char[] s, int from, int length) {
        int at = starts[f];
        if (starts[f + 1] - at != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[at + i] != s[from + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A feature's name.
     *
     * @param f its number
     * @return the name
     */
    String name(int f) {
        return names[f];
    }

    /**
     * How many features the table holds.
     *
     * @return the count
     */
    int size() {
        return names.length;
    }
}
