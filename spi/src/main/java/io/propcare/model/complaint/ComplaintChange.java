package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.List;

/**
 * One atomic change to a complaint: the events to append to its history and the state they lead to.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param events the events, in order; at least one
 * @param state the state after the events
 * @since 0.1
 */
public record ComplaintChange(List<ComplaintEvent> events, ComplaintState state) {
    /** Checks the components. */
    public ComplaintChange {
        events = Checks.list(events, "events");
        if (events.isEmpty()) {
            throw InvalidInputException.of("events", "[]", "expected at least one event");
        }
        Checks.notNull(state, "state");
    }

    /**
     * A change of one event.
     *
     * @param event the event
     * @param state the state after it
     * @return the change
     */
    public static ComplaintChange of(ComplaintEvent event, ComplaintState state) {
        return new ComplaintChange(List.of(Checks.notNull(event, "event")), state);
    }
}
