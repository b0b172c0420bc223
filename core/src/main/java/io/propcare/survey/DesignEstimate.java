package io.propcare.survey;

/**
 * A design-based estimate with its standard error, as R's {@code svymean} / {@code svytotal}
 * report it (Taylor linearisation), with normal and t confidence intervals and the design effect.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param variable the variable (item id, or {@code item:satisfied} for a satisfaction indicator)
 * @param statistic {@code "mean"} or {@code "total"}
 * @param group the domain (group value) or {@code ""} for the whole population
 * @param n respondents with a value in the domain
 * @param estimate the estimate
 * @param se its standard error
 * @param variance its variance
 * @param ciNormal {@code estimate ± z SE} (R's {@code confint} default)
 * @param ciT {@code estimate ± t(degf) SE}
 * @param degf the design's degrees of freedom, rows minus strata
 * @param deff the design effect against simple random sampling without replacement
 */
public record DesignEstimate(String variable, String statistic, String group, long n, double estimate, double se,
                             double variance, Interval ciNormal, Interval ciT, double degf, double deff) {
}
