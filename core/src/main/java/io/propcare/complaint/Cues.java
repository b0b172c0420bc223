package io.propcare.complaint;

import java.util.List;

/**
 * Negation and hypothetical cues ("没有", "not", "要是", "what if") that stop a rule term from
 * counting when they stand shortly before it in the same clause, and "resolved" cues
 * ("已经好了", "it's out now") that lower the urgency a rule forces by one level.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
record Cues(List<String> negations, int window, int englishWindow, List<String> hypotheticals, int hypotheticalWindow,
            int hypotheticalEnglishWindow, List<String> resolved) {

    /**
     * Whether a term starting at {@code at} is negated or hypothetical.
     *
     * @param norm the normalised text
     * @param at where the term starts
     * @return true when a cue stands before it in its clause, within the window
     */
    boolean blocks(String norm, int at) {
        int clause = at;
        while (clause > 0 && !Terms.isClauseEnd(norm.charAt(clause - 1))) {
            clause--;
        }
        return within(norm, clause, at, negations, window, englishWindow)
                || within(norm, clause, at, hypotheticals, hypotheticalWindow, hypotheticalEnglishWindow);
    }

    private static boolean within(String norm, int clause, int at, List<String> cues, int zh, int en) {
        for (String cue : cues) {
            int w = Terms.isLatin(cue.charAt(0)) ? en : zh;
            int start = Math.max(clause, at - w - cue.length());
            int found = Terms.find(norm, cue, start);
            if (found >= 0 && found + cue.length() <= at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text says the problem has already stopped.
     *
     * @param norm the normalised text
     * @return the resolved cue found, or null
     */
    String resolvedCue(String norm) {
        for (String cue : resolved) {
            if (Terms.find(norm, cue, 0) >= 0) {
                return cue;
            }
        }
        return null;
    }
}
