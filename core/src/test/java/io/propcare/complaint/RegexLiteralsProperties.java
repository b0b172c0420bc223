package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.ComplaintText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The literals {@link RegexLiterals#required} reads from a pattern occur in its every match. */
class RegexLiteralsProperties {
    /** Pieces of patterns: literals, groups, classes, quantifiers, lookarounds and boundaries. */
    private static final List<String> PIECES = List.of("ab", "不水", "s", "?", "(ab|不)", "(ab|水s)?", "(?:ab|不水)+",
            "[ab]", "[?]", "[^,]{0,2}", "b+", "水{1,2}", "a*", "y{0,1}", "\\b", "\\?", "(?<!a)", "(?=b)", "(?<=不)",
            ".", "\\d", "(a(bs|不)|水水)", "|", "^", "$", "'s");

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l))
                .filter(RegexLiteralsProperties::compiles);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abs'y 不水,?1".toCharArray()).ofMaxLength(24);
    }

    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void assertEveryMatchHoldsTheLiterals(Pattern pattern, String text) {
        List<List<String>> required = RegexLiterals.required(pattern.pattern());
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String match = m.group();
            for (List<String> group : required) {
                assertThat(group).as("%s on '%s'", pattern, text).anyMatch(match::contains);
            }
        }
    }

    @Property(tries = 3000)
    void everyMatchHoldsOneLiteralOfEachGroup(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        assertEveryMatchHoldsTheLiterals(Pattern.compile(pattern), text);
    }

    @Example
    void everyMatchOfAShippedRegexHoldsOneLiteralOfEachGroup() {
        for (CompiledRule r : ClassificationRules.defaults().rules()) {
            for (Pattern p : r.regex()) {
                for (ComplaintText c : ClassificationProperties.TEXTS) {
                    assertEveryMatchHoldsTheLiterals(p, TextNormalizer.normalize(c.text()));
                }
            }
        }
    }

    @Example
    void literalsAreReadFromTheWholePattern() {
        assertThat(RegexLiterals.required("(整栋|全楼)[^,]{0,8}(停电|没电)"))
                .containsExactly(List.of("整栋", "全楼"), List.of("停电", "没电"));
        assertThat(RegexLiterals.required("\\d+(\\.\\d+)? ?% ?lel\\b")).containsExactly(List.of("%"), List.of("lel"));
        assertThat(RegexLiterals.required("(the )?lift")).containsExactly(List.of("lift"));
        assertThat(RegexLiterals.required("(window ?sill|ledge)")).containsExactly(List.of("window", "ledge"));
        assertThat(RegexLiterals.required("^[^.!]{4,90}[?]$")).containsExactly(List.of("?"));
        assertThat(RegexLiterals.required("(?<!排)水管(?!里)")).containsExactly(List.of("水管"));
        assertThat(RegexLiterals.required("煤气|燃气")).containsExactly(List.of("煤气", "燃气"));
        assertThat(RegexLiterals.required("(燃气|煤气)?灶")).containsExactly(List.of("灶"));
        assertThat(RegexLiterals.required("odou?r")).containsExactly(List.of("odo"));
        // a lone ASCII letter is in nearly every text: not worth looking for
        assertThat(RegexLiterals.required("(a|bc)d")).isEmpty();
        // constructs the reader does not know: nothing is required
        assertThat(RegexLiterals.required("(?i)gas")).isEmpty();
        assertThat(RegexLiterals.required("\\Qgas\\E")).isEmpty();
        assertThat(RegexLiterals.required("\\p{L}gas")).isEmpty();
        assertThat(RegexLiterals.required("(gas)\\1")).isEmpty();
    }
}
