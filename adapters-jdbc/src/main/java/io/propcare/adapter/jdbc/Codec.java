package io.propcare.adapter.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes the small maps and lists stored in one text column (event details, payloads,
 * deadlines, explanations) as JSON strings, and instants as epoch nanoseconds.
 *
 * <p>Only what the adapter writes is read back: objects of strings and arrays of strings. Every
 * character round-trips, including quotes, backslashes, control characters and characters outside
 * the Basic Multilingual Plane.
 */
final class Codec {
    /** The earliest instant that fits a {@code BIGINT} of nanoseconds: 1677-09-21T00:12:43.145224192Z. */
    static final Instant MIN_INSTANT = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    /** The latest instant that fits: 2262-04-11T23:47:16.854775807Z. */
    static final Instant MAX_INSTANT = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private Codec() {
    }

    /** Whether an instant can be stored. */
    static boolean storable(Instant at) {
        return !at.isBefore(MIN_INSTANT) && !at.isAfter(MAX_INSTANT);
    }

    static long nanos(Instant at) {
        long seconds = at.getEpochSecond();
        int nano = at.getNano();
        if (seconds < 0 && nano > 0) {
            // keeps the product in range down to MIN_INSTANT
            return Math.addExact(Math.multiplyExact(seconds + 1, 1_000_000_000L), nano - 1_000_000_000L);
        }
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nano);
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    static String map(Map<String, String> map) {
        StringBuilder b = new StringBuilder(16 + map.size() * 32).append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            string(b, e.getKey()).append(':');
            string(b, e.getValue());
        }
        return b.append('}').toString();
    }

    static String list(List<String> list) {
        StringBuilder b = new StringBuilder(16 + list.size() * 32).append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, list.get(i));
        }
        return b.append(']').toString();
    }

    static Map<String, String> readMap(String text) {
        Reader r = new Reader(text);
        Map<String, String> map = new TreeMap<>();
        r.expect('{');
        if (!r.peek('}')) {
            do {
                String k = r.string();
                r.expect(':');
                map.put(k, r.string());
            } while (r.accept(','));
        }
        r.expect('}');
        r.end();
        return Collections.unmodifiableMap(map);
    }

    static List<String> readList(String text) {
        Reader r = new Reader(text);
        List<String> list = new ArrayList<>();
        r.expect('[');
        if (!r.peek(']')) {
            do {
                list.add(r.string());
            } while (r.accept(','));
        }
        r.expect(']');
        r.end();
        return List.copyOf(list);
    }

    private static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair (lone halves are escaped). */
    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A cursor over stored text; a malformed text is a storage failure, never silently read. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        boolean accept(char c) {
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!accept(c)) {
                throw bad("'" + c + "'");
            }
        }

        void end() {
            if (pos != text.length()) {
                throw bad("the end");
            }
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (pos >= text.length()) {
                    break;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw bad("four hex digits");
                        }
                        b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw bad("an escape");
                }
            }
            throw bad("'\"'");
        }

        private IllegalStateException bad(String expected) {
            return new IllegalStateException("stored JSON text is malformed at offset " + pos + ": expected "
                    + expected);
        }
    }
}
