package io.propcare.desk;

import io.propcare.adapter.inmemory.InMemoryStorage;
import io.propcare.adapter.inmemory.RecordingNotifier;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Location;
import io.propcare.model.complaint.Origin;
import io.propcare.model.complaint.Resident;
import io.propcare.model.notification.Notification;
import io.propcare.notification.OutboxDispatcher;
import io.propcare.notification.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.MutableClock;

/** A desk on in-memory storage with a mutable clock, a fixed duty roster and a recording notifier. */
final class DeskFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final PropertyId PROPERTY = PropertyId.of("talent-apartments");
    static final StaffId FRONT = StaffId.of("E-front-1");
    static final StaffId DUTY = StaffId.of("E-duty");
    static final StaffId CS = StaffId.of("E-cs-1");
    static final StaffId SUPERVISOR = StaffId.of("E-cs-sup");
    static final StaffId DIRECTOR = StaffId.of("E-director");
    static final StaffId REPAIR = StaffId.of("E-repair-1");
    static final StaffId ZONE_OWNER = StaffId.of("E-zone-n");
    static final ComplaintEngine ENGINE = ComplaintEngine.builder().classifier(new KeywordClassifier()).build();

    final MutableClock clock;
    final InMemoryStorage storage;
    final ComplaintDesk desk;
    final RecordingNotifier notifier = RecordingNotifier.allChannels();
    final OutboxDispatcher dispatcher;
    private int next = 1;

    /** Tuesday 3 November 2026, 10:00 in Shanghai (a working day). */
    DeskFixture() {
        this(ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, ZONE).toInstant());
    }

    DeskFixture(Instant start) {
        clock = MutableClock.of(start, ZONE);
        storage = InMemoryStorage.open(clock);
        desk = ComplaintDesk.builder().clock(clock).storage(storage).zone(ZONE).classifier(ENGINE)
                .dutyRoster(DutyRoster.fixed(Map.of(DutyRoster.DUTY, DUTY,
                        DutyRoster.CUSTOMER_SERVICE_SUPERVISOR, SUPERVISOR, DutyRoster.DIRECTOR, DIRECTOR,
                        "engineering", REPAIR)))
                .zoneOwners(Map.of("north", ZONE_OWNER))
                .build();
        dispatcher = OutboxDispatcher.of(storage.outbox(), List.of(notifier), clock, "test", Duration.ofMinutes(1), 100,
                RetryPolicy.defaults());
    }

    Complaint complaint(String text, Channel channel, String building, String unit) {
        ComplaintId id = ComplaintId.of(String.format("C-%04d", next++));
        return new Complaint(id, PROPERTY, Location.ofUnit(building, unit).withZone("north"),
                Resident.of(PersonName.of("王芳"), PhoneNumber.parse("13812345678")), channel, Origin.DIRECT, text,
                clock.instant(), Optional.empty());
    }

    ComplaintRecord receive(Complaint c) {
        return desk.receive(c, "key:" + c.id());
    }

    ComplaintRecord run(ComplaintRecord r, DeskCommand command) {
        return desk.execute(PROPERTY, r.id(), command);
    }

    ComplaintRecord reload(ComplaintRecord r) {
        return desk.find(PROPERTY, r.id()).orElseThrow();
    }

    void advance(Duration d) {
        clock.add(d);
    }

    /** Delivers everything due now and returns what was delivered since the last call. */
    private int seen;

    List<Notification> deliver() {
        dispatcher.drain(PROPERTY, 20);
        List<Notification> all = notifier.delivered();
        List<Notification> fresh = new ArrayList<>(all.subList(seen, all.size()));
        seen = all.size();
        return fresh;
    }

    static List<EventType> types(ComplaintRecord r) {
        return r.history().stream().map(ComplaintEvent::type).toList();
    }

    static ComplaintEvent last(ComplaintRecord r) {
        return r.history().get(r.history().size() - 1);
    }

    Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ZONE).toInstant();
    }
}
