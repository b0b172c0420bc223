package io.propcare.desk;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.spi.ConcurrentModificationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the escalation ladder: finds the complaints whose next due instant has come
 * ({@link io.propcare.spi.ComplaintStore#findDue}), fires each due escalation step exactly once
 * (recorded as an ESCALATED event carrying the step's stable key), notifies the rung's recipients
 * (the person on duty for the role at that instant, else the role) and sets the next due instant.
 *
 * <p>Call {@link #sweep} on a schedule, or let {@link #runOn} do it. Several sweepers, in one
 * process or many, may run at once: each complaint is changed with an optimistic version check,
 * so of two sweepers firing the same step one wins and the other finds nothing left to fire.
 *
 * <p>Implementation requirements: thread-safe; holds no state between sweeps.
 *
 * @since 0.1
 */
public final class EscalationSweeper {
    private static final Logger log = LoggerFactory.getLogger(EscalationSweeper.class);
    private static final int BATCH = 200;
    private final ComplaintDesk desk;

    EscalationSweeper(ComplaintDesk desk) {
        this.desk = desk;
    }

    /**
     * What one sweep did.
     *
     * @param examined complaints looked at
     * @param fired escalation steps fired
     * @param conflicts complaints another writer changed at the same time (left for the next sweep)
     */
    public record SweepReport(int examined, int fired, int conflicts) {
    }

    /**
     * Sweeps one property once, at the desk clock's current instant.
     *
     * @param property the property
     * @return what the sweep did
     */
    public SweepReport sweep(PropertyId property) {
        Objects.requireNonNull(property, "property must not be null");
        Instant now = desk.clock().instant();
        Set<ComplaintId> seen = new HashSet<>();
        int fired = 0;
        int conflicts = 0;
        while (true) {
            List<ComplaintRecord> due = desk.storage().complaints().findDue(property, now, BATCH);
            boolean fresh = false;
            for (ComplaintRecord r : due) {
                if (!seen.add(r.id())) {
                    continue;
                }
                fresh = true;
                try {
                    fired += desk.sweepOne(property, r.id(), now);
                } catch (ConcurrentModificationException e) {
                    conflicts++;
                    log.debug("sweep {}: {} changed concurrently; left for the next sweep", property, r.id());
                }
            }
            if (!fresh || due.size() < BATCH) {
                break;
            }
        }
        if (fired > 0) {
            log.debug("sweep {} at {}: {} complaints, {} steps fired, {} conflicts", property, now, seen.size(), fired,
                    conflicts);
        }
        return new SweepReport(seen.size(), fired, conflicts);
    }

    /**
     * Sweeps the given properties on an executor every {@code period}; a failed sweep is logged
     * and the next one runs as planned.
     *
     * @param executor the executor (the caller owns and shuts it down)
     * @param period the time between sweeps, positive
     * @param properties the properties
     * @return the scheduled task, to cancel
     */
    public ScheduledFuture<?> runOn(ScheduledExecutorService executor, Duration period, List<PropertyId> properties) {
        Objects.requireNonNull(executor, "executor must not be null");
        Objects.requireNonNull(period, "period must not be null");
        List<PropertyId> list = List.copyOf(Objects.requireNonNull(properties, "properties must not be null"));
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, got " + period);
        }
        return executor.scheduleWithFixedDelay(() -> {
            for (PropertyId p : list) {
                try {
                    sweep(p);
                } catch (RuntimeException e) {
                    log.error("escalation sweep of {} failed; retrying at the next run", p, e);
                }
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
