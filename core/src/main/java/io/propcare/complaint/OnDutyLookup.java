package io.propcare.complaint;

import io.propcare.model.StaffId;
import java.time.Instant;
import java.util.Optional;

/**
 * Names the person on duty at a service point at an instant, so that a {@link DutyRouter} can say
 * who receives a complaint, not only where ({@link DutyRouter#withOnDuty(OnDutyLookup)}).
 *
 * <p>A roster usually supplies it: {@code io.propcare.roster.PropertyRoster#onDutyLookup} maps the
 * service points of {@link DutyHours} to roster posts; any other source (a fixed table, a staffing
 * system) is a lambda.
 *
 * <p>Implementation requirements: implementations must be thread-safe, must not read a clock (the
 * instant is given) and should answer quickly, since the router asks once per complaint. An
 * exception they throw does not fail the routing: the router then names nobody and says why.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface OnDutyLookup {
    /**
     * The person on duty at a service point at an instant.
     *
     * @param receiver the service point's id, one of {@link DutyHours#receivers()} (e.g. {@code "front_desk"})
     * @param at the instant
     * @return the person's staff id, or empty when nobody is known to be on duty there then
     */
    Optional<StaffId> onDuty(String receiver, Instant at);
}
