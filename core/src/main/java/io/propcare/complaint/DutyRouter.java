package io.propcare.complaint;

import io.propcare.model.StaffId;
import io.propcare.model.complaint.ComplaintText;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who receives a complaint at the instant it arrives (the service point whose hours cover
 * that wall-clock time in the property's zone, else the fallback) and who owns it by place
 * (building or facility), together with the department of its category. Given an
 * {@link OnDutyLookup} ({@link #withOnDuty(OnDutyLookup)}), it also names the person on duty at
 * that service point then, by staff id.
 *
 * <p>Implementation requirements: immutable, and thread-safe as long as its {@link OnDutyLookup} is.
 *
 * @since 0.1
 */
public final class DutyRouter {
    private static final Logger log = LoggerFactory.getLogger(DutyRouter.class);

    private final DutyHours hours;
    private final ZoneId zone;
    /** Null for a router that names nobody (and says nothing about people in its reasons). */
    private final OnDutyLookup lookup;

    private DutyRouter(DutyHours hours, OnDutyLookup lookup) {
        this.hours = hours;
        this.zone = ZoneId.of(hours.zone());
        this.lookup = lookup;
    }

    /**
     * A router for the given hours that names nobody: its routings' {@link Routing#person()} is
     * {@code ""}.
     *
     * @param hours the service hours and owners
     * @return the router
     */
    public static DutyRouter of(DutyHours hours) {
        return new DutyRouter(Objects.requireNonNull(hours, "hours must not be null"), null);
    }

    /**
     * This router, naming the person on duty at the receiving service point: for each complaint the
     * lookup is asked once, with the receiver's id (the fallback's when no window covers the time)
     * and the complaint's arrival instant. When it answers empty, or throws a runtime exception
     * (logged at WARN with the exception's class; its message and stack trace only at DEBUG, since
     * they come from the lookup and may name people), the routing names nobody and its reason says
     * so. Replaces any lookup this router already has.
     *
     * @param lookup who is on duty at a service point at an instant
     * @return a new router with the same hours
     * @throws NullPointerException if {@code lookup} is null
     */
    public DutyRouter withOnDuty(OnDutyLookup lookup) {
        return new DutyRouter(hours, Objects.requireNonNull(lookup, "lookup must not be null"));
    }

    /**
     * Where a complaint goes.
     *
     * @param receiver the service point's id
     * @param receiverName its name
     * @param person the staff id of the person on duty at the service point, or {@code ""} when
     *        nobody is named (a router without an {@link OnDutyLookup}, a lookup that answered empty
     *        or failed; the reason tells which); never a person's name
     * @param owner who owns the place
     * @param department the department of the category
     * @param reason why, in words
     * @since 0.1
     */
    public record Routing(String receiver, String receiverName, String person, String owner, String department,
                          String reason) {
        /** Checks that nothing is null. */
        public Routing {
            Objects.requireNonNull(receiver, "receiver must not be null");
            Objects.requireNonNull(receiverName, "receiverName must not be null");
            Objects.requireNonNull(person, "person must not be null");
            Objects.requireNonNull(owner, "owner must not be null");
            Objects.requireNonNull(department, "department must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /**
     * The service point on duty at an instant.
     *
     * @param at the instant
     * @return the receiver
     */
    public DutyHours.Receiver receiverAt(Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        LocalTime t = at.atZone(zone).toLocalTime();
        for (DutyHours.Receiver r : hours.receivers()) {
            if (r.covers(t)) {
                return r;
            }
        }
        return hours.receivers().stream().filter(r -> r.id().equals(hours.fallback())).findFirst().orElseThrow();
    }

    /**
     * Routes a classified complaint.
     *
     * @param complaint the complaint
     * @param result its classification
     * @return the routing
     */
    public Routing route(ComplaintText complaint, ClassificationResult result) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(result, "result must not be null");
        Instant at = complaint.receivedAt().toInstant();
        DutyHours.Receiver r = receiverAt(at);
        LocalTime local = at.atZone(zone).toLocalTime();
        boolean covered = r.covers(local);
        String owner = hours.owners().getOrDefault(complaint.building(), hours.defaultOwner());
        String reason = "received at " + local + " " + zone + ": " + (covered ? r.name() + " (" + r.hours() + ")"
                : "no service point open, fallback " + r.name()) + "; owner of " + (complaint.hasBuilding()
                ? "building " + complaint.building() : "the estate") + ": " + owner;
        if (lookup == null) {
            return new Routing(r.id(), r.name(), "", owner, result.department(), reason);
        }
        String person = "";
        String duty;
        try {
            Optional<StaffId> found = lookup.onDuty(r.id(), at);
            if (found == null) {
                throw new IllegalStateException("the lookup returned null instead of an Optional");
            }
            person = found.map(StaffId::value).orElse("");
            duty = person.isEmpty() ? "nobody named" : "staff " + person;
        } catch (RuntimeException e) {
            // the routing stays useful without a person; the failure is the lookup's, not the caller's
            // the exception's class only: its message comes from the integrator's lookup and may name people
            log.warn("On-duty lookup failed for service point {} at {}; routing complaint {} without a person: {}",
                    r.id(), at, complaint.id(), e.getClass().getName());
            log.debug("On-duty lookup failure", e);
            duty = "nobody named, the on-duty lookup failed";
        }
        return new Routing(r.id(), r.name(), person, owner, result.department(),
                reason + "; on duty at " + r.name() + ": " + duty);
    }
}
