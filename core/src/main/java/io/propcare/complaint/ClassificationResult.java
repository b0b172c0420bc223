package io.propcare.complaint;

import io.propcare.model.complaint.ClassifierScore;
import io.propcare.model.complaint.Classification;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine says about one complaint: the {@link Classification} (category, urgency,
 * validity, scope, confidence, review flag, explanation), the next best categories with their
 * scores, the department the category goes to, and the ids of the rules that fired.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param complaintId the complaint's id
 * @param classification the classification
 * @param alternatives the next best categories, best first, at most three; unmodifiable
 * @param department the department id from the taxonomy
 * @param firedRules ids of the rules that fired, in precedence order; unmodifiable
 * @since 0.1
 */
public record ClassificationResult(String complaintId, Classification classification,
                                   List<ClassifierScore> alternatives, String department, List<String> firedRules) {
    /** Checks every component. */
    public ClassificationResult {
        Objects.requireNonNull(complaintId, "complaintId must not be null");
        Objects.requireNonNull(classification, "classification must not be null");
        alternatives = List.copyOf(Objects.requireNonNull(alternatives, "alternatives must not be null"));
        Objects.requireNonNull(department, "department must not be null");
        firedRules = List.copyOf(Objects.requireNonNull(firedRules, "firedRules must not be null"));
    }
}
