package io.propcare.complaint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal text every match of a regular expression must contain, read from the pattern: a
 * list of groups, each a list of literals one of which occurs in every match. A text lacking every
 * literal of some group cannot match, so the regex need not run on it. {@code (整栋|全楼)[^,]{0,8}(停电|没电)}
 * needs {@code [整栋, 全楼]} and {@code [停电, 没电]}; {@code \d+ ?% ?lel} needs {@code [lel]}.
 *
 * <p>A literal is a run of plain characters (an escaped punctuation character or a class of one
 * character such as {@code [?]} counts as one) that no quantifier makes optional; a group of
 * alternatives contributes one literal per alternative when every alternative has one. Lookarounds,
 * classes, {@code .} and escapes such as {@code \d} end a run. A group that is optional contributes
 * nothing. A pattern with a construct this reader does not know (inline flags, named groups,
 * {@code \Q}, {@code \p} and the like) needs nothing: it is always run. Runs of a single ASCII letter,
 * digit or space are left out, as nearly every text holds one.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
final class RegexLiterals {
    private static final String CLASS_ESCAPES = "bBdDsSwWAzZG";

    private final String p;
    private int i;

    private RegexLiterals(String pattern) {
        this.p = pattern;
    }

    /** A construct this reader does not know. */
    private static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    /**
     * The literals a pattern's every match contains.
     *
     * @param pattern the pattern as compiled
     * @return the groups of literals, one literal of each group in every match; empty when nothing is known
     */
    static List<List<String>> required(String pattern) {
        if (pattern.contains("\\Q")) {
            return List.of();
        }
        RegexLiterals r = new RegexLiterals(pattern);
        try {
            List<List<List<String>>> alternatives = r.alternation();
            if (r.i != pattern.length()) {
                return List.of();
            }
            List<List<String>> out = alternatives.size() == 1 ? alternatives.get(0) : union(alternatives);
            Set<List<String>> distinct = new LinkedHashSet<>();
            for (List<String> group : out) {
                if (group.stream().allMatch(RegexLiterals::selective)) {
                    distinct.add(List.copyOf(group));
                }
            }
            return List.copyOf(distinct);
        } catch (Unknown | RuntimeException e) {
            return List.of();
        }
    }

    /** Whether a literal is rare enough to be worth looking for. */
    private static boolean selective(String literal) {
        if (literal.length() > 1) {
            return true;
        }
        char c = literal.charAt(0);
        return !(c == ' ' || Terms.isLatin(c) || (c >= '0' && c <= '9'));
    }

