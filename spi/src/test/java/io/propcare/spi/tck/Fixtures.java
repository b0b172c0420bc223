package io.propcare.spi.tck;

import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Location;
import io.propcare.model.complaint.Origin;
import io.propcare.model.complaint.Resident;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.Recipient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ready-made values for the compatibility kit: complaints, events, states and notifications that
 * exercise every field, including hostile text (quotes, SQL, emoji, 4-byte Chinese characters).
 */
public final class Fixtures {
    /** The property most tests use. */
    public static final PropertyId PROPERTY = PropertyId.of("talent-apartments");
    /** Another property, for isolation tests. */
    public static final PropertyId OTHER_PROPERTY = PropertyId.of("riverside-garden");
    /** A text with quotes, SQL, emoji and a 4-byte CJK character (U+20BB7). */
    public static final String HOSTILE_TEXT = "3栋1502业主: 'quotes' \"double\" '; DROP TABLE complaints; -- 😡 𠮷 \\ % _ \t tab";
    /** A base instant: 2025-03-03T08:30+08:00. */
    public static final Instant T0 = Instant.parse("2025-03-03T00:30:00Z");

    private Fixtures() {
    }

    /**
     * A complaint with every field filled in.
     *
     * @param property the property
     * @param id the id
     * @param receivedAt when it was received
     * @return the complaint
     */
    public static Complaint complaint(PropertyId property, String id, Instant receivedAt) {
        return new Complaint(ComplaintId.of(id), property,
                new Location(Optional.of("3"), Optional.of("3-1502"), Optional.of("north")),
                Resident.of(PersonName.of("张三丰"), PhoneNumber.parse("138-1234-5678")),
                Channel.WECHAT, Origin.COMPANY_CENTER, "楼上漏水，天花板在滴水 water dripping " + HOSTILE_TEXT,
                receivedAt, Optional.of(StaffId.of("E017")));
    }

    /**
     * A complaint with only the required fields.
     *
     * @param property the property
     * @param id the id
     * @param receivedAt when
     * @return the complaint
     */
    public static Complaint minimalComplaint(PropertyId property, String id, Instant receivedAt) {
        return Complaint.of(ComplaintId.of(id), property, Location.nowhere(), Resident.anonymous(), Channel.PATROL,
                "巡查：地库B2积水", receivedAt);
    }

    /**
     * An event with details.
     *
     * @param type the type
     * @param at when
     * @return the event
     */
    public static ComplaintEvent event(EventType type, Instant at) {
        return ComplaintEvent.of(type, Actor.of("E017"), at,
                Map.of("note", "已联系业主 " + HOSTILE_TEXT, "step", type.name().toLowerCase()));
    }

    /**
     * A state with every field filled in.
     *
     * @param status the status
     * @param nextDueAt the next due instant, or null for none
     * @return the state
     */
    public static ComplaintState state(ComplaintStatus status, Instant nextDueAt) {
        Classification c = new Classification(Category.of("plumbing"), Urgency.URGENT, Validity.VALID,
                Scope.COLLECTIVE, 0.8125, true, List.of("rule water.leak matched '漏水'", "model: 漏水 +2.31"));
        return new ComplaintState(status, Optional.of(c), Optional.of(StaffId.of("E042")),
                Map.of("on_site", T0.plusSeconds(900), "result_feedback", T0.plusSeconds(86_400)),
                Optional.ofNullable(nextDueAt));
    }

    /**
     * A one-event change.
     *
     * @param type the event type
     * @param at when
     * @param status the status after it
     * @param nextDueAt the next due instant or null
     * @return the change
     */
    public static ComplaintChange change(EventType type, Instant at, ComplaintStatus status, Instant nextDueAt) {
        return ComplaintChange.of(event(type, at), state(status, nextDueAt));
    }

    /**
     * A notification with every field filled in.
     *
     * @param property the property
     * @param dedupKey the deduplication key
     * @param createdAt when
     * @return the notification
     */
    public static Notification notification(PropertyId property, String dedupKey, Instant createdAt) {
        return new Notification(property, Recipient.staff("E042").withAddress("13812345678"),
                NotificationChannel.SMS, "escalation.director",
                Map.of("complaint", "C-1", "text", HOSTILE_TEXT, "unit", "3-15**"), dedupKey, true, createdAt);
    }
}
