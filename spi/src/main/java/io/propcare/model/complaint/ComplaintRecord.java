package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.List;

/**
 * A stored complaint: the complaint as received, its version, its current state and its whole
 * append-only history. The version is the number of events in the history.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param complaint the complaint as received
 * @param version the number of events appended so far
 * @param state the current state
 * @param history every event, oldest first
 * @since 0.1
 */
public record ComplaintRecord(Complaint complaint, long version, ComplaintState state,
                              List<ComplaintEvent> history) {
    /** Checks that the version equals the history's size. */
    public ComplaintRecord {
        Checks.notNull(complaint, "complaint");
        Checks.notNull(state, "state");
        history = Checks.list(history, "history");
        if (version != history.size()) {
            throw InvalidInputException.of("version", version,
                    "expected the number of events in the history, " + history.size());
        }
    }

    /**
     * A complaint just created: version 0, initial state, no history.
     *
     * @param complaint the complaint
     * @return the record
     */
    public static ComplaintRecord created(Complaint complaint) {
        return new ComplaintRecord(complaint, 0, ComplaintState.initial(), List.of());
    }

    /**
     * The id of the complaint.
     *
     * @return the id
     */
    public ComplaintId id() {
        return complaint.id();
    }

    /**
     * This record after a change.
     *
     * @param change the change
     * @return the new record, with version increased by the number of events
     */
    public ComplaintRecord apply(ComplaintChange change) {
        List<ComplaintEvent> all = new java.util.ArrayList<>(history.size() + change.events().size());
        all.addAll(history);
        all.addAll(change.events());
        return new ComplaintRecord(complaint, all.size(), change.state(), all);
    }
}