    /** Alternatives up to the closing parenthesis of the group (not consumed) or the end: each its groups. */
    private List<List<List<String>>> alternation() throws Unknown {
        List<List<List<String>>> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            alternatives.add(sequence());
        }
        return alternatives;
    }

    /** One group holding, per alternative, the literals of its best group; empty when some alternative has none. */
    private static List<List<String>> union(List<List<List<String>>> alternatives) {
        List<String> literals = new ArrayList<>();
        for (List<List<String>> alternative : alternatives) {
            List<String> best = best(alternative);
            if (best == null) {
                return List.of();
            }
            literals.addAll(best);
        }
        return List.of(literals);
    }

    /** The group whose shortest literal is longest (fewer literals on a tie), or null. */
    private static List<String> best(List<List<String>> groups) {
        List<String> best = null;
        for (List<String> g : groups) {
            if (!g.stream().allMatch(RegexLiterals::selective)) {
                continue;
            }
            if (best == null || shortest(g) > shortest(best)
                    || (shortest(g) == shortest(best) && g.size() < best.size())) {
                best = g;
            }
        }
        return best;
    }

    private static int shortest(List<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String s : literals) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    /** The groups of one alternative, up to {@code |}, {@code )} or the end. */
    private List<List<String>> sequence() throws Unknown {
        List<List<String>> groups = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            char c = p.charAt(i);
            if (c == '(') {
                flush(run, groups);
                List<List<String>> inner = group();
                if (!optional()) {
                    groups.addAll(inner);
                }
            } else if (c == '[') {
                char single = characterClass();
                if (single != 0) {
                    literal(single, run, groups);
                } else {
                    flush(run, groups);
                    optional();
                }
            } else if (c == '\\') {
                if (i + 1 >= p.length()) {
                    throw new Unknown();
                }
                char e = p.charAt(i + 1);
                i += 2;
                if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
                    if (CLASS_ESCAPES.indexOf(e) < 0) {
                        throw new Unknown();
                    }
                    flush(run, groups);
                    optional();
                } else {
                    literal(e, run, groups);
                }
            } else if (c == '.' || c == '^' || c == '$') {
                i++;
                flush(run, groups);
                optional();
            } else if (c == '?' || c == '*' || c == '+' || c == '{') {
                throw new Unknown();
            } else if (Character.isSurrogate(c)) {
                // a quantifier after a supplementary character applies to both of its halves
                throw new Unknown();
            } else {
                i++;
                literal(c, run, groups);
            }
        }
        flush(run, groups);
        return groups;
    }

    /** A plain character just read: joins the run unless a quantifier follows it. */
    private void literal(char c, StringBuilder run, List<List<String>> groups) throws Unknown {
        int before = i;
        boolean optional = optional();
        if (i == before) {
            run.append(c);
        } else {
            // a repeated or optional character ends the run (a repeated one still occurs once)
            if (!optional) {
                run.append(c);
            }
            flush(run, groups);
        }
    }

    private static void flush(StringBuilder run, List<List<String>> groups) {
        if (run.length() > 0) {
            groups.add(List.of(run.toString()));
            run.setLength(0);
        }
    }

    /**
     * A group at {@code (}: its literals (none for a lookaround), read up to and past its {@code )}.
     */
    private List<List<String>> group() throws Unknown {
        boolean lookaround = false;
        i++;
        if (p.startsWith("?:", i)) {
            i += 2;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            lookaround = true;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            lookaround = true;
        } else if (i < p.length() && p.charAt(i) == '?') {
            throw new Unknown();
        }
        List<List<List<String>>> alternatives = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new Unknown();
        }
        i++;
        if (lookaround) {
            return List.of();
        }
        return alternatives.size() == 1 ? alternatives.get(0) : union(alternatives);
    }

    /**
     * A character class at {@code [}, read past its {@code ]}.
     *
     * @return its one character when it holds exactly one plain character (as {@code [?]}), else 0
     */
    private char characterClass() throws Unknown {
        i++;
        boolean plain = true;
        if (i < p.length() && p.charAt(i) == '^') {
            plain = false;
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            throw new Unknown();
        }
        int members = 0;
        char only = 0;
        while (i < p.length() && p.charAt(i) != ']') {
            char c = p.charAt(i);
            if (c == '[') {
                throw new Unknown();
            }
            if (c == '-' || c == '&') {
                plain = false;
            } else if (c == '\\') {
                if (i + 1 >= p.length()) {
                    throw new Unknown();
                }
                c = p.charAt(++i);
                if (Character.isLetterOrDigit(c)) {
                    plain = false;
                }
            }
            only = c;
            members++;
            i++;
        }
        if (i >= p.length()) {
            throw new Unknown();
        }
        i++;
        return plain && members == 1 ? only : 0;
    }

    /**
     * Reads a quantifier at the current position, if any (with its lazy or possessive mark).
     *
     * @return whether it lets the preceding element match nothing ({@code ?}, {@code *}, {@code {0,n}})
     */
    private boolean optional() throws Unknown {
        if (i >= p.length()) {
            return false;
        }
        char c = p.charAt(i);
        boolean optional;
        if (c == '?' || c == '*') {
            optional = true;
            i++;
        } else if (c == '+') {
            optional = false;
            i++;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
                throw new Unknown();
            }
            String min = p.substring(i + 1, close).split(",", -1)[0].trim();
            if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
                throw new Unknown();
            }
            optional = Integer.parseInt(min) == 0;
            i = close + 1;
        } else {
            return false;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
        return optional;
    }
}
