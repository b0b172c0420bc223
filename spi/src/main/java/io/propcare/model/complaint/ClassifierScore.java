package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;

/**
 * One category with the probability a classifier gives it.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param category the category
 * @param score the probability, 0 to 1
 * @since 0.1
 */
public record ClassifierScore(Category category, double score) {
    /** Checks the components. */
    public ClassifierScore {
        Checks.notNull(category, "category");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw InvalidInputException.of("score", score, "expected a probability from 0 to 1");
        }
    }

    /**
     * Creates a score.
     *
     * @param category the category
     * @param score the probability
     * @return the score
     */
    public static ClassifierScore of(Category category, double score) {
        return new ClassifierScore(category, score);
    }
}
