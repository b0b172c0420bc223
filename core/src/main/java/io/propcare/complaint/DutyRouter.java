package io.propcare.complaint;

import io.propcare.model.complaint.ComplaintText;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Decides who receives a complaint at the instant it arrives (the service point whose hours cover
 * that wall-clock time in the property's zone, else the fallback) and who owns it by place
 * (building or facility), together with the department of its category.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DutyRouter {
    private final DutyHours hours;
    private final ZoneId zone;

    private DutyRouter(DutyHours hours) {
        this.hours = hours;
        this.zone = ZoneId.of(hours.zone());
    }

    /**
     * A router for the given hours.
     *
     * @param hours the service hours and owners
     * @return the router
     */
    public static DutyRouter of(DutyHours hours) {
        return new DutyRouter(Objects.requireNonNull(hours, "hours must not be null"));
    }

    /**
     * Where a complaint goes.
     *
     * @param receiver the service point's id
     * @param receiverName its name
     * @param owner who owns the place
     * @param department the department of the category
     * @param reason why, in words
     * @since 0.1
     */
    public record Routing(String receiver, String receiverName, String owner, String department, String reason) {
        /** Checks that nothing is null. */
        public Routing {
            Objects.requireNonNull(receiver, "receiver must not be null");
            Objects.requireNonNull(receiverName, "receiverName must not be null");
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
        return new Routing(r.id(), r.name(), owner, result.department(), reason);
    }
}
