package io.propcare.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class StatisticsProperties {

    @Provide
    Arbitrary<Map<String, Long>> dissatisfied() {
        return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(3),
                Arbitraries.longs().between(0, 40)).ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<BigDecimal> thresholds() {
        return Arbitraries.of("0.5", "0.8", "0.80", "0.9", "1", "0.65").map(BigDecimal::new);
    }

    /** Sort-and-accumulate oracle: descending count, ties by id, exact decimal shares. */
    private static List<String> oracle(Map<String, Long> counts, BigDecimal threshold, boolean strict) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
        long total = sorted.stream().mapToLong(Map.Entry::getValue).sum();
        List<String> cut = new ArrayList<>();
        if (total == 0) {
            return cut;
        }
        BigDecimal t = BigDecimal.valueOf(total);
        long cum = 0;
        for (Map.Entry<String, Long> e : sorted) {
            if (e.getValue() == 0) {
                break;
            }
            BigDecimal before = BigDecimal.valueOf(cum).divide(t, MathContext.DECIMAL128);
            cum += e.getValue();
            BigDecimal after = BigDecimal.valueOf(cum).divide(t, MathContext.DECIMAL128);
            if (strict) {
                // the longest prefix with cumulative share at most the threshold, at least one item
                if (after.compareTo(threshold) <= 0 || cut.isEmpty()) {
                    cut.add(e.getKey());
                } else {
                    break;
                }
            } else {
                // the shortest prefix whose cumulative share reaches the threshold
                if (before.compareTo(threshold) < 0) {
                    cut.add(e.getKey());
                } else {
                    break;
                }
            }
        }
        return cut;
    }

    @Property(tries = 500)
    void paretoCutsMatchTheSortAndAccumulateOracle(@ForAll("dissatisfied") Map<String, Long> counts,
                                                   @ForAll("thresholds") BigDecimal threshold) {
        Pareto p = Pareto.of(counts, threshold);
        assertThat(p.strictCut()).isEqualTo(oracle(counts, threshold, true));
        assertThat(p.classicCut()).isEqualTo(oracle(counts, threshold, false));
        assertThat(p.classicCut()).startsWith(p.strictCut().toArray(new String[0]));
        // the order does not depend on the input order
        Map<String, Long> reversed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(counts.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, counts.get(k)));
        assertThat(Pareto.of(reversed, threshold).rows()).isEqualTo(p.rows());
    }

    @Property(tries = 500)
    void roundedPercentagesAddUpToExactlyOneHundred(
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 100_000) Long> counts,
            @ForAll @IntRange(min = 0, max = 3) int decimals) {
        long[] c = counts.stream().mapToLong(Long::longValue).toArray();
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<BigDecimal> pct = LargestRemainder.percentages(c, decimals);
        BigDecimal sum = pct.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total == 0) {
            assertThat(sum).isEqualByComparingTo("0");
            return;
        }
        assertThat(sum).isEqualByComparingTo("100");
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 0; i < c.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(c[i] * 100).divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            // each rounded value is the exact one rounded down or up by less than one unit
            assertThat(pct.get(i).subtract(exact).abs()).isLessThan(unit);
            assertThat(pct.get(i).scale()).isEqualTo(decimals);
        }
    }

    @Property(tries = 300)
    void satisfactionSummaryMatchesExactDecimalArithmetic(
            @ForAll @Size(5) List<@LongRange(min = 0, max = 5000) Long> counts,
            @ForAll @IntRange(min = 1, max = 5) int threshold) {
        long[] c = counts.stream().mapToLong(Long::longValue).toArray();
        long n = counts.stream().mapToLong(Long::longValue).sum();
        ScoreSummary s = ScoreSummary.ofSatisfaction5(c, threshold, 0.95, IntervalMethod.WILSON);
        if (n < 2) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumSq = BigDecimal.ZERO;
        long sat = 0;
        for (int i = 0; i < 5; i++) {
            BigDecimal score = BigDecimal.valueOf(i + 1);
            sum = sum.add(score.multiply(BigDecimal.valueOf(c[i])));
            sumSq = sumSq.add(score.multiply(score).multiply(BigDecimal.valueOf(c[i])));
            if (i + 1 >= threshold) {
                sat += c[i];
            }
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal mean = sum.divide(bn, MathContext.DECIMAL128);
        BigDecimal var = sumSq.subtract(sum.multiply(sum).divide(bn, MathContext.DECIMAL128))
                .divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128);
        assertThat(s.satisfied()).isEqualTo(sat);
        assertThat(s.mean()).isCloseTo(mean.doubleValue(), org.assertj.core.data.Offset.offset(1e-13));
        assertThat(s.sd() * s.sd()).isCloseTo(var.doubleValue(), org.assertj.core.data.Offset.offset(1e-12 * Math.max(1, var.doubleValue())));
        assertThat(s.satisfactionRate()).isEqualTo(BigDecimal.valueOf(sat).divide(bn, MathContext.DECIMAL64).doubleValue(),
                org.assertj.core.data.Offset.offset(1e-15));
    }

    @Property(tries = 300)
    void everyCountIntervalContainsTheEstimateAndStaysInTheUnitInterval(
            @ForAll @IntRange(min = 1, max = 2000) int n, @ForAll @IntRange(min = 0, max = 2000) int x0,
            @ForAll("methods") IntervalMethod method, @ForAll("levels") double level) {
        int x = x0 % (n + 1);
        Interval i = Proportions.interval(x, n, level, method);
        double p = (double) x / n;
        assertThat(i.lower()).isBetween(0.0, 1.0);
        assertThat(i.upper()).isBetween(0.0, 1.0);
        if (method != IntervalMethod.JEFFREYS) {
            assertThat(i.lower()).isLessThanOrEqualTo(p);
            assertThat(i.upper()).isGreaterThanOrEqualTo(p);
        }
        // a higher level never gives a narrower interval
        Interval wider = Proportions.interval(x, n, Math.min(0.999, level + 0.04), method);
        assertThat(wider.upper() - wider.lower()).isGreaterThanOrEqualTo(i.upper() - i.lower() - 1e-12);
    }

    @Provide
    Arbitrary<IntervalMethod> methods() {
        return Arbitraries.of(IntervalMethod.values());
    }

    @Provide
    Arbitrary<Double> levels() {
        return Arbitraries.of(0.8, 0.9, 0.95, 0.99);
    }

    @Property(tries = 300)
    void twoProportionZSquaredIsThePearsonChiSquare(@ForAll @IntRange(min = 1, max = 500) int n1,
                                                    @ForAll @IntRange(min = 1, max = 500) int n2,
                                                    @ForAll @IntRange(min = 0, max = 500) int a,
                                                    @ForAll @IntRange(min = 0, max = 500) int b) {
        int x1 = a % (n1 + 1);
        int x2 = b % (n2 + 1);
        TwoProportionTest t = TwoProportionTest.of(x1, n1, x2, n2, 0.95);
        if (Double.isNaN(t.pooledZ())) {
            return;
        }
        assertThat(t.pooledZ() * t.pooledZ()).isCloseTo(t.chiSquare(),
                org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, t.chiSquare())));
        assertThat(t.pTwoSided()).isCloseTo(t.chiSquareP(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.pLarger() + t.pSmaller()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
