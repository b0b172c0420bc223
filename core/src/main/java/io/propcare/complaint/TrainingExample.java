package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled complaint for training: the complaint, its category and, where known, its urgency
 * and validity, and how much it counts in training.
 *
 * <p>The weight scales the example's share of the training loss of the logistic heads and of the rule
 * combiner: an example of weight 2 counts as two copies of it would, without the copies landing in
 * different calibration folds. Only the ratios between weights matter ({@link TextModel} trains on the
 * weighted mean loss); every example made by {@link #of} and {@link #ofCategory} has weight 1.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param complaint the complaint
 * @param category the category
 * @param urgency the urgency, empty when not labelled
 * @param validity the validity, empty when not labelled
 * @param weight how much the example counts in training, finite and greater than 0 (1 by default)
 * @since 0.1
 */
public record TrainingExample(ComplaintText complaint, Category category, Optional<Urgency> urgency,
                              Optional<Validity> validity, double weight) {
    /**
     * Checks every component.
     *
     * @throws InvalidInputException if the weight is not finite and greater than 0
     */
    public TrainingExample {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(urgency, "urgency must not be null (use Optional.empty())");
        Objects.requireNonNull(validity, "validity must not be null (use Optional.empty())");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw InvalidInputException.of("weight", weight, "expected a finite number greater than 0");
        }
    }

    /**
     * An example of weight 1.
     *
     * @param complaint the complaint
     * @param category the category
     * @param urgency the urgency, empty when not labelled
     * @param validity the validity, empty when not labelled
     * @since 0.1
     */
    public TrainingExample(ComplaintText complaint, Category category, Optional<Urgency> urgency,
                           Optional<Validity> validity) {
        this(complaint, category, urgency, validity, 1.0);
    }

    /**
     * This example with another weight.
     *
     * @param newWeight how much it counts in training, finite and greater than 0
     * @return the example with that weight
     * @throws InvalidInputException if the weight is not finite and greater than 0
     * @since 0.1
     */
    public TrainingExample withWeight(double newWeight) {
        return new TrainingExample(complaint, category, urgency, validity, newWeight);
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
