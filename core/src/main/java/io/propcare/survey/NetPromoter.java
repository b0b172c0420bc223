package io.propcare.survey;

/**
 * The Net Promoter Score of 0-10 recommendation answers: promoters score at least the promoter
 * threshold (9), detractors at most 6, {@code NPS = 100 (promoters - detractors) / n} in -100..100.
 * Its standard error is the multinomial plug-in {@code 100 sqrt((p + d - (p - d)²) / n)}, with the
 * sample version ({@code × sqrt(n/(n-1))}) beside it; the interval is Wald's, not clipped.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param n answers (0-10)
 * @param promoters promoters
 * @param passives passives
 * @param detractors detractors
 * @param nps the score, -100 to 100; NaN when {@code n = 0}
 * @param sePlugin the plug-in standard error
 * @param seSample the sample standard error; NaN when {@code n < 2}
 * @param interval {@code nps ± z sePlugin}
 * @param meanScore the mean 0-10 answer
 */
public record NetPromoter(long n, long promoters, long passives, long detractors, double nps, double sePlugin,
                          double seSample, Interval interval, double meanScore) {
    /** Detractors score at most this. */
    public static final int DETRACTOR_AT_MOST = 6;

    /**
     * The score of counts per answer 0..10.
     *
     * @param counts eleven counts, for answers 0 to 10
     * @param promoterAtLeast the lowest promoter score, 7-10 (usually 9)
     * @param level the confidence level
     * @return the result
     */
    public static NetPromoter ofCounts(long[] counts, int promoterAtLeast, double level) {
        java.util.Objects.requireNonNull(counts, "counts must not be null");
        if (counts.length != 11) {
            throw new IllegalArgumentException("expected 11 counts (0-10), got " + counts.length);
        }
        if (promoterAtLeast <= DETRACTOR_AT_MOST || promoterAtLeast > 10) {
            throw new IllegalArgumentException("promoterAtLeast must be 7-10, got " + promoterAtLeast);
        }
        long n = 0;
        long pro = 0;
        long det = 0;
        double sum = 0;
        for (int s = 0; s <= 10; s++) {
            n += counts[s];
            sum += (double) s * counts[s];
            if (s >= promoterAtLeast) {
                pro += counts[s];
            } else if (s <= DETRACTOR_AT_MOST) {
                det += counts[s];
            }
        }
        if (n == 0) {
            return new NetPromoter(0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                    new Interval(Double.NaN, Double.NaN, level, "wald"), Double.NaN);
        }
        double nps = 100.0 * (pro - det) / n;
        double p = (double) pro / n;
        double d = (double) det / n;
        double se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n);
        double seSample = n > 1 ? se * Math.sqrt((double) n / (n - 1)) : Double.NaN;
        double z = Proportions.z(level);
        return new NetPromoter(n, pro, n - pro - det, det, nps, se, seSample,
                new Interval(nps - z * se, nps + z * se, level, "wald"), sum / n);
    }
}
