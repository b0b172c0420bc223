package io.propcare.model.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * When a step of a complaint must be done.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param step the step
 * @param due the instant it is due
 * @since 0.1
 */
public record Deadline(SlaStep step, Instant due) {
    /** Checks the components. */
    public Deadline {
        Objects.requireNonNull(step, "step must not be null");
        Objects.requireNonNull(due, "due must not be null");
    }

    /**
     * Creates a deadline.
     *
     * @param step the step
     * @param due when it is due
     * @return the deadline
     */
    public static Deadline of(SlaStep step, Instant due) {
        return new Deadline(step, due);
    }
}
