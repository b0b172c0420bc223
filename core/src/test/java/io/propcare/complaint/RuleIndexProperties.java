package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.From;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The Aho–Corasick automaton and the rule index against the straightforward searches they replace:
 * {@link String#indexOf} for every pattern, and {@link CompiledRule#match} (term by term with
 * {@link Terms#find} and {@link Cues#blocks}) for every rule.
 */
class RuleIndexProperties {
    /** Few letters, so that random terms overlap, share prefixes and occur in random texts. */
    private static final char[] ALPHABET = "abs'y 不水,".toCharArray();
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-04T10:15:00+08:00");

    private static Arbitrary<String> strings(int min, int max) {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(min).ofMaxLength(max);
    }

    @Provide
    Arbitrary<List<String>> patterns() {
        return strings(1, 4).set().ofMinSize(1).ofMaxSize(25).map(ArrayList::new);
    }

    @Provide
    Arbitrary<String> texts() {
        return strings(1, 4).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void theAutomatonReportsExactlyTheOccurrencesIndexOfFinds(@ForAll("patterns") List<String> patterns,
                                                              @ForAll("texts") String text) {
        Set<List<Integer>> expected = new HashSet<>();
        for (int p = 0; p < patterns.size(); p++) {
            for (int at = text.indexOf(patterns.get(p)); at >= 0; at = text.indexOf(patterns.get(p), at + 1)) {
                expected.add(List.of(p, at));
            }
        }
        List<List<Integer>> got = new ArrayList<>();
        TermAutomaton.of(patterns).scan(text, (p, at) -> got.add(List.of(p, at)));
        assertThat(got).doesNotHaveDuplicates();
        assertThat(new HashSet<>(got)).isEqualTo(expected);
    }

    /** A random rule: some any, unless and all terms over the small alphabet, maybe a regex. */
    @Provide
    Arbitrary<String> rules() {
        Arbitrary<List<String>> terms = strings(1, 4).list().ofMaxSize(6);
        Arbitrary<String> regex = Arbitraries.of("", "(ab|s'|水)[^,]{0,3}(y|不)", "b+s", "\\\\bas\\\\b", "ys?a", "不水");
        return Combinators.combine(terms, terms, terms, regex, Arbitraries.of(true, false))
                .as((any, unless, all, re, negatable) -> "{\"id\":\"R%s\",\"category\":\"plumbing\",\"any\":" + json(any)
                        + ",\"unless\":" + json(unless.subList(0, Math.min(1, unless.size())))
                        // a group whose terms are all blank is a configuration error, so none is generated
                        + (all.stream().allMatch(String::isBlank) ? ""
                                : ",\"all\":[" + json(List.of(String.join("|", all))).substring(1))
                        + (re.isEmpty() ? "" : ",\"regex\":[\"" + re + "\"]") + ",\"negatable\":" + negatable + "}");
    }

    private static String json(List<String> l) {
        List<String> q = new ArrayList<>();
        for (String s : l) {
            q.add("\"" + s + "\"");
        }
        return "[" + String.join(",", q) + "]";
    }

    private static ClassificationRules compile(List<String> rules, List<String> negations, List<String> hypotheticals,
                                               List<String> resolved, int window) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            numbered.add(rules.get(i).replaceFirst("\"R%s\"", "\"R" + i + "\""));
        }
        String file = "{\"version\":1,\"negation\":{\"cues\":" + json(negations) + ",\"window\":" + window
                + ",\"englishWindow\":" + (window * 2) + "},\"hypothetical\":{\"cues\":" + json(hypotheticals)
                + ",\"window\":" + (window + 1) + "},\"resolved\":{\"cues\":" + json(resolved) + "},\"rules\":["
                + String.join(",", numbered) + "]}";
        return ClassificationRules.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "random");
    }

    static void assertSameAsReference(ClassificationRules rules, ComplaintText c) {
        String norm = TextNormalizer.normalize(c.text());
        RuleIndex.Hits hits = rules.scan(norm);
        for (CompiledRule r : rules.rules()) {
            assertThat(hits.match(r, c)).as("rule %s on '%s'", r.id(), norm).isEqualTo(r.match(c, norm, rules.cues()));
        }
        assertThat(hits.resolvedCue()).as("resolved cue in '%s'", norm).isEqualTo(rules.cues().resolvedCue(norm));
    }

    @Property(tries = 1000)
    void everyRuleDecidesAsTheTermByTermMatcher(@ForAll @Size(min = 1, max = 8) List<@From("rules") String> rules,
                                                @ForAll("cues") List<String> negations,
                                                @ForAll("cues") List<String> hypotheticals,
                                                @ForAll("cues") List<String> resolved,
                                                @ForAll("windows") int window,
                                                @ForAll("texts") String text) {
        ClassificationRules compiled = compile(rules, negations, hypotheticals, resolved, window);
        assertSameAsReference(compiled, ComplaintText.of("c1", text.isBlank() ? "x" : text, AT, Channel.PHONE));
    }

    @Provide
    Arbitrary<List<String>> cues() {
        return strings(1, 2).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> windows() {
        return Arbitraries.integers().between(0, 6);
    }

    @Example
    void theShippedRulesDecideAsTheTermByTermMatcherOnTheCorpusAndItsVariants() {
        ClassificationRules rules = ClassificationRules.defaults();
        for (ComplaintText c : ClassificationProperties.TEXTS) {
            assertSameAsReference(rules, c);
            assertSameAsReference(rules, c.withText("not " + c.text() + " 没有" + c.text()));
        }
    }

    @Example
    void everyMatchOfAShippedRegexStartsWithOneOfItsAnchors() {
        Set<String> texts = new LinkedHashSet<>();
        for (ComplaintText c : ClassificationProperties.TEXTS) {
            texts.add(TextNormalizer.normalize(c.text()));
        }
        int checked = 0;
        for (CompiledRule r : ClassificationRules.defaults().rules()) {
            for (int x = 0; x < r.regex().size(); x++) {
                List<String> anchors = r.regexAnchors().get(x);
                Pattern p = r.regex().get(x);
                for (String t : texts) {
                    Matcher m = p.matcher(t);
                    while (m.find()) {
                        checked++;
                        if (!anchors.isEmpty()) {
                            int at = m.start();
                            assertThat(anchors).as("%s on '%s'", p, t).anyMatch(a -> t.startsWith(a, at));
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
