package io.propcare.model.notification;

import io.propcare.model.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A notification in the outbox with its delivery state.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id the message id
 * @param notification the notification
 * @param state the delivery state
 * @param attempts how many times it has been claimed for delivery
 * @param nextAttemptAt when it may be claimed next (for {@code PENDING})
 * @param lease the current lease (for {@code IN_FLIGHT})
 * @param lastError the last delivery error, if any
 * @param deliveredAt when delivery was recorded (for {@code DELIVERED})
 * @since 0.1
 */
public record OutboxMessage(MessageId id, Notification notification, DeliveryState state, int attempts,
                            Instant nextAttemptAt, Optional<Lease> lease, Optional<String> lastError,
                            Optional<Instant> deliveredAt) {
    /** Checks every component. */
    public OutboxMessage {
        Checks.notNull(id, "id");
        Checks.notNull(notification, "notification");
        Checks.notNull(state, "state");
        Checks.range(attempts, "attempts", 0, Integer.MAX_VALUE);
        Checks.notNull(nextAttemptAt, "nextAttemptAt");
        Checks.notNull(lease, "lease");
        Checks.notNull(lastError, "lastError");
        Checks.notNull(deliveredAt, "deliveredAt");
        if ((state == DeliveryState.IN_FLIGHT) != lease.isPresent()) {
            throw io.propcare.spi.InvalidInputException.of("lease", lease,
                    "expected a lease exactly when the state is IN_FLIGHT (state " + state + ")");
        }
    }

    /**
     * A new pending message.
     *
     * @param id the id
     * @param notification the notification
     * @param nextAttemptAt when it may first be claimed
     * @return the message
     */
    public static OutboxMessage pending(MessageId id, Notification notification, Instant nextAttemptAt) {
        return new OutboxMessage(id, notification, DeliveryState.PENDING, 0, nextAttemptAt, Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
