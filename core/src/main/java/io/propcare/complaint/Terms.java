package io.propcare.complaint;

import java.util.regex.Pattern;

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
     * start a word and end one (possibly with a common inflection after it), and a number in a term
     * must not be part of a longer number ({@code 119} is not in a flat number {@code 1119}).
     *
     * @param text the normalised text, holding the term at {@code at}
     * @param at where the occurrence starts
     * @param length the term's length, at least 1
     * @return true when the occurrence counts
     */
    static boolean isTermAt(String text, int at, int length) {
        return !(at > 0 && isLatin(text.charAt(at)) && isLatin(text.charAt(at - 1)))
                && (!isLatin(text.charAt(at + length - 1)) || endsWord(text, at + length))
                && !(at > 0 && isDigit(text.charAt(at)) && isDigit(text.charAt(at - 1)))
                && !(at + length < text.length() && isDigit(text.charAt(at + length - 1))
                        && isDigit(text.charAt(at + length)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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

    /** A boundary between a letter, digit or underscore of ASCII and anything else (or the text's ends). */
    private static final String LATIN_BOUNDARY = "(?:(?<=[a-z0-9_])(?![a-z0-9_])|(?<![a-z0-9_])(?=[a-z0-9_]))";

    /**
     * Compiles a rule's regular expression (already normalised) so that {@code \b} is a boundary of
     * ASCII words on every JDK: a Chinese character next to a Latin word is a boundary, as the term
     * matcher treats it ({@code 走廊里gas的smell} holds the word {@code gas}). Up to JDK 18,
     * {@code \b} counted every Unicode letter as a word character, so {@code \bgas\b} did not
     * match after {@code 里} on JDK 17; JDK 19 made {@code \b} agree with {@code \w} (JDK-8264160).
     * The rewritten pattern gives every JDK the answer of JDK 19.
     *
     * @param regex the normalised pattern
     * @return the compiled pattern
     * @throws java.util.regex.PatternSyntaxException if the pattern is not a regular expression
     */
    static Pattern compileRegex(String regex) {
        return Pattern.compile(latinBoundaries(regex));
    }

    /**
     * The pattern with every {@code \b} outside a character class written as {@link #LATIN_BOUNDARY},
     * or as its one-sided half where a literal word character stands next to it ({@code \bgas\b}
     * becomes {@code (?<![a-z0-9_])gas(?![a-z0-9_])}), which is the same condition and cheaper.
     */
    static String latinBoundaries(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (next == 'b' && !inClass) {
                    // next to a literal word character one side of the boundary is known
                    char after = i + 2 < regex.length() ? regex.charAt(i + 2) : 0;
                    char before = out.length() > 0 ? out.charAt(out.length() - 1) : 0;
                    boolean beforeEscaped = out.length() > 1 && out.charAt(out.length() - 2) == '\\';
                    if ((isAsciiWord(after) && !quantifier(regex, i + 3)) || groupStartsWithWord(regex, i + 2)) {
                        out.append("(?<![a-z0-9_])");
                    } else if (isAsciiWord(before) && !beforeEscaped) {
                        out.append("(?![a-z0-9_])");
                    } else {
                        out.append(LATIN_BOUNDARY);
                    }
                } else {
                    out.append(c).append(next);
                }
                i++;
            } else {
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a group opens at {@code at}, is not optional, and each of its top-level alternatives
     * starts with a literal word character that is not optional: then a match there starts with a
     * word character, and a boundary before it only needs a non-word character (or the start) behind.
     */
    static boolean groupStartsWithWord(String regex, int at) {
        if (at >= regex.length() || regex.charAt(at) != '(' || regex.startsWith("(?", at)) {
            return false;
        }
        int depth = 0;
        boolean altStart = true;
        for (int i = at + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (altStart) {
                if (!isAsciiWord(c) || quantifier(regex, i + 1)) {
                    return false;
                }
                altStart = false;
            }
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = regex.indexOf(']', i + 1);
                if (close < 0) {
                    return false;
                }
                i = close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return !quantifier(regex, i + 1);
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                altStart = true;
            }
        }
        return false;
    }

    private static boolean isAsciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Whether a quantifier that could make the preceding character optional stands at {@code at}. */
    private static boolean quantifier(String regex, int at) {
        return at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*' || regex.charAt(at) == '{');
    }

    /**
     * Where the clause holding {@code at} starts: just after the last clause end before it, or 0.
     *
     * @param text the normalised text
     * @param at a position in it
     * @return the start of its clause
     */
    static int clauseStart(String text, int at) {
        int clause = at;
        while (clause > 0 && !isClauseEnd(text.charAt(clause - 1))) {
            clause--;
        }
        return clause;
    }

    /** Whether a character ends a clause (negation and hypothetical cues do not reach across it). */
    static boolean isClauseEnd(char c) {
        return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\u3002'
                || c == '\u3001' || c == '\n' || c == '~' || c == '\uff5e';
    }
}
