package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One checked and compiled rule. A rule fires when one of its {@code any} terms or {@code regex}
 * patterns occurs outside a negated or hypothetical context (or it has neither), every
 * {@code all} group occurs, no {@code unless} term occurs outside a negation ("not the usual cigarette
 * smell" does not hold a smoke rule back), and its field conditions (channels,
 * hours, months, location) hold. A resolved cue in {@code notResolvedBy} (normalised) does not lower
 * its urgency.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
record CompiledRule(String id, String description, int priority, int order, List<String> any, List<Pattern> regex,
                    List<List<String>> all, List<String> unless, Set<Channel> channels, LocalTime from, LocalTime to,
                    Set<Integer> months, Location location, Optional<Category> category, double weight, boolean force,
                    Optional<Urgency> urgency, Optional<Validity> validity, boolean negatable,
                    Set<String> notResolvedBy, List<Lowering> lowerings, List<long[]> anySignatures,
                    List<List<String>> regexAnchors) {

    /**
     * One place where the rule's urgency is one level lower ({@code lowerWhere}): normalised {@code terms}, one of
     * which must occur outside a negation, {@code with} terms, one of which must too unless there are none, and
     * {@code unless} terms, none of which may.
     *
     * @param terms the words that place the matter where it is less urgent (non-empty)
     * @param with words one of which must occur as well (empty: no such condition)
     * @param unless the words that keep it as urgent as the rule says
     * @param reason why, for the explanation
     */
    record Lowering(List<String> terms, List<String> with, List<String> unless, String reason) {
        Lowering {
            terms = List.copyOf(terms);
            with = List.copyOf(with);
            unless = List.copyOf(unless);
            Objects.requireNonNull(reason, "reason must not be null");
        }

        /** The first of {@code terms} found outside a negation when the lowering applies to the text, else null. */
        String appliesAt(String norm, Cues cues) {
            for (String u : unless) {
                if (unnegated(norm, u, cues)) {
                    return null;
                }
            }
            if (!with.isEmpty() && with.stream().noneMatch(w -> unnegated(norm, w, cues))) {
                return null;
            }
            for (String t : terms) {
                if (unnegated(norm, t, cues)) {
                    return t;
                }
            }
            return null;
        }
    }

    /**
     * Why this rule's urgency is one level lower in a text: the first of its {@code lowerWhere} entries that
     * applies, as {@code '车库': reason}; empty when none does.
     *
     * @param norm the normalised text
     * @param cues the negation cues
     * @return the term found and the entry's reason, for the explanation
     */
    Optional<String> loweredBy(String norm, Cues cues) {
        for (Lowering l : lowerings) {
            String t = l.appliesAt(norm, cues);
            if (t != null) {
                return Optional.of("'" + t + "': " + l.reason());
            }
        }
        return Optional.empty();
    }

    private static boolean unnegated(String norm, String t, Cues cues) {
        for (int at = Terms.find(norm, t, 0); at >= 0; at = Terms.find(norm, t, at + 1)) {
            if (!cues.negatedAt(norm, at)) {
                return true;
            }
        }
        return false;
    }

    private static final String META = "\\[]{}()*+?.^$|";
    private static final String[] NO_GROUPS = {};
    /** What {@link #joinGroups} puts between the terms of a rule of groups. */
    static final String GROUP_JOINER = " + ";

    /**
     * The literals one of which every match of a pattern must start with: the alternatives of a
     * leading group of plain alternatives such as {@code (电梯|lift|elevator)...}, or a leading run of
     * plain characters such as {@code give me...} (a character that a quantifier makes optional is
     * left out), after any leading {@code \b} or lookbehind. Empty when the pattern has none (or
     * has an alternation outside groups); then the pattern is always run. A pattern none of whose
     * anchors occurs in the text cannot match.
     *
     * @param pattern the normalised pattern
     * @return the anchors, or an empty list
     */
    static List<String> anchors(String pattern) {
        if (!alternativesOnlyInGroups(pattern)) {
            return List.of();
        }
        int i = 0;
        while (true) {
            if (pattern.startsWith("\\b", i)) {
                i += 2;
            } else if (pattern.startsWith("(?<!", i) || pattern.startsWith("(?<=", i)) {
                int end = pattern.indexOf(')', i);
                if (end < 0 || !plain(pattern, i + 4, end, false)) {
                    return List.of();
                }
                i = end + 1;
            } else {
                break;
            }
        }
        if (pattern.startsWith("(", i)) {
            int end = pattern.indexOf(')', i);
            if (pattern.startsWith("(?", i) || end < 0 || !plain(pattern, i + 1, end, true)
                    || (end + 1 < pattern.length() && "?*{".indexOf(pattern.charAt(end + 1)) >= 0)) {
                return List.of();
            }
            List<String> out = new java.util.ArrayList<>();
            for (String alt : pattern.substring(i + 1, end).split("\\|", -1)) {
                if (alt.isEmpty()) {
                    return List.of();
                }
                out.add(alt);
            }
            return List.copyOf(out);
        }
        int j = i;
        while (j < pattern.length() && META.indexOf(pattern.charAt(j)) < 0) {
            j++;
        }
        if (j < pattern.length() && "?*{".indexOf(pattern.charAt(j)) >= 0) {
            j--;
        }
        return j > i ? List.of(pattern.substring(i, j)) : List.of();
    }

    /** Whether {@code [from, to)} holds no regex syntax (but {@code |} when {@code bars}). */
    private static boolean plain(String s, int from, int to, boolean bars) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (META.indexOf(c) >= 0 && !(bars && c == '|')) {
                return false;
            }
        }
        return true;
    }

    /** Whether every {@code |} of a pattern is inside a group (escapes and character classes skipped). */
    private static boolean alternativesOnlyInGroups(String p) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    return false;
                }
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** Where the complaint was logged. */
    enum Location {
        ANY, UNIT, PUBLIC, BUILDING, ESTATE;

        boolean accepts(ComplaintText c) {
            switch (this) {
                case UNIT:
                    return c.hasUnit();
                case PUBLIC:
                    return !c.hasUnit();
                case BUILDING:
                    return !c.hasUnit() && c.hasBuilding();
                case ESTATE:
                    return !c.hasUnit() && !c.hasBuilding();
                default:
                    return true;
            }
        }
    }

    /**
     * Whether the complaint's fields (channel, location, month, time of day) meet the rule's conditions.
     *
     * @param c the complaint
     * @return true when every field condition holds
     */
    boolean fieldsAccept(ComplaintText c) {
        if (!channels.isEmpty() && !channels.contains(c.channel())) {
            return false;
        }
        if (!location.accepts(c)) {
            return false;
        }
        if (!months.isEmpty() && !months.contains(c.receivedAt().getMonthValue())) {
            return false;
        }
        if (from != null) {
            LocalTime t = c.receivedAt().toLocalTime();
            return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        }
        return true;
    }

    /**
     * Names what a rule of {@code all} groups alone matched: the term found of each group, in
     * group order, joined by {@code " + "} (for example {@code 师傅 + 态度}).
     *
     * @param found the first term found of each group
     * @return the joined names
     */
    static String joinGroups(String[] found) {
        return String.join(GROUP_JOINER, found);
    }

    /**
     * Matches the rule against a normalised text.
     *
     * @param c the complaint (for field conditions)
     * @param norm the normalised text
     * @param cues negation and hypothetical cues
     * @return the matched term or pattern text, empty when the rule does not fire
     */
    Optional<String> match(ComplaintText c, String norm, Cues cues) {
        return match(c, norm, Terms.signature(norm), cues);
    }

    /** Whether a group term occurs, outside a negation when the rule's terms may be negated. */
    private boolean affirmed(String norm, String t, Cues cues) {
        for (int at = Terms.find(norm, t, 0); at >= 0; at = Terms.find(norm, t, at + 1)) {
            if (!negatable || !cues.negatedAt(norm, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches the rule, with the text's character signature computed once by the caller.
     *
     * @param c the complaint
     * @param norm the normalised text
     * @param sig {@link Terms#signature} of {@code norm}
     * @param cues negation and hypothetical cues
     * @return the matched term or pattern text, empty when the rule does not fire
     */
    Optional<String> match(ComplaintText c, String norm, long[] sig, Cues cues) {
        if (!fieldsAccept(c)) {
            return Optional.empty();
        }
        for (String u : unless) {
            for (int at = Terms.find(norm, u, 0); at >= 0; at = Terms.find(norm, u, at + 1)) {
                if (!cues.negatedAt(norm, at)) {
                    return Optional.empty();
                }
            }
        }
        String[] names = all.isEmpty() ? NO_GROUPS : new String[all.size()];
        for (int g = 0; g < names.length; g++) {
            for (String t : all.get(g)) {
                if (affirmed(norm, t, cues)) {
                    names[g] = t;
                    break;
                }
            }
            if (names[g] == null) {
                return Optional.empty();
            }
        }
        if (any.isEmpty() && regex.isEmpty()) {
            return Optional.of(all.isEmpty() ? "(conditions)" : joinGroups(names));
        }
        for (int t = 0; t < any.size(); t++) {
            if (!Terms.mayContain(anySignatures.get(t), sig)) {
                continue;
            }
            String term = any.get(t);
            int from = 0;
            int at;
            while ((at = Terms.find(norm, term, from)) >= 0) {
                if (!negatable || !cues.blocks(norm, at)) {
                    return Optional.of(term);
                }
                from = at + 1;
            }
        }
        for (int x = 0; x < regex.size(); x++) {
            List<String> anchor = regexAnchors.get(x);
            if (!anchor.isEmpty()) {
                boolean any = false;
                for (String a : anchor) {
                    if (norm.contains(a)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    continue;
                }
            }
            Pattern p = regex.get(x);
            Matcher m = p.matcher(norm);
            while (m.find()) {
                if (!negatable || !cues.blocks(norm, m.start())) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }
}
