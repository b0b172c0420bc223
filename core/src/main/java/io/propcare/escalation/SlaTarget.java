package io.propcare.escalation;

import io.propcare.model.escalation.SlaStep;
import java.time.Duration;
import java.util.Objects;

/**
 * One time limit: a step, how much working time it has on which calendar, and the milestones
 * that start and stop its clock.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param step the step
 * @param within the working time allowed; {@link Duration#ZERO} when {@code agreedOnly}
 * @param agreedOnly true when the target exists only once a reply time is agreed, which is its deadline
 * @param calendar the name of the policy calendar the clock runs on
 * @param start the milestone that starts the clock
 * @param stop the milestone that meets the target
 * @param agreedReplyOverrides true when a reply time agreed with the resident replaces the deadline
 * @param onReclassify whether a new classification keeps the elapsed time or restarts the clock
 * @param pausable true when pauses stop this clock
 * @since 0.1
 */
public record SlaTarget(SlaStep step, Duration within, boolean agreedOnly, String calendar, Milestone start,
                        Milestone stop, boolean agreedReplyOverrides, Reclassify onReclassify, boolean pausable) {

    /** What a change of classification does to a target that still applies. */
    public enum Reclassify {
        /** The clock keeps the working time already elapsed since its start. */
        KEEP,
        /** The clock starts again at the reclassification. */
        RESTART
    }

    /** Checks the components. */
    public SlaTarget {
        Objects.requireNonNull(step, "step must not be null");
        Objects.requireNonNull(within, "within must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(stop, "stop must not be null");
        Objects.requireNonNull(onReclassify, "onReclassify must not be null");
        if (within.isNegative() || (!agreedOnly && within.isZero())) {
            throw new IllegalArgumentException("within of " + step.id() + " must be positive, got " + within);
        }
    }
}
