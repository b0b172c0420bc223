package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a {@link io.propcare.spi.ComplaintClassifier} answers for one complaint: categories with
 * probabilities (best first), its guess at urgency and validity with their probabilities, and the
 * evidence it used (e.g. the n-grams that weighed most), before any rule is applied.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param categories every category the classifier considered, best first, not empty; unmodifiable
 * @param urgency the most probable urgency
 * @param urgencyScore its probability, 0 to 1
 * @param validity the most probable validity
 * @param validityScore its probability, 0 to 1
 * @param evidence human-readable evidence, may be empty; unmodifiable
 * @since 0.1
 */
public record ClassifierPrediction(List<ClassifierScore> categories, Urgency urgency, double urgencyScore,
                                   Validity validity, double validityScore, List<String> evidence) {
    /** Highest score first; a stable sort keeps the given order among equal scores. */
    private static final Comparator<ClassifierScore> BEST_FIRST = (a, b) -> Double.compare(b.score(), a.score());

    /** Checks every component and sorts the categories best first. */
    public ClassifierPrediction {
        categories = Checks.list(categories, "categories");
        if (categories.isEmpty()) {
            throw InvalidInputException.of("categories", "[]", "expected at least one category");
        }
        ClassifierScore[] sorted = categories.toArray(ClassifierScore[]::new);
        Arrays.sort(sorted, BEST_FIRST);
        categories = List.of(sorted);
        Checks.notNull(urgency, "urgency");
        Checks.notNull(validity, "validity");
        probability(urgencyScore, "urgencyScore");
        probability(validityScore, "validityScore");
        evidence = Checks.list(evidence, "evidence");
    }

    private static void probability(double p, String name) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw InvalidInputException.of(name, p, "expected a probability from 0 to 1");
        }
    }

    /**
     * The best category.
     *
     * @return the first of {@link #categories()}
     */
    public ClassifierScore best() {
        return categories.get(0);
    }
}
