package io.propcare.model.notification;

/**
 * Where an outbox message stands.
 *
 * @since 0.1
 */
public enum DeliveryState {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a worker under a lease. */
    IN_FLIGHT,
    /** Delivered; never claimed again. */
    DELIVERED,
    /** Given up after the last attempt; never claimed again. */
    DEAD
}
