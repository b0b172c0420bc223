package io.propcare.examples;

import io.propcare.Propcare;
import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Location;
import io.propcare.model.complaint.Resident;
import java.time.Clock;
import java.time.ZoneId;

/** The README's opening example, compiled and run by the tests so it never goes stale. */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /**
     * Runs the example.
     *
     * @param clock the clock
     * @param locator the storage locator
     * @return the stored complaint
     */
    public static ComplaintRecord run(Clock clock, String locator) {
        // --- README example starts ---
        try (Propcare propcare = Propcare.builder().clock(clock).storage(locator).build()) {
            PropertyId property = PropertyId.of("talent-apartments");
            Complaint c = Complaint.of(ComplaintId.of("C-2026-000001"), property, Location.ofUnit("3", "3-1502"),
                    Resident.anonymous(), Channel.WECHAT, "卫生间天花板漏水", clock.instant());
            return propcare.storage().inTransaction(s -> {
                s.complaints().create(c, "wechat-msg-8841");      // idempotent per key
                return s.complaints().append(property, c.id(), 0, ComplaintChange.of(
                        ComplaintEvent.of(EventType.RECEIVED, Actor.of("E017"), clock.instant()),
                        ComplaintState.initial()));               // version 0 -> 1, or a conflict
            });
        }
        // --- README example ends ---
    }

    /**
     * Runs the example on embedded H2 and prints the stored history.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ComplaintRecord r = run(Clock.system(ZoneId.of("Asia/Shanghai")), "jdbc:h2:mem:readme");
        System.out.println(r.id() + " version " + r.version() + ": " + r.history());
    }
}
