package io.propcare.spi;

import io.propcare.model.PropertyId;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.MessageId;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox: notifications are enqueued in the same unit of work as the event that
 * caused them, and workers claim due messages under a lease, deliver them and mark the outcome.
 *
 * <p>Guarantees: concurrent claimers never receive the same message; a message whose lease expired
 * is claimable again (so a worker that dies loses nothing); a message marked delivered is never
 * claimed again; marks need the current lease token.
 *
 * <p>Implementation requirements: thread-safe, atomic writes, scoped to one property per call.
 * The compatibility kit's {@code NotificationOutboxContract} checks every clause.
 *
 * @since 0.1
 */
public interface NotificationOutbox {
    /**
     * Adds a pending message due at the notification's creation instant, unless a message with
     * the same deduplication key exists in the property.
     *
     * <p>Kit group: "enqueue".
     *
     * @param notification the notification
     * @return the message and whether it was created
     */
    Enqueued enqueue(Notification notification);

    /**
     * Claims up to {@code max} messages that are pending with a next attempt at or before
     * {@code now}, or in flight with a lease expired at or before {@code now}; ordered by the
     * instant each became claimable (the next attempt of a pending message, the lease's end of an
     * expired one), then in enqueue order. Each claimed message is in flight under a new lease for {@code worker}
     * until {@code now + lease}, with its attempt count increased by one.
     *
     * <p>Kit groups: "claim", "concurrent claims", "lease expiry".
     *
     * @param property the property
     * @param worker the worker's id, 1-100 characters
     * @param now the current instant
     * @param lease how long the lease lasts, positive
     * @param max 1 to 1000
     * @return the claimed messages, possibly empty
     */
    List<OutboxMessage> claim(PropertyId property, String worker, Instant now, Duration lease, int max);

    /**
     * Records a successful delivery. The message must be in flight under the given lease token.
     *
     * <p>Kit group: "mark".
     *
     * @param property the property
     * @param id the message
     * @param leaseToken the token of the claim
     * @param at when it was delivered
     * @return the delivered message
     * @throws NotFoundException when the message does not exist in the property
     * @throws LeaseLostException when the token is not the current lease's
     */
    OutboxMessage markDelivered(PropertyId property, MessageId id, String leaseToken, Instant at);

    /**
     * Records a failed delivery: pending again from {@code retryAt}, or dead when
     * {@code retryAt} is empty (the caller's retry policy gave up).
     *
     * <p>Kit group: "mark".
     *
     * @param property the property
     * @param id the message
     * @param leaseToken the token of the claim
     * @param error what went wrong, 1-2000 characters (no personal data)
     * @param retryAt when to try again, or empty to give up
     * @return the message after the mark
     * @throws NotFoundException when the message does not exist in the property
     * @throws LeaseLostException when the token is not the current lease's
     */
    OutboxMessage markFailed(PropertyId property, MessageId id, String leaseToken, String error,
                             Optional<Instant> retryAt);

    /**
     * Loads a message.
     *
     * @param property the property
     * @param id the message
     * @return the message, or empty
     */
    Optional<OutboxMessage> find(PropertyId property, MessageId id);

    /**
     * Counts the property's messages in a state.
     *
     * @param property the property
     * @param state the state
     * @return the count
     */
    long count(PropertyId property, DeliveryState state);
}
