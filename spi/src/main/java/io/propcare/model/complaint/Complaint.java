package io.propcare.model.complaint;

import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A complaint as received: the facts of the duty log entry that never change afterwards.
 * What happens to it later is its event history ({@link ComplaintRecord}).
 *
 * <p>Implementation requirements: immutable value type; {@code toString()} masks personal data.
 *
 * @param id the complaint's id
 * @param propertyId the property (tenant) it belongs to
 * @param location building, unit and zone
 * @param resident the resident, possibly anonymous
 * @param channel how it was received
 * @param origin direct or transferred from the company center
 * @param text what the resident said or staff logged, 1-4000 characters
 * @param receivedAt when it was received
 * @param firstContact the staff member who first received it (首问负责), if known
 * @since 0.1
 */
public record Complaint(ComplaintId id, PropertyId propertyId, Location location, Resident resident,
                        Channel channel, Origin origin, String text, Instant receivedAt,
                        Optional<StaffId> firstContact) {
    /** The longest text accepted. */
    public static final int MAX_TEXT = 4000;

    /** Checks every component. */
    public Complaint {
        Checks.notNull(id, "id");
        Checks.notNull(propertyId, "propertyId");
        Checks.notNull(location, "location");
        Checks.notNull(resident, "resident");
        Checks.notNull(channel, "channel");
        Checks.notNull(origin, "origin");
        Checks.text(text, "text", MAX_TEXT);
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(firstContact, "firstContact");
    }

    /**
     * A direct complaint with no first-contact staff member recorded.
     *
     * @param id the id
     * @param propertyId the property
     * @param location where
     * @param resident who
     * @param channel how
     * @param text what
     * @param receivedAt when
     * @return the complaint
     */
    public static Complaint of(ComplaintId id, PropertyId propertyId, Location location, Resident resident,
                               Channel channel, String text, Instant receivedAt) {
        return new Complaint(id, propertyId, location, resident, channel, Origin.DIRECT, text, receivedAt,
                Optional.empty());
    }

    /**
     * A copy with the first-contact staff member.
     *
     * @param staff the staff member
     * @return a copy
     */
    public Complaint withFirstContact(StaffId staff) {
        return new Complaint(id, propertyId, location, resident, channel, origin, text, receivedAt,
                Optional.of(Checks.notNull(staff, "staff")));
    }

    /**
     * A copy with another origin.
     *
     * @param newOrigin the origin
     * @return a copy
     */
    public Complaint withOrigin(Origin newOrigin) {
        return new Complaint(id, propertyId, location, resident, channel, newOrigin, text, receivedAt, firstContact);
    }
}
