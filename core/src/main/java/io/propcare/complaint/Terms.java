package io.propcare.complaint;

import java.util.List;

/**
 * Finding terms in normalised text: Chinese terms anywhere; English terms only at a word start,
 * ending at a word end or followed by a common inflection ({@code s, es, ed, d, ing, er, ers, y, 's}).
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
final class Terms {
    private static final List<String> SUFFIXES = List.of("", "s", "es", "ed", "d", "ing", "er", "ers", "y", "'s");

    private Terms() {
    }

    /**
     * A 128-bit signature of the characters of a text: a term whose signature is not contained in
     * the text's cannot occur in it, which rejects most terms without searching.
     *
     * @param s the text
     * @return two longs
     */
    static long[] signature(String s) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < s.length(); i++) {
            int b = ((s.charAt(i) * 0x9E3779B1) >>> 25) & 127;
            if (b < 64) {
                lo |= 1L << b;
            } else {
                hi |= 1L << (b - 64);
            }
        }
        return new long[] {lo, hi};
    }

    /**
     * Whether every character bucket of a term is present in a text.
     *
     * @param term the term's signature
     * @param text the text's signature
     * @return false when the term certainly does not occur
     */
    static boolean mayContain(long[] term, long[] text) {
        return (term[0] & ~text[0]) == 0 && (term[1] & ~text[1]) == 0;
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * The first occurrence of a term at or after {@code from}.
     *
     * @param text the normalised text
     * @param term the normalised term
     * @param from where to start
     * @return the index, or -1
     */
    static int find(String text, String term, int from) {
        if (term.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(term, from);
        while (at >= 0) {
            if (isTermAt(text, at, term.length())) {
                return at;
            }
            at = text.indexOf(term, at + 1);
        }
        return -1;
    }

    /**
     * Whether the occurrence of a term at {@code [at, at + length)} counts: an English term must
     * start a word and end one (possibly with a common inflection after it).
     *
     * @param text the normalised text, holding the term at {@code at}
     * @param at where the occurrence starts
     * @param length the term's length, at least 1
     * @return true when the occurrence counts
     */
    static boolean isTermAt(String text, int at, int length) {
        return !(at > 0 && isLatin(text.charAt(at)) && isLatin(text.charAt(at - 1)))
                && (!isLatin(text.charAt(at + length - 1)) || endsWord(text, at + length));
    }

    private static boolean endsWord(String text, int end) {
        for (String s : SUFFIXES) {
            if (text.startsWith(s, end)) {
                int e = end + s.length();
                if (e >= text.length() || !isLatin(text.charAt(e))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a character ends a clause (negation and hypothetical cues do not reach across it). */
    static boolean isClauseEnd(char c) {
        return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\u3002'
                || c == '\u3001' || c == '\n' || c == '~' || c == '\uff5e';
    }
}
