package io.propcare.notification;

import java.util.Objects;

/**
 * What one dispatch round did.
 *
 * @param claimed messages claimed
 * @param delivered messages delivered
 * @param retried messages that failed and will be tried again
 * @param dead messages given up
 * @since 0.1
 */
public record DispatchReport(int claimed, int delivered, int retried, int dead) {
    /**
     * Two reports added up.
     *
     * @param other the other report
     * @return the sum
     */
    public DispatchReport plus(DispatchReport other) {
        Objects.requireNonNull(other, "other must not be null");
        return new DispatchReport(claimed + other.claimed, delivered + other.delivered, retried + other.retried,
                dead + other.dead);
    }
}
