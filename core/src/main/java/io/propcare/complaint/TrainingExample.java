package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled complaint for training: the complaint, its category and, where known, its urgency
 * and validity.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param complaint the complaint
 * @param category the category
 * @param urgency the urgency, empty when not labelled
 * @param validity the validity, empty when not labelled
 * @since 0.1
 */
public record TrainingExample(ComplaintText complaint, Category category, Optional<Urgency> urgency,
                              Optional<Validity> validity) {
    /** Checks every component. */
    public TrainingExample {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(urgency, "urgency must not be null (use Optional.empty())");
        Objects.requireNonNull(validity, "validity must not be null (use Optional.empty())");
    }

    /**
     * An example with every label.
     *
     * @param complaint the complaint
     * @param category the category
     * @param urgency the urgency
     * @param validity the validity
     * @return the example
     */
    public static TrainingExample of(ComplaintText complaint, Category category, Urgency urgency, Validity validity) {
        return new TrainingExample(complaint, category, Optional.of(Objects.requireNonNull(urgency, "urgency must not be null")),
                Optional.of(Objects.requireNonNull(validity, "validity must not be null")));
    }

    /**
     * An example labelled with its category only.
     *
     * @param complaint the complaint
     * @param category the category
     * @return the example
     */
    public static TrainingExample ofCategory(ComplaintText complaint, Category category) {
        return new TrainingExample(complaint, category, Optional.empty(), Optional.empty());
    }
}
