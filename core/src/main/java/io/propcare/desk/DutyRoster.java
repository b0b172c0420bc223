package io.propcare.desk;

import io.propcare.complaint.OnDutyLookup;
import io.propcare.model.StaffId;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.ShiftType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is on duty for a role at an instant: the desk routes new complaints to the duty person and
 * sends each escalation rung to whoever holds the rung's role when it fires.
 *
 * <p>Roles are ids: {@link #DUTY} (the office's duty person: front desk by day, duty phone in the
 * evening, fire-control center at night), {@link #CUSTOMER_SERVICE_SUPERVISOR}, {@link #DIRECTOR},
 * {@link #ENGINEERING_SUPERVISOR}, {@link #REPAIR}, and the taxonomy's department ids.
 *
 * <p>Implementation requirements: implementations must be thread-safe and must not read a clock.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DutyRoster {
    /** The office's duty person (值班人员). */
    String DUTY = "duty";
    /** The customer-service supervisor (客服主管). */
    String CUSTOMER_SERVICE_SUPERVISOR = "customer_service_supervisor";
    /** The management office's director (管理处主任). */
    String DIRECTOR = "director";
    /** The engineering supervisor (工程主管). */
    String ENGINEERING_SUPERVISOR = "engineering_supervisor";
    /** Repair staff on call (维修员). */
    String REPAIR = "repair";

    /**
     * The person on duty for a role.
     *
     * @param role the role id
     * @param at the instant
     * @return the person, or empty when nobody holds the role then
     */
    Optional<StaffId> onDuty(String role, Instant at);

    /**
     * This roster, falling back to another where it has nobody.
     *
     * @param fallback asked when this roster has nobody for the role
     * @return the combined roster
     */
    default DutyRoster orElse(DutyRoster fallback) {
        Objects.requireNonNull(fallback, "fallback must not be null");
        return (role, at) -> {
            Objects.requireNonNull(role, "role must not be null");
            Objects.requireNonNull(at, "at must not be null");
            Optional<StaffId> first = onDuty(role, at);
            return first.isPresent() ? first : fallback.onDuty(role, at);
        };
    }

    /**
     * This roster as the {@link io.propcare.complaint.DutyRouter}'s lookup, naming whoever holds
     * {@link #DUTY} when a complaint arrives, whichever service point receives it (the duty person
     * works the front desk by day, the duty phone in the evening and the fire-control center at
     * night): {@code DutyRouter.of(hours).withOnDuty(roster.forRouting())}.
     *
     * @return the lookup
     */
    default OnDutyLookup forRouting() {
        return (receiver, at) -> {
            Objects.requireNonNull(receiver, "receiver must not be null");
            return onDuty(DUTY, Objects.requireNonNull(at, "at must not be null"));
        };
    }

    /**
     * This roster as the {@link io.propcare.complaint.DutyRouter}'s lookup with a role per service
     * point, e.g. {@code Map.of("fire_control", "fire_control_operator")}; a service point not in
     * the map names nobody.
     *
     * @param roleByReceiver the role id held at each service point id
     * @return the lookup
     */
    default OnDutyLookup forRouting(Map<String, String> roleByReceiver) {
        Map<String, String> copy = Map.copyOf(Objects.requireNonNull(roleByReceiver, "roleByReceiver must not be null"));
        return (receiver, at) -> {
            Objects.requireNonNull(receiver, "receiver must not be null");
            Objects.requireNonNull(at, "at must not be null");
            String role = copy.get(receiver);
            return role == null ? Optional.empty() : onDuty(role, at);
        };
    }

    /**
     * The same person for a role at every instant, e.g. the director.
     *
     * @param byRole person by role id
     * @return the roster
     */
    static DutyRoster fixed(Map<String, StaffId> byRole) {
        Map<String, StaffId> copy = Map.copyOf(Objects.requireNonNull(byRole, "byRole must not be null"));
        return (role, at) -> {
            Objects.requireNonNull(role, "role must not be null");
            Objects.requireNonNull(at, "at must not be null");
            return Optional.ofNullable(copy.get(role));
        };
    }

    /**
     * Nobody for any role: the desk then addresses the role itself (e.g. the duty screen).
     *
     * @return the empty roster
     */
    static DutyRoster none() {
        return (role, at) -> {
            Objects.requireNonNull(role, "role must not be null");
            Objects.requireNonNull(at, "at must not be null");
            return Optional.empty();
        };
    }

    /**
     * The duty of a stored roster: a person holds a role while working a shift of that role. Shifts
     * are wall-clock windows in the property's zone and may cross midnight.
     *
     * @param roster the roster (e.g. the month's published roster)
     * @param shifts the shift types by id with the role each one covers
     * @param zone the property's zone
     * @return the roster view
     * @throws IllegalArgumentException when the roster names a shift id that is not given
     */
    static DutyRoster fromRoster(Roster roster, List<DutyShift> shifts, ZoneId zone) {
        return new RosterDuty(roster, shifts, zone);
    }

    /**
     * A shift type and the role a person working it holds.
     *
     * @param shift the shift type
     * @param role the role id, e.g. {@link #DUTY}
     */
    record DutyShift(ShiftType shift, String role) {
        /** Checks the components. */
        public DutyShift {
            Objects.requireNonNull(shift, "shift must not be null");
            Objects.requireNonNull(role, "role must not be null");
            if (role.isBlank()) {
                throw new IllegalArgumentException("role must not be blank");
            }
        }
    }
}
