package io.propcare.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Statistics of one five-point satisfaction item (1 very dissatisfied .. 5 very satisfied) from
 * its counts: the satisfaction rate (top-2-box with the default threshold 4) with its interval,
 * the top-3-box ("basically satisfied") and bottom-2-box rates, the mean with its sample standard
 * deviation and standard error, the linear 0-100 index, and the share of each answer, exact and
 * rounded to one decimal so that the rounded percentages add up to 100.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param n valid answers (1-5)
 * @param counts the count of each answer 1..5
 * @param satisfied answers at or above the threshold
 * @param satisfactionRate {@code satisfied / n}; NaN when {@code n = 0}
 * @param interval its confidence interval; NaN limits when {@code n = 0}
 * @param top3BoxRate the share of answers 3-5
 * @param bottom2BoxRate the share of answers 1-2 (the "dissatisfied" answers)
 * @param mean the mean answer
 * @param sd the sample standard deviation (n - 1); NaN when {@code n < 2}
 * @param se the standard error of the mean, {@code sd / sqrt(n)}
 * @param index100 the mean mapped linearly from 1..5 to 0..100
 * @param shares the exact share of each answer
 * @param percentages the shares in percent, one decimal, adding up to exactly 100
 */
public record ScoreSummary(long n, List<Long> counts, long satisfied, double satisfactionRate, Interval interval,
                           double top3BoxRate, double bottom2BoxRate, double mean, double sd, double se,
                           double index100, List<Double> shares, List<BigDecimal> percentages) {
    /** Copies the lists. */
    public ScoreSummary {
        counts = List.copyOf(Objects.requireNonNull(counts, "counts must not be null"));
        shares = List.copyOf(Objects.requireNonNull(shares, "shares must not be null"));
        percentages = List.copyOf(Objects.requireNonNull(percentages, "percentages must not be null"));
    }

    /**
     * The summary of a satisfaction5 item.
     *
     * @param counts the count of answers 1..5
     * @param satisfiedAtLeast the lowest satisfied answer, 1-5
     * @param level the confidence level
     * @param method the interval method
     * @return the summary
     */
    public static ScoreSummary ofSatisfaction5(long[] counts, int satisfiedAtLeast, double level, IntervalMethod method) {
        java.util.Objects.requireNonNull(counts, "counts must not be null");
        java.util.Objects.requireNonNull(method, "method must not be null");
        if (counts.length != 5) {
            throw new IllegalArgumentException("expected 5 counts (answers 1-5), got " + counts.length);
        }
        if (satisfiedAtLeast < 1 || satisfiedAtLeast > 5) {
            throw new IllegalArgumentException("satisfiedAtLeast must be 1-5, got " + satisfiedAtLeast);
        }
        long n = 0;
        long sum = 0;
        long sumSq = 0;
        long satisfied = 0;
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long c = counts[i];
            if (c < 0) {
                throw new IllegalArgumentException("counts must not be negative, got " + c);
            }
            int score = i + 1;
            n += c;
            sum += c * score;
            sumSq += c * score * score;
            if (score >= satisfiedAtLeast) {
                satisfied += c;
            }
            list.add(c);
        }
        List<Double> shares = new ArrayList<>();
        for (long c : counts) {
            shares.add(n == 0 ? Double.NaN : (double) c / n);
        }
        List<BigDecimal> pct = LargestRemainder.percentages(counts, 1);
        if (n == 0) {
            Interval none = new Interval(Double.NaN, Double.NaN, level, method.id());
            return new ScoreSummary(0, list, 0, Double.NaN, none, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, shares, pct);
        }
        double mean = (double) sum / n;
        double sd = n > 1 ? Math.sqrt((double) Math.subtractExact(Math.multiplyExact(n, sumSq), Math.multiplyExact(sum, sum))
                / ((double) n * (n - 1))) : Double.NaN;
        return new ScoreSummary(n, list, satisfied, (double) satisfied / n,
                Proportions.interval(satisfied, n, level, method),
                (double) (counts[2] + counts[3] + counts[4]) / n, (double) (counts[0] + counts[1]) / n,
                mean, sd, sd / Math.sqrt(n), (mean - 1) * 25, shares, pct);
    }
}
