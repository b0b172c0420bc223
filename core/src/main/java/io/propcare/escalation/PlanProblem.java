package io.propcare.escalation;

import io.propcare.model.escalation.SlaStep;
import java.util.Objects;

/**
 * A target that could not be planned, e.g. because its calendar has no holiday data for the year
 * ({@code CALENDAR_OUTSIDE_DATA}); the other targets are planned all the same.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param step the step
 * @param code the error code
 * @param message what went wrong
 * @since 0.1
 */
public record PlanProblem(SlaStep step, String code, String message) {
    /** Checks the components. */
    public PlanProblem {
        Objects.requireNonNull(step, "step must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
