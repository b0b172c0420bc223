package io.propcare.spi;

import io.propcare.model.complaint.ClassifierPrediction;
import io.propcare.model.complaint.ComplaintText;

/**
 * A statistical classifier for complaints: given the text and its facts, the probable categories,
 * urgency and validity. Propcare's engine combines its answer with the configured rules; an
 * integrator can put an external model behind this interface and register a
 * {@link ClassifierProvider} for it.
 *
 * <p>Implementation requirements: implementations must be thread-safe and must not keep state
 * between calls (the same input gives the same answer); the category ids they return should be
 * those of the property's taxonomy (the engine asks for review when they are not). They throw
 * {@link InvalidInputException} for input they cannot handle, never a bare runtime exception.
 *
 * @since 0.1
 */
@Beta
public interface ComplaintClassifier {
    /**
     * A short name for logs and explanations, e.g. {@code "builtin-nb"}.
     *
     * @return the name, not blank
     */
    String name();

    /**
     * Classifies one complaint.
     *
     * @param complaint the complaint
     * @return the prediction, categories best first
     * @throws NullPointerException if {@code complaint} is null
     */
    ClassifierPrediction predict(ComplaintText complaint);
}
