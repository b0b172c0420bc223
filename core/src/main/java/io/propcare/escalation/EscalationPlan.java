package io.propcare.escalation;

import io.propcare.spi.Beta;
import io.propcare.model.escalation.Deadline;
import io.propcare.model.escalation.EscalationStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every deadline and every escalation step of one complaint, as of its history.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param facts the complaint as last classified
 * @param deadlines the planned targets, in step order
 * @param escalations the escalation steps of open targets, by instant then level
 * @param problems targets that could not be planned
 * @since 0.1
 */
@Beta
public record EscalationPlan(ComplaintFacts facts, List<PlannedDeadline> deadlines, List<EscalationStep> escalations,
                             List<PlanProblem> problems) {
    /** Copies the lists. */
    public EscalationPlan {
        Objects.requireNonNull(facts, "facts must not be null");
        deadlines = List.copyOf(Objects.requireNonNull(deadlines, "deadlines must not be null"));
        escalations = List.copyOf(Objects.requireNonNull(escalations, "escalations must not be null"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
    }

    /**
     * What must fire now: the escalation steps whose instant has come and whose key is not among
     * those already fired. Record the keys you fire; a re-plan keeps them, so nothing fires twice.
     *
     * @param now the current instant (read once from the caller's clock)
     * @param alreadyFired keys fired before
     * @return the steps to fire, by instant
     */
    public List<EscalationStep> due(Instant now, Set<String> alreadyFired) {
        Objects.requireNonNull(now, "now must not be null");
        Objects.requireNonNull(alreadyFired, "alreadyFired must not be null");
        List<EscalationStep> out = new ArrayList<>();
        for (EscalationStep s : escalations) {
            if (!s.at().isAfter(now) && !alreadyFired.contains(s.key())) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The next escalation instant after {@code now}, for scheduling a wake-up.
     *
     * @param now the current instant
     * @return the instant, or empty when nothing more is planned
     */
    public Optional<Instant> nextAfter(Instant now) {
        Objects.requireNonNull(now, "now must not be null");
        return escalations.stream().map(EscalationStep::at).filter(t -> t.isAfter(now)).min(Instant::compareTo);
    }

    /**
     * The known deadlines as the value types adapters store.
     *
     * @return the deadlines, in step order
     */
    public List<Deadline> toDeadlines() {
        List<Deadline> out = new ArrayList<>();
        deadlines.forEach(d -> d.toDeadline().ifPresent(out::add));
        return out;
    }
}
