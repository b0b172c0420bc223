package io.propcare.notification;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again: exponential backoff from a first delay, capped, up to a
 * maximum number of attempts.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param firstDelay the delay after the first failure, positive
 * @param multiplier the factor between successive delays, at least 1
 * @param maxDelay the largest delay, at least {@code firstDelay}
 * @param maxAttempts attempts in all before giving up, at least 1
 * @since 0.1
 */
public record RetryPolicy(Duration firstDelay, double multiplier, Duration maxDelay, int maxAttempts) {
    /** Checks every component. */
    public RetryPolicy {
        Checks.notNull(firstDelay, "firstDelay");
        Checks.notNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw InvalidInputException.of("firstDelay", firstDelay, "expected a positive duration");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw InvalidInputException.of("multiplier", multiplier, "expected a finite number of at least 1");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw InvalidInputException.of("maxDelay", maxDelay, "expected at least firstDelay " + firstDelay);
        }
        Checks.range(maxAttempts, "maxAttempts", 1, 1000);
    }

    /**
     * The default: 30 s, doubling, at most 1 h apart, 8 attempts.
     *
     * @return the policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(30), 2.0, Duration.ofHours(1), 8);
    }

    /**
     * When to try again after a failed attempt.
     *
     * @param attempts the attempts made so far, at least 1
     * @param now when the attempt failed
     * @return the next attempt's instant, or empty when the attempts are used up
     */
    public Optional<Instant> retryAt(int attempts, Instant now) {
        Checks.range(attempts, "attempts", 1, Integer.MAX_VALUE);
        Checks.notNull(now, "now");
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        double seconds = firstDelay.toMillis() / 1000.0 * Math.pow(multiplier, attempts - 1);
        long millis = (long) Math.min(maxDelay.toMillis(), seconds * 1000.0);
        return Optional.of(now.plusMillis(millis));
    }
}
