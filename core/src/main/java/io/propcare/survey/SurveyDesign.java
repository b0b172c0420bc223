package io.propcare.survey;

import io.propcare.spi.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-stage stratified sampling design, as R's {@code svydesign(id = ~1, strata, fpc, weights)}
 * with optional {@code postStratify}: how respondents stand for all units of the property.
 *
 * <p>{@code strata} names the column holding each respondent's stratum (such as the building);
 * without it the design has one stratum. {@code populationSize} names the column holding the
 * stratum's population size (finite population correction {@code 1 - n_h/N_h}); without it
 * sampling is treated as with replacement. {@code weights} names the column of sampling weights;
 * without it a respondent weighs {@code N_h / n_h} when population sizes are known, else 1.
 * {@code postStratifyColumn} with {@code postStratifyTotals} calibrates the weights to known
 * population counts per category (R's {@code postStratify}).
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param strata the strata column, or {@code ""} for none
 * @param populationSize the population size column, or {@code ""} for none
 * @param weights the weights column, or {@code ""} for the default weights
 * @param postStratifyColumn the post-stratification column, or {@code ""} for none
 * @param postStratifyTotals population count per post-stratum; empty without post-stratification
 */
public record SurveyDesign(String strata, String populationSize, String weights, String postStratifyColumn,
                           Map<String, Double> postStratifyTotals) {
    /** Checks the components. */
    public SurveyDesign {
        Objects.requireNonNull(strata, "strata must not be null");
        Objects.requireNonNull(populationSize, "populationSize must not be null");
        Objects.requireNonNull(weights, "weights must not be null");
        Objects.requireNonNull(postStratifyColumn, "postStratifyColumn must not be null");
        postStratifyTotals = Map.copyOf(Objects.requireNonNull(postStratifyTotals, "postStratifyTotals must not be null"));
        if (postStratifyColumn.isEmpty() != postStratifyTotals.isEmpty()) {
            throw InvalidInputException.of("postStratify", postStratifyColumn,
                    "expected both a column and its population totals, or neither");
        }
        for (Map.Entry<String, Double> e : postStratifyTotals.entrySet()) {
            if (!(e.getValue() > 0) || e.getValue().isInfinite()) {
                throw InvalidInputException.of("postStratify.totals." + e.getKey(), e.getValue(),
                        "expected a positive population count");
            }
        }
    }

    /**
     * A stratified design without post-stratification.
     *
     * @param strata the strata column, or {@code ""}
     * @param populationSize the population size column, or {@code ""}
     * @param weights the weights column, or {@code ""}
     * @return the design
     */
    public static SurveyDesign of(String strata, String populationSize, String weights) {
        return new SurveyDesign(strata, populationSize, weights, "", Map.of());
    }

    /**
     * The same design post-stratified to known population counts.
     *
     * @param column the post-stratification column
     * @param totals the population count per category
     * @return a copy
     */
    public SurveyDesign withPostStratification(String column, Map<String, Double> totals) {
        return new SurveyDesign(strata, populationSize, weights, column, totals);
    }

    /**
     * The post-stratification totals, if any.
     *
     * @return the totals, or empty
     */
    public Optional<Map<String, Double>> postStratification() {
        return postStratifyTotals.isEmpty() ? Optional.empty() : Optional.of(postStratifyTotals);
    }
}
