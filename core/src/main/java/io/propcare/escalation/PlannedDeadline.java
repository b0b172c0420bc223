package io.propcare.escalation;

import io.propcare.spi.Beta;
import io.propcare.model.escalation.Deadline;
import io.propcare.model.escalation.SlaStep;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One target of a complaint as planned: when its clock started, when it is due (unknown while a
 * pause is open), whether it was met, and why the deadline falls where it does.
 *
 * <p>Implementation requirements: immutable and thread-safe (the explanation is computed lazily and
 * idempotently).
 *
 * @since 0.1
 */
@Beta
public final class PlannedDeadline {

    /** Where a target stands. */
    public enum State {
        /** The clock runs; the target is not met yet. */
        RUNNING,
        /** A pause is open: the clock stands still and the deadline is not known. */
        PAUSED,
        /** The stop milestone was reached by the deadline. */
        MET,
        /** The stop milestone was reached after the deadline. */
        MET_LATE
    }

    private final SlaTarget target;
    private final State state;
    private final Instant start;
    private final Instant due;
    private final Instant stoppedAt;
    private final int generation;
    private final Supplier<String> explainer;
    private volatile String explanation;

    PlannedDeadline(SlaTarget target, State state, Instant start, Instant due, Instant stoppedAt, int generation,
                    Supplier<String> explainer) {
        this.target = Objects.requireNonNull(target, "target must not be null");
        this.state = Objects.requireNonNull(state, "state must not be null");
        this.start = Objects.requireNonNull(start, "start must not be null");
        this.due = due;
        this.stoppedAt = stoppedAt;
        this.generation = generation;
        this.explainer = Objects.requireNonNull(explainer, "explainer must not be null");
    }

    /**
     * The step.
     *
     * @return the step
     */
    public SlaStep step() {
        return target.step();
    }

    /**
     * The policy target this deadline comes from.
     *
     * @return the target
     */
    public SlaTarget target() {
        return target;
    }

    /**
     * Where the target stands.
     *
     * @return the state
     */
    public State state() {
        return state;
    }

    /**
     * When the clock (re)started.
     *
     * @return the instant
     */
    public Instant start() {
        return start;
    }

    /**
     * When the step is due.
     *
     * @return the instant, or empty while a pause is open
     */
    public Optional<Instant> due() {
        return Optional.ofNullable(due);
    }

    /**
     * When the stop milestone was reached.
     *
     * @return the instant, or empty while the target is open
     */
    public Optional<Instant> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    /**
     * How many times a change of classification restarted the clock; part of the escalation keys.
     *
     * @return 0 or more
     */
    public int generation() {
        return generation;
    }

    /**
     * Why the deadline falls where it does, in words; worked out on first call.
     *
     * @return the explanation
     */
    public String explanation() {
        String e = explanation;
        if (e == null) {
            e = explainer.get();
            explanation = e;
        }
        return e;
    }

    /**
     * The value type adapters store.
     *
     * @return the deadline, or empty while a pause is open
     */
    public Optional<Deadline> toDeadline() {
        return due().map(d -> Deadline.of(target.step(), d));
    }

    @Override
    public String toString() {
        return target.step().id() + " " + state + " due " + (due == null ? "(paused)" : due.toString());
    }
}
