package io.propcare.model.notification;

import io.propcare.model.internal.Checks;
import java.time.Instant;

/**
 * A worker's claim on a message until an instant. The token changes with every claim, so a
 * worker whose lease expired and was taken over can no longer mark the message.
 *
 * @param owner the worker's id
 * @param token the claim's token
 * @param until when the lease expires
 * @since 0.1
 */
public record Lease(String owner, String token, Instant until) {
    /** Checks every component. */
    public Lease {
        Checks.text(owner, "owner", 100);
        Checks.text(token, "token", 100);
        Checks.notNull(until, "until");
    }
}
