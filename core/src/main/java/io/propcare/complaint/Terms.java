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
        boolean latinStart = isLatin(term.charAt(0));
        boolean latinEnd = isLatin(term.charAt(term.length() - 1));
        int at = text.indexOf(term, from);
        while (at >= 0) {
            if (!(latinStart && at > 0 && isLatin(text.charAt(at - 1))) && (!latinEnd || endsWord(text, at + term.length()))) {
                return at;
            }
            at = text.indexOf(term, at + 1);
        }
        return -1;
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
