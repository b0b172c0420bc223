package io.propcare.notification;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.spi.DeliveryException;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.LeaseLostException;
import io.propcare.spi.Notifier;
import io.propcare.spi.NotificationOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds: claims due messages under a lease, hands each to the first
 * notifier that supports its channel, and marks it delivered, to retry (with the
 * {@link RetryPolicy}) or dead. Several dispatchers (threads or nodes) may run against one outbox:
 * the outbox's leases keep them from sharing a message.
 *
 * <p>Implementation requirements: immutable and thread-safe; {@link #dispatchOnce} may be called
 * from a scheduler.
 *
 * @since 0.1
 */
public final class OutboxDispatcher {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final NotificationOutbox outbox;
    private final List<Notifier> notifiers;
    private final Clock clock;
    private final String worker;
    private final Duration lease;
    private final int batchSize;
    private final RetryPolicy retry;

    private OutboxDispatcher(NotificationOutbox outbox, List<Notifier> notifiers, Clock clock, String worker,
                             Duration lease, int batchSize, RetryPolicy retry) {
        this.outbox = outbox;
        this.notifiers = notifiers;
        this.clock = clock;
        this.worker = worker;
        this.lease = lease;
        this.batchSize = batchSize;
        this.retry = retry;
    }

    /**
     * A dispatcher.
     *
     * @param outbox the outbox
     * @param notifiers the notifiers, asked in order; not empty
     * @param clock the clock
     * @param worker this worker's id (e.g. host and thread)
     * @param lease how long a claim lasts; longer than the slowest delivery
     * @param batchSize messages claimed per round, 1 to 1000
     * @param retry the retry policy
     * @return the dispatcher
     */
    public static OutboxDispatcher of(NotificationOutbox outbox, List<Notifier> notifiers, Clock clock, String worker,
                                      Duration lease, int batchSize, RetryPolicy retry) {
        Checks.notNull(outbox, "outbox");
        List<Notifier> ns = Checks.list(notifiers, "notifiers");
        if (ns.isEmpty()) {
            throw InvalidInputException.of("notifiers", "[]", "expected at least one notifier");
        }
        Checks.notNull(clock, "clock");
        Checks.text(Checks.notNull(worker, "worker"), "worker", 100);
        Checks.notNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw InvalidInputException.of("lease", lease, "expected a positive duration");
        }
        Checks.range(batchSize, "batchSize", 1, 1000);
        Checks.notNull(retry, "retry");
        return new OutboxDispatcher(outbox, ns, clock, worker, lease, batchSize, retry);
    }

    /**
     * Claims one batch of the property's due messages and delivers it.
     *
     * @param property the property
     * @return what was done
     */
    public DispatchReport dispatchOnce(PropertyId property) {
        Checks.notNull(property, "property");
        Instant now = clock.instant();
        List<OutboxMessage> batch = outbox.claim(property, worker, now, lease, batchSize);
        int delivered = 0;
        int retried = 0;
        int dead = 0;
        for (OutboxMessage m : batch) {
            String token = m.lease().orElseThrow().token();
            try {
                Optional<Notifier> notifier = notifiers.stream()
                        .filter(n -> n.supports(m.notification().channel())).findFirst();
                if (notifier.isEmpty()) {
                    outbox.markFailed(property, m.id(), token,
                            "no notifier supports channel " + m.notification().channel(), Optional.empty());
                    dead++;
                    log.warn("outbox message {} dead: no notifier supports {}", m.id(), m.notification().channel());
                    continue;
                }
                Outcome o = deliver(notifier.get(), m);
                if (o.error == null) {
                    outbox.markDelivered(property, m.id(), token, clock.instant());
                    delivered++;
                } else {
                    Optional<Instant> at = o.retryable ? retry.retryAt(m.attempts(), clock.instant()) : Optional.empty();
                    outbox.markFailed(property, m.id(), token, o.error, at);
                    if (at.isPresent()) {
                        retried++;
                        log.debug("outbox message {} attempt {} failed, retry at {}: {}", m.id(), m.attempts(), at.get(), o.error);
                    } else {
                        dead++;
                        log.warn("outbox message {} dead after {} attempts: {}", m.id(), m.attempts(), o.error);
                    }
                }
            } catch (LeaseLostException lost) {
                log.warn("outbox message {}: lease lost before marking (delivery took longer than {})", m.id(), lease);
            }
        }
        return new DispatchReport(batch.size(), delivered, retried, dead);
    }

    /**
     * Dispatches rounds until no message is due now, or {@code maxRounds} rounds.
     *
     * @param property the property
     * @param maxRounds at most this many rounds, at least 1
     * @return the total
     */
    public DispatchReport drain(PropertyId property, int maxRounds) {
        Checks.range(maxRounds, "maxRounds", 1, Integer.MAX_VALUE);
        DispatchReport total = new DispatchReport(0, 0, 0, 0);
        for (int i = 0; i < maxRounds; i++) {
            DispatchReport r = dispatchOnce(property);
            total = total.plus(r);
            if (r.claimed() == 0) {
                break;
            }
        }
        return total;
    }

    private record Outcome(String error, boolean retryable) {
    }

    private static Outcome deliver(Notifier notifier, OutboxMessage m) {
        try {
            notifier.deliver(m.notification());
            return new Outcome(null, false);
        } catch (DeliveryException e) {
            return new Outcome(notifier.name() + ": " + e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            return new Outcome(notifier.name() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), true);
        }
    }
}
