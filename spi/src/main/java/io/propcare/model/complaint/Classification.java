package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.List;

/**
 * The outcome of classifying a complaint: what it is about, how urgent, whether it is valid,
 * whether it is collective, how sure the classifier was, and why.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param category the category
 * @param urgency the urgency
 * @param validity the validity
 * @param scope individual or collective
 * @param confidence the classifier's calibrated confidence in the category, 0 to 1
 * @param needsReview true when a person must confirm it (confidence below the threshold)
 * @param explanation human-readable reasons: rules fired, words matched, model evidence; unmodifiable
 * @since 0.1
 */
public record Classification(Category category, Urgency urgency, Validity validity, Scope scope,
                             double confidence, boolean needsReview, List<String> explanation) {
    /** Checks every component. */
    public Classification {
        Checks.notNull(category, "category");
        Checks.notNull(urgency, "urgency");
        Checks.notNull(validity, "validity");
        Checks.notNull(scope, "scope");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw InvalidInputException.of("confidence", confidence, "expected a number from 0 to 1");
        }
        explanation = Checks.list(explanation, "explanation");
    }

    /**
     * A classification made or confirmed by a person: confidence 1, no review needed.
     *
     * @param category the category
     * @param urgency the urgency
     * @param validity the validity
     * @param scope the scope
     * @param reason why, in words
     * @return the classification
     */
    public static Classification ofManual(Category category, Urgency urgency, Validity validity, Scope scope,
                                          String reason) {
        return new Classification(category, urgency, validity, scope, 1.0, false, List.of(Checks.notNull(reason, "reason")));
    }

    /**
     * The same classification with another scope, e.g. when a complaint joins a collective case.
     *
     * @param newScope the scope
     * @return a copy
     */
    public Classification withScope(Scope newScope) {
        return new Classification(category, urgency, validity, newScope, confidence, needsReview, explanation);
    }
}
