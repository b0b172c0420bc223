package io.propcare.complaint;

import io.propcare.model.complaint.ComplaintText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Every term of a rule set (the {@code any}, {@code all} and {@code unless} terms, the negation,
 * hypothetical and resolved cues, and the literals a regular expression needs) in one
 * {@link TermAutomaton}, so that a text is searched once for all of them; {@link #scan} gives the
 * per-text {@link Hits} from which each rule is decided exactly as {@link CompiledRule#match} does.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
final class RuleIndex {
    private static final int[] NONE = new int[0];

    private final Cues cues;
    private final TermAutomaton automaton;
    /** Per pattern: whether it is used as a term (word-boundary semantics of {@link Terms#find}). */
    private final boolean[] term;
    /** Per pattern: the groups of literals a regex needs (numbered through {@link RegexGate#firstNeed}) that hold it. */
    private final int[][] needRefs;
    /** Per pattern: window before a term in which it negates, or -1. */
    private final int[] negationWindow;
    /** Per pattern: window before a term in which it makes it hypothetical, or -1. */
    private final int[] hypotheticalWindow;
    /** Per pattern: pairs (rule order, index in the rule's any list). */
    private final int[][] anyRefs;
    /** Per pattern: the rule orders whose unless list holds it. */
    private final int[][] unlessRefs;
    /** Per pattern: the all-groups (numbered through {@link #groupBase}) that hold it. */
    private final int[][] allRefs;
    /** Per rule order: the number of its first all-group. */
    private final int[] groupBase;
    /** Per all-group: its terms as patterns, in the rule's order (to name the one found). */
    private final int[][] groupTerms;
    /** Per all-group: the order of the rule it belongs to. */
    private final int[] groupRule;
    /** Per rule order: whether its terms may be negated. */
    private final boolean[] negatable;
    /** Per rule order, per regex: the literals it needs and the anchors its matches start with. */
    private final RegexGate[][] regexGates;
    /** The resolved cues as patterns, in cue order. */
    private final int[] resolved;
    private final int groups;
    private final int needs;

    private RuleIndex(Cues cues, TermAutomaton automaton, boolean[] term, int[][] needRefs, int[] negationWindow,
                      int[] hypotheticalWindow, int[][] anyRefs, int[][] unlessRefs, int[][] allRefs, int[] groupBase,
                      int[][] groupTerms, int[] groupRule, boolean[] negatable, RegexGate[][] regexGates, int[] resolved,
                      int groups, int needs) {
        this.cues = cues;
        this.automaton = automaton;
        this.term = term;
        this.needRefs = needRefs;
        this.negationWindow = negationWindow;
        this.hypotheticalWindow = hypotheticalWindow;
        this.anyRefs = anyRefs;
        this.unlessRefs = unlessRefs;
        this.allRefs = allRefs;
        this.groupBase = groupBase;
        this.groupTerms = groupTerms;
        this.groupRule = groupRule;
        this.negatable = negatable;
        this.regexGates = regexGates;
        this.resolved = resolved;
        this.groups = groups;
        this.needs = needs;
    }

    /**
     * What a regex needs before it is run: one literal of each of its groups of literals must occur
     * (the anchors, then {@link RegexLiterals#required}); a match can only start where one of the
     * {@code anchors} ({@link CompiledRule#anchors}) occurs, so the search starts at the first of them.
     *
     * @param firstNeed the number of its first group of literals
     * @param needCount how many groups it has
     * @param anchors the anchors as patterns, or empty
     * @param anchorTexts the anchors, in the same order
     */
    private record RegexGate(int firstNeed, int needCount, int[] anchors, String[] anchorTexts) {
    }

    /** Collects the distinct patterns and what each is used for, while the index is built. */
    private static final class Builder {
        final Map<String, Integer> ids = new LinkedHashMap<>();
        final List<Boolean> term = new ArrayList<>();
        final List<Integer> negation = new ArrayList<>();
        final List<Integer> hypothetical = new ArrayList<>();
        final List<List<Integer>> any = new ArrayList<>();
        final List<List<Integer>> unless = new ArrayList<>();
        final List<List<Integer>> all = new ArrayList<>();
        final List<List<Integer>> need = new ArrayList<>();

        int id(String s) {
            Integer id = ids.get(s);
            if (id == null) {
                id = ids.size();
                ids.put(s, id);
                term.add(false);
                negation.add(-1);
                hypothetical.add(-1);
                any.add(new ArrayList<>());
                unless.add(new ArrayList<>());
                all.add(new ArrayList<>());
                need.add(new ArrayList<>());
            }
            return id;
        }

        /** The number of a pattern used as a term (word-boundary semantics). */
        int term(String s) {
            int id = id(s);
            term.set(id, true);
            return id;
        }

        void cues(List<String> list, List<Integer> windows, int window, int englishWindow) {
            for (String cue : list) {
                int id = term(cue);
                int w = Terms.isLatin(cue.charAt(0)) ? englishWindow : window;
                // a cue listed twice (or in both lists) keeps the widest reach, as the list scan does
                windows.set(id, Math.max(windows.get(id), w));
            }
        }

        static int[] ints(List<Integer> l) {
            return l.isEmpty() ? NONE : l.stream().mapToInt(Integer::intValue).toArray();
        }

        static int[][] table(List<List<Integer>> l) {
            int[][] t = new int[l.size()][];
            for (int i = 0; i < t.length; i++) {
                t[i] = ints(l.get(i));
            }
            return t;
        }
    }

    /**
     * Indexes a rule set.
     *
     * @param rules the rules; each one's {@link CompiledRule#order()} is distinct and below {@code rules.size()}
     * @param cues the cues
     * @return the index
     */
    static RuleIndex of(List<CompiledRule> rules, Cues cues) {
        Builder b = new Builder();
        b.cues(cues.negations(), b.negation, cues.window(), cues.englishWindow());
        b.cues(cues.hypotheticals(), b.hypothetical, cues.hypotheticalWindow(), cues.hypotheticalEnglishWindow());
        int[] resolved = new int[cues.resolved().size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = b.term(cues.resolved().get(i));
        }
        int n = rules.size();
        int[] groupBase = new int[n];
        boolean[] negatable = new boolean[n];
        RegexGate[][] regexGates = new RegexGate[n][];
        int groups = 0;
        int needs = 0;
        List<List<Integer>> groupTerms = new ArrayList<>();
        List<Integer> groupRule = new ArrayList<>();
        for (CompiledRule r : rules) {
            int o = r.order();
            negatable[o] = r.negatable();
            for (int t = 0; t < r.any().size(); t++) {
                List<Integer> refs = b.any.get(b.term(r.any().get(t)));
                refs.add(o);
                refs.add(t);
            }
            for (String u : r.unless()) {
                b.unless.get(b.term(u)).add(o);
            }
            groupBase[o] = groups;
            for (List<String> group : r.all()) {
                List<Integer> members = new ArrayList<>();
                for (String t : group) {
                    int id = b.term(t);
                    b.all.get(id).add(groups);
                    members.add(id);
                }
                groupTerms.add(members);
                groupRule.add(o);
                groups++;
            }
            regexGates[o] = new RegexGate[r.regex().size()];
            for (int x = 0; x < r.regex().size(); x++) {
                List<String> anchors = r.regexAnchors().get(x);
                Set<List<String>> needed = new LinkedHashSet<>();
                if (!anchors.isEmpty()) {
                    needed.add(anchors);
                }
                needed.addAll(RegexLiterals.required(r.regex().get(x).pattern()));
                int[] anchorIds = new int[anchors.size()];
                for (int k = 0; k < anchorIds.length; k++) {
                    anchorIds[k] = b.id(anchors.get(k));
                }
                regexGates[o][x] = new RegexGate(needs, needed.size(), anchorIds, anchors.toArray(String[]::new));
                for (List<String> group : needed) {
                    for (String a : group) {
                        b.need.get(b.id(a)).add(needs);
                    }
                    needs++;
                }
            }
        }
        int p = b.ids.size();
        boolean[] term = new boolean[p];
        int[] neg = new int[p];
        int[] hyp = new int[p];
        for (int i = 0; i < p; i++) {
            term[i] = b.term.get(i);
            neg[i] = b.negation.get(i);
            hyp[i] = b.hypothetical.get(i);
        }
        return new RuleIndex(cues, TermAutomaton.of(new ArrayList<>(b.ids.keySet())), term, Builder.table(b.need), neg, hyp,
                Builder.table(b.any), Builder.table(b.unless), Builder.table(b.all), groupBase, Builder.table(groupTerms), Builder.ints(groupRule), negatable,
                regexGates, resolved, groups, needs);
    }

    /**
     * Searches a normalised text once for every term.
     *
     * @param norm the normalised text
     * @return what was found, from which every rule can be decided
     */
    Hits scan(String norm) {
        return new Hits(norm);
    }

    /**
     * The terms found in one text and, per rule, what they decide. Not thread-safe; use it on the
     * thread that made it.
     */
    final class Hits {
        private final String norm;
        /** Occurrences that count as terms: pattern, start, pattern, start... in order of their end. */
        private int[] found = new int[32];
        private int count;
        private final long[] termFound;
        private final long[] literalFound;
        /** Per group of literals a regex needs: whether one of them occurs. */
        private final long[] needFound;
        /** Per rule order: the first of its any terms found outside a negated or hypothetical context, or MAX. */
        private final int[] firstAny;
        private final long[] unlessFound;
        /** Per rule order: whether one of its any terms occurred in a negated or hypothetical context. */
        private final long[] blockedFound;
        private final long[] groupFound;

        private Hits(String norm) {
            this.norm = norm;
            int p = automaton.size();
            termFound = new long[(p + 63) >>> 6];
            literalFound = new long[(p + 63) >>> 6];
            needFound = new long[(needs + 63) >>> 6];
            unlessFound = new long[(groupBase.length + 63) >>> 6];
            blockedFound = new long[(groupBase.length + 63) >>> 6];
            groupFound = new long[(groups + 63) >>> 6];
            firstAny = new int[groupBase.length];
            Arrays.fill(firstAny, Integer.MAX_VALUE);
            automaton.scan(norm, this::record);
            for (int i = 0; i < count; i += 2) {
                decide(found[i], found[i + 1]);
            }
        }

        private void record(int pattern, int start) {
            if (needRefs[pattern].length > 0 && !get(literalFound, pattern)) {
                set(literalFound, pattern);
                for (int g : needRefs[pattern]) {
                    set(needFound, g);
                }
            }
            if (term[pattern] && Terms.isTermAt(norm, start, automaton.length(pattern))) {
                set(termFound, pattern);
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = pattern;
                found[count++] = start;
            }
        }

        private void decide(int pattern, int start) {
            if (unlessRefs[pattern].length > 0 && !negated(start)) {
                for (int o : unlessRefs[pattern]) {
                    set(unlessFound, o);
                }
            }
            // a group's term under a negation ("地上还没积水") does not satisfy the group of a negatable rule; the
            // negation is looked up once, and only for a group not found yet
            int affirmed = -1;
            for (int g : allRefs[pattern]) {
                if (get(groupFound, g)) {
                    continue;
                }
                if (negatable[groupRule[g]]) {
                    if (affirmed < 0) {
                        affirmed = negated(start) ? 0 : 1;
                    }
                    if (affirmed == 0) {
                        continue;
                    }
                }
                set(groupFound, g);
            }
            int[] refs = anyRefs[pattern];
            if (refs.length == 0) {
                return;
            }
            int blocked = -1;
            for (int i = 0; i < refs.length; i += 2) {
                int o = refs[i];
                int t = refs[i + 1];
                if (t >= firstAny[o]) {
                    continue;
                }
                if (negatable[o]) {
                    if (blocked < 0) {
                        blocked = blocks(start) ? 1 : 0;
                    }
                    if (blocked == 1) {
                        set(blockedFound, o);
                        continue;
                    }
                }
                firstAny[o] = t;
            }
        }

        /**
         * Whether a negation or hypothetical cue stands before {@code at} in its clause, within its
         * window (a hypothetical cue may run into the term, as in {@link Cues#blocks}).
         */
        private boolean blocks(int at) {
            return cueBefore(at, true);
        }

        /** Whether a term occurs outside a negation (looked up again only to name a group's term found). */
        private boolean affirmed(int pattern) {
            if (!get(termFound, pattern)) {
                return false;
            }
            for (int i = 0; i < count; i += 2) {
                if (found[i] == pattern && !negated(found[i + 1])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a negation cue (not an excepted word) stands before {@code at} in its clause, within its window. */
        private boolean negated(int at) {
            return cueBefore(at, false);
        }

        private boolean cueBefore(int at, boolean hypotheticalToo) {
            int clause = Terms.clauseStart(norm, at);
            for (int i = 0; i < count; i += 2) {
                int c = found[i];
                int pos = found[i + 1];
                int len = automaton.length(c);
                if (pos < clause || pos >= at) {
                    continue;
                }
                if ((negationWindow[c] >= 0 && pos + len <= at && pos >= at - negationWindow[c] - len
                        && !cues.excepted(norm, pos, len))
                        || (hypotheticalToo && hypotheticalWindow[c] >= 0 && pos >= at - hypotheticalWindow[c] - len)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The first resolved cue (in cue order) the text contains.
         *
         * @return the cue, or null
         */
        String resolvedCue() {
            for (int i = 0; i < resolved.length; i++) {
                if (get(termFound, resolved[i])) {
                    // a cue is in the text: whether a negation cancels it is decided by the cue list itself
                    return cues.resolvedCue(norm);
                }
            }
            return null;
        }

        /**
         * Whether one of the rule's any terms occurs only to be denied or imagined: after a
         * negation or hypothetical cue ("打不着火", "what if someone is trapped").
         *
         * @param r a rule of the indexed set
         * @return whether such a term occurs
         */
        boolean termBlocked(CompiledRule r) {
            return get(blockedFound, r.order());
        }

        /**
         * Whether one of the rule's {@code unless} terms occurs in the text outside a negation,
         * whether or not the rule would fire otherwise.
         *
         * @param r a rule of the indexed set
         * @return whether an unless term occurs
         */
        boolean unlessFound(CompiledRule r) {
            return get(unlessFound, r.order());
        }

        /**
         * The term or pattern text of a rule that occurs while one of its {@code all} groups does not: the
         * rule looked at the text and declined ("water through the light" with no word of it gathering on
         * the floor). Its unless terms and negated or hypothetical occurrences count as for
         * {@link #match}; field conditions are not checked.
         *
         * @param r a rule of the indexed set
         * @return "'occurring text' without any of 'a', 'b', 'c' …" (the first words of the first missing
         *         group), empty when the rule fires, has no groups, or none of its terms or patterns occurs
         */
        Optional<String> declined(CompiledRule r) {
            int o = r.order();
            if (r.all().isEmpty() || get(unlessFound, o)) {
                return Optional.empty();
            }
            int missing = -1;
            for (int g = 0; g < r.all().size() && missing < 0; g++) {
                if (!get(groupFound, groupBase[o] + g)) {
                    missing = g;
                }
            }
            if (missing < 0) {
                return Optional.empty();
            }
            List<String> group = r.all().get(missing);
            String without = "' without any of '" + String.join("', '", group.subList(0, Math.min(3, group.size())))
                    + (group.size() > 3 ? "' …" : "'");
            if (firstAny[o] != Integer.MAX_VALUE) {
                return Optional.of("'" + r.any().get(firstAny[o]) + without);
            }
            return firstPatternMatch(r).map(m -> "'" + m + without);
        }

        /** The first match of the rule's patterns outside a negated or hypothetical context (if negatable), or empty. */
        private Optional<String> firstPatternMatch(CompiledRule r) {
            int o = r.order();
            for (int x = 0; x < r.regex().size(); x++) {
                RegexGate gate = regexGates[o][x];
                if (!needsMet(gate)) {
                    continue;
                }
                Matcher m = r.regex().get(x).matcher(norm);
                for (boolean found = m.find(firstAnchor(gate)); found; found = m.find()) {
                    if (!r.negatable() || !blocks(m.start())) {
                        return Optional.of(m.group());
                    }
                }
            }
            return Optional.empty();
        }

        /** Whether one literal of each group a regex needs occurs. */
        private boolean needsMet(RegexGate gate) {
            for (int g = gate.firstNeed(); g < gate.firstNeed() + gate.needCount(); g++) {
                if (!get(needFound, g)) {
                    return false;
                }
            }
            return true;
        }

        /** Where the first of a regex's anchors occurs (no match starts before it), or 0 when it has none. */
        private int firstAnchor(RegexGate gate) {
            int first = gate.anchors().length == 0 ? 0 : norm.length();
            for (int k = 0; k < gate.anchors().length; k++) {
                if (get(literalFound, gate.anchors()[k])) {
                    first = Math.min(first, norm.indexOf(gate.anchorTexts()[k]));
                }
            }
            return first;
        }

        /** The first term found of each of the rule's all-groups, joined as {@link CompiledRule#joinGroups} does. */
        private String groupsFound(CompiledRule r) {
            String[] names = new String[r.all().size()];
            for (int g = 0; g < names.length; g++) {
                int[] members = groupTerms[groupBase[r.order()] + g];
                for (int t = 0; t < members.length; t++) {
                    if (r.negatable() ? affirmed(members[t]) : get(termFound, members[t])) {
                        names[g] = r.all().get(g).get(t);
                        break;
                    }
                }
            }
            return CompiledRule.joinGroups(names);
        }

        /**
         * Matches a rule of the indexed set; the same answer as {@link CompiledRule#match}.
         *
         * @param r the rule
         * @param c the complaint (for field conditions)
         * @return the matched term or pattern text, empty when the rule does not fire
         */
        Optional<String> match(CompiledRule r, ComplaintText c) {
            int o = r.order();
            if (!r.fieldsAccept(c) || get(unlessFound, o)) {
                return Optional.empty();
            }
            for (int g = 0; g < r.all().size(); g++) {
                if (!get(groupFound, groupBase[o] + g)) {
                    return Optional.empty();
                }
            }
            if (r.any().isEmpty() && r.regex().isEmpty()) {
                return Optional.of(r.all().isEmpty() ? "(conditions)" : groupsFound(r));
            }
            if (firstAny[o] != Integer.MAX_VALUE) {
                return Optional.of(r.any().get(firstAny[o]));
            }
            return firstPatternMatch(r);
        }
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    private static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }
}
