package io.propcare.model.complaint;

import io.propcare.model.StaffId;
import io.propcare.model.internal.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a complaint's history amounts to now: status, classification, the person who owns it,
 * the deadline of each step and the instant the next escalation step falls due. Computed by the
 * engines and stored with every append, so stores can answer "what is due" without replaying.
 *
 * <p>Implementation requirements: immutable value type; {@code deadlines} is sorted by step.
 *
 * @param status the status
 * @param classification the classification, once classified
 * @param owner the person following it to the end, once assigned
 * @param deadlines each step's deadline, by step id (e.g. {@code "on_site"})
 * @param nextDueAt when the sweeper must look at it next; empty when nothing is pending
 * @since 0.1
 */
public record ComplaintState(ComplaintStatus status, Optional<Classification> classification,
                             Optional<StaffId> owner, Map<String, Instant> deadlines,
                             Optional<Instant> nextDueAt) {
    private static final ComplaintState INITIAL = new ComplaintState(ComplaintStatus.RECEIVED, Optional.empty(),
            Optional.empty(), Map.of(), Optional.empty());

    /** Checks every component and copies the deadlines. */
    public ComplaintState {
        Checks.notNull(status, "status");
        Checks.notNull(classification, "classification");
        Checks.notNull(owner, "owner");
        Map<String, Instant> copy = new TreeMap<>(Checks.map(deadlines, "deadlines"));
        copy.keySet().forEach(k -> Checks.text(k, "deadlines key", 64));
        deadlines = Collections.unmodifiableMap(copy);
        Checks.notNull(nextDueAt, "nextDueAt");
    }

    /**
     * The state of a complaint just received: nothing classified, assigned or due.
     *
     * @return the initial state
     */
    public static ComplaintState initial() {
        return INITIAL;
    }

    /**
     * A copy with another status.
     *
     * @param newStatus the status
     * @return a copy
     */
    public ComplaintState withStatus(ComplaintStatus newStatus) {
        return new ComplaintState(newStatus, classification, owner, deadlines, nextDueAt);
    }

    /**
     * A copy with a classification.
     *
     * @param newClassification the classification
     * @return a copy
     */
    public ComplaintState withClassification(Classification newClassification) {
        return new ComplaintState(status, Optional.of(Checks.notNull(newClassification, "classification")), owner, deadlines, nextDueAt);
    }

    /**
     * A copy with an owner.
     *
     * @param newOwner the owner
     * @return a copy
     */
    public ComplaintState withOwner(StaffId newOwner) {
        return new ComplaintState(status, classification, Optional.of(Checks.notNull(newOwner, "owner")), deadlines, nextDueAt);
    }

    /**
     * A copy with other deadlines and next-due instant.
     *
     * @param newDeadlines the deadlines by step
     * @param newNextDueAt the next due instant, or empty
     * @return a copy
     */
    public ComplaintState withDeadlines(Map<String, Instant> newDeadlines, Optional<Instant> newNextDueAt) {
        return new ComplaintState(status, classification, owner, newDeadlines, newNextDueAt);
    }
}
