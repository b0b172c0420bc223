package io.propcare.spi;

import io.propcare.model.internal.Checks;
import io.propcare.model.notification.OutboxMessage;

/**
 * The answer to an enqueue: the message, and whether it is new or its deduplication key was
 * already known.
 *
 * @param message the new message, or the one already stored under the key
 * @param created true when the message was created by this call
 * @since 0.1
 */
public record Enqueued(OutboxMessage message, boolean created) {
    /** Checks the components. */
    public Enqueued {
        Checks.notNull(message, "message");
    }
}
