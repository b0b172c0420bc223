package io.propcare.complaint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over a list of distinct non-empty strings: one pass over a text
 * reports every occurrence of every string (overlapping ones included), so the cost of a scan grows
 * with the length of the text and the number of occurrences, not with the number of strings.
 * Transitions live in one open-addressing table keyed by (state, character).
 *
 * <p>Implementation requirements: immutable and thread-safe once built.
 */
final class TermAutomaton {
    /** Receives the occurrences found by {@link #scan}. */
    @FunctionalInterface
    interface Sink {
        /**
         * One occurrence.
         *
         * @param pattern the index of the string in the list the automaton was built from
         * @param start where it starts in the text
         */
        void found(int pattern, int start);
    }

    private static final int ROOT = 0;

    private final int[] lengths;
    /** The pattern ending exactly at a state, or -1. */
    private final int[] output;
    /** The nearest state on the failure chain that has an output, or -1. */
    private final int[] dictionary;
    private final int[] failure;
    private final long[] keys;
    private final int[] targets;
    private final int mask;

    private TermAutomaton(int[] lengths, int[] output, int[] dictionary, int[] failure, long[] keys, int[] targets) {
        this.lengths = lengths;
        this.output = output;
        this.dictionary = dictionary;
        this.failure = failure;
        this.keys = keys;
        this.targets = targets;
        this.mask = keys.length - 1;
    }

    /**
     * Builds the automaton.
     *
     * @param patterns distinct, non-empty strings
     * @return the automaton
     * @throws IllegalArgumentException if a string is empty or repeated
     */
    static TermAutomaton of(List<String> patterns) {
        List<int[]> children = new ArrayList<>();
        List<Integer> outs = new ArrayList<>();
        children.add(new int[0]);
        outs.add(-1);
        java.util.HashMap<Long, Integer> edges = new java.util.HashMap<>();
        int[] lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("pattern " + p + " must not be empty");
            }
            lengths[p] = s.length();
            int state = ROOT;
            for (int i = 0; i < s.length(); i++) {
                long key = key(state, s.charAt(i));
                Integer next = edges.get(key);
                if (next == null) {
                    next = children.size();
                    children.add(new int[0]);
                    outs.add(-1);
                    edges.put(key, next);
                    int[] c = children.get(state);
                    c = Arrays.copyOf(c, c.length + 1);
                    c[c.length - 1] = s.charAt(i);
                    children.set(state, c);
                }
                state = next;
            }
            if (outs.get(state) >= 0) {
                throw new IllegalArgumentException("pattern " + p + " repeats pattern " + outs.get(state) + ": '" + s + "'");
            }
            outs.set(state, p);
        }
        int n = children.size();
        int capacity = Integer.highestOneBit(Math.max(4, edges.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        Arrays.fill(keys, -1L);
        int[] targets = new int[capacity];
        int[] output = new int[n];
        for (int s = 0; s < n; s++) {
            output[s] = outs.get(s);
        }
        int[] failure = new int[n];
        int[] dictionary = new int[n];
        TermAutomaton a = new TermAutomaton(lengths, output, dictionary, failure, keys, targets);
        edges.forEach(a::put);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        dictionary[ROOT] = -1;
        queue.add(ROOT);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int c : children.get(u)) {
                int v = a.get(u, (char) c);
                failure[v] = u == ROOT ? ROOT : a.step(failure[u], (char) c);
                int f = failure[v];
                dictionary[v] = output[f] >= 0 ? f : dictionary[f];
                queue.add(v);
            }
        }
        return a;
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private void put(long key, int target) {
        int i = slot(key);
        while (keys[i] != -1L) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        targets[i] = target;
    }

    /** The child of a state on a character, or -1. */
    private int get(int state, char c) {
        long key = key(state, c);
        int i = slot(key);
        long k;
        while ((k = keys[i]) != -1L) {
            if (k == key) {
                return targets[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The state after reading {@code c} in {@code state}, following failure links. */
    private int step(int state, char c) {
        int s = state;
        while (true) {
            int next = get(s, c);
            if (next >= 0) {
                return next;
            }
            if (s == ROOT) {
                return ROOT;
            }
            s = failure[s];
        }
    }

    /**
     * Reports every occurrence of every pattern in a text, ordered by where they end (and, for
     * occurrences ending at the same place, longest first).
     *
     * @param text the text
     * @param sink receives each occurrence
     */
    void scan(CharSequence text, Sink sink) {
        int s = ROOT;
        for (int i = 0; i < text.length(); i++) {
            s = step(s, text.charAt(i));
            for (int o = output[s] >= 0 ? s : dictionary[s]; o >= 0; o = dictionary[o]) {
                int p = output[o];
                sink.found(p, i + 1 - lengths[p]);
            }
        }
    }

    /**
     * The length of a pattern.
     *
     * @param pattern its index
     * @return its length
     */
    int length(int pattern) {
        return lengths[pattern];
    }

    /**
     * How many patterns the automaton holds.
     *
     * @return the count
     */
    int size() {
        return lengths.length;
    }
}
