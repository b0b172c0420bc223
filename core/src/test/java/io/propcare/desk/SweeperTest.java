package io.propcare.desk;

import static io.propcare.desk.DeskFixture.DUTY;
import static io.propcare.desk.DeskFixture.PROPERTY;
import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.adapter.inmemory.InMemoryStorage;
import io.propcare.adapter.inmemory.RecordingNotifier;
import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
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
import io.propcare.model.complaint.Validity;
import io.propcare.model.notification.Notification;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.model.roster.ShiftType;
import io.propcare.notification.OutboxDispatcher;
import io.propcare.notification.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class SweeperTest {
    private static final int COMPLAINTS = 30;

    @Test
    @DisplayName("runOn sweeps on the caller's executor until cancelled, firing each due step once")
    void runsOnAnExecutor() throws Exception {
        MutableClock clock = MutableClock.of(ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, DeskFixture.ZONE).toInstant(),
                DeskFixture.ZONE);
        InMemoryStorage memory = InMemoryStorage.open(clock);
        ComplaintDesk desk = ComplaintDesk.builder().clock(clock).storage(memory)
                .zone(DeskFixture.ZONE).classifier(DeskFixture.ENGINE).withoutCollectiveDetection()
                .dutyRoster(DutyRoster.fixed(Map.of(DutyRoster.DUTY, DUTY))).build();
        Complaint c = new Complaint(ComplaintId.of("C-exec"), PROPERTY, Location.ofUnit("1", "1-101"),
                Resident.anonymous(), Channel.PHONE, Origin.DIRECT, "楼道很脏", clock.instant(), Optional.empty());
        desk.receive(c, "k");
        desk.execute(PROPERTY, c.id(), DeskCommand.classify(DUTY, Validity.VALID));
        clock.add(Duration.ofDays(10));
        java.util.concurrent.ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            java.util.concurrent.ScheduledFuture<?> task = desk.sweeper().runOn(executor, Duration.ofMillis(20),
                    List.of(PROPERTY));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (desk.find(PROPERTY, c.id()).orElseThrow().state().nextDueAt().isPresent()
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            task.cancel(false);
            assertThat(task.isCancelled()).isTrue();
        } finally {
            executor.shutdownNow();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        ComplaintRecord r = desk.find(PROPERTY, c.id()).orElseThrow();
        assertThat(r.state().nextDueAt()).as("every due step fired").isEmpty();
        List<String> keys = r.history().stream().filter(e -> e.type() == EventType.ESCALATED)
                .map(e -> e.details().get("key")).toList();
        assertThat(keys).contains("C-exec/result_feedback/company/0").doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("runOn rejects a period that is not positive, naming it")
    void runOnChecksThePeriod() {
        MutableClock clock = MutableClock.of(Instant.parse("2026-11-03T02:00:00Z"), DeskFixture.ZONE);
        ComplaintDesk desk = ComplaintDesk.builder().clock(clock).storage(InMemoryStorage.open(clock))
                .zone(DeskFixture.ZONE).classifier(DeskFixture.ENGINE).build();
        java.util.concurrent.ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> desk.sweeper().runOn(executor, Duration.ZERO, List.of(PROPERTY)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("two sweepers racing on non-isolated units of work fire each step exactly once and notify once")
    void twoSweepersFireOnce() throws Exception {
        MutableClock clock = MutableClock.of(ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, DeskFixture.ZONE).toInstant(),
                DeskFixture.ZONE);
        InMemoryStorage memory = InMemoryStorage.open(clock);
        ComplaintDesk desk = ComplaintDesk.builder().clock(clock).storage(new UnlockedStorage(memory))
                .zone(DeskFixture.ZONE).classifier(DeskFixture.ENGINE).withoutCollectiveDetection()
                .dutyRoster(DutyRoster.fixed(Map.of(DutyRoster.DUTY, DUTY))).build();
        for (int i = 0; i < COMPLAINTS; i++) {
            Complaint c = new Complaint(ComplaintId.of("C-" + i), PROPERTY, Location.ofUnit("1", "1-" + (100 + i)),
                    Resident.of(PersonName.of("李强"), PhoneNumber.parse("13987654321")), Channel.PHONE,
                    Origin.DIRECT, "楼道很脏", clock.instant(), Optional.empty());
            desk.receive(c, "k" + i);
            desk.execute(PROPERTY, c.id(), DeskCommand.classify(DUTY, Validity.VALID));
            clock.add(Duration.ofMinutes(1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int fired = 0;
        try {
            for (int round = 0; round < 13; round++) {
                clock.add(Duration.ofHours(8));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<EscalationSweeper.SweepReport>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    EscalationSweeper sweeper = desk.sweeper();
                    runs.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return sweeper.sweep(PROPERTY);
                    }));
                }
                for (Future<EscalationSweeper.SweepReport> f : runs) {
                    fired += f.get(30, TimeUnit.SECONDS).fired();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        int keys = 0;
        for (int i = 0; i < COMPLAINTS; i++) {
            ComplaintRecord r = desk.find(PROPERTY, ComplaintId.of("C-" + i)).orElseThrow();
            List<String> fk = r.history().stream().filter(e -> e.type() == EventType.ESCALATED)
                    .map(e -> e.details().get("key")).toList();
            assertThat(new HashSet<>(fk)).as("keys of C-" + i).hasSameSizeAs(fk);
            assertThat(fk).as("the whole ladder of result_feedback fired")
                    .contains("C-" + i + "/result_feedback/company/0");
            assertThat(r.state().nextDueAt()).isEmpty();
            keys += fk.size();
        }
        assertThat(fired).isEqualTo(keys);
        RecordingNotifier notifier = RecordingNotifier.allChannels();
        clock.add(Duration.ofDays(1));
        OutboxDispatcher.of(memory.outbox(), List.of(notifier), clock, "t", Duration.ofMinutes(1), 500,
                RetryPolicy.defaults()).drain(PROPERTY, 50);
        List<Notification> escalated = notifier.delivered().stream()
                .filter(n -> n.template().equals("complaint.escalated")).toList();
        Set<String> dedup = new HashSet<>();
        escalated.forEach(n -> assertThat(dedup.add(n.dedupKey())).as(n.dedupKey()).isTrue());
        // handler: 1 recipient, supervisor: 2, director: 2, company: 2 (all distinct roles here)
        assertThat(escalated).hasSize(COMPLAINTS * 7);
    }

    @Test
    @DisplayName("escalations go to the person on duty for the role at that instant, from the month's roster")
    void recipientsFromRoster() {
        ShiftType day = ShiftType.of("D", "supervisor", LocalTime.of(8, 30), LocalTime.of(17, 30));
        ShiftType night = ShiftType.of("N", "supervisor", LocalTime.of(17, 30), LocalTime.of(8, 30));
        StaffId a = StaffId.of("E-sup-day");
        StaffId b = StaffId.of("E-sup-night");
        List<Assignment> as = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 1); d.isBefore(LocalDate.of(2026, 12, 1)); d = d.plusDays(1)) {
            as.add(Assignment.of(a, d, "D"));
            as.add(Assignment.of(b, d, "N"));
        }
        Roster roster = Roster.draft(PROPERTY, RosterId.of("2026-11"), YearMonth.of(2026, 11), as);
        DutyRoster duty = DutyRoster.fromRoster(roster, List.of(
                new DutyRoster.DutyShift(day, DutyRoster.CUSTOMER_SERVICE_SUPERVISOR),
                new DutyRoster.DutyShift(night, DutyRoster.CUSTOMER_SERVICE_SUPERVISOR)), DeskFixture.ZONE);
        Instant tuesdayNoon = ZonedDateTime.of(2026, 11, 3, 12, 0, 0, 0, DeskFixture.ZONE).toInstant();
        assertThat(duty.onDuty(DutyRoster.CUSTOMER_SERVICE_SUPERVISOR, tuesdayNoon)).contains(a);
        assertThat(duty.onDuty(DutyRoster.CUSTOMER_SERVICE_SUPERVISOR, tuesdayNoon.plus(Duration.ofHours(15))))
                .as("03:00 next morning, on the shift that started the evening before").contains(b);
        assertThat(duty.onDuty(DutyRoster.DIRECTOR, tuesdayNoon)).isEmpty();

        MutableClock clock = MutableClock.of(tuesdayNoon, DeskFixture.ZONE);
        InMemoryStorage memory = InMemoryStorage.open(clock);
        ComplaintDesk desk = ComplaintDesk.builder().clock(clock).storage(memory).zone(DeskFixture.ZONE)
                .classifier(DeskFixture.ENGINE).dutyRoster(duty.orElse(DutyRoster.fixed(Map.of(DutyRoster.DUTY, DUTY))))
                .quietHours(QuietHours.none(DeskFixture.ZONE)).build();
        Complaint c = Complaint.of(ComplaintId.of("C-1"), PROPERTY, Location.ofUnit("1", "1-101"), Resident.anonymous(),
                Channel.APP, "楼道很脏", tuesdayNoon);
        desk.receive(c, "k");
        clock.add(Duration.ofHours(24));
        assertThat(desk.sweeper().sweep(PROPERTY).fired()).isEqualTo(2);
        ComplaintRecord r = desk.find(PROPERTY, c.id()).orElseThrow();
        ComplaintEvent supervisorRung = r.history().stream()
                .filter(e -> e.type() == EventType.ESCALATED && e.details().get("level").equals("customer_service_supervisor"))
                .findFirst().orElseThrow();
        assertThat(supervisorRung.details().get("recipients")).isEqualTo("staff:E-duty,staff:E-sup-day");
    }

    @Test
    @DisplayName("a non-urgent message to a resident created in quiet hours waits for their end; an urgent one does not")
    void quietHours() {
        DeskFixture f = new DeskFixture(ZonedDateTime.of(2026, 11, 3, 23, 0, 0, 0, DeskFixture.ZONE).toInstant());
        f.receive(f.complaint("楼道很脏", Channel.APP, "3", "3-1502"));
        f.receive(f.complaint("卫生间水管漏水，地上全是水", Channel.APP, "3", "3-1503"));
        List<Notification> night = f.deliver();
        assertThat(night.stream().filter(n -> n.template().equals("complaint.acknowledged"))
                .map(n -> n.payload().get("complaint"))).containsExactly("C-0002");
        assertThat(night.stream().filter(n -> n.template().equals("complaint.received"))).hasSize(4);
        f.clock.setInstant(ZonedDateTime.of(2026, 11, 4, 8, 0, 0, 0, DeskFixture.ZONE).toInstant());
        List<Notification> morning = f.deliver();
        assertThat(morning).singleElement().satisfies(n -> {
            assertThat(n.template()).isEqualTo("complaint.acknowledged");
            assertThat(n.payload()).containsEntry("complaint", "C-0001").containsEntry("heldForQuietHours", "true");
        });
    }

    @Test
    @DisplayName("receiving again with the same idempotency key changes nothing and sends nothing")
    void idempotentReceive() {
        DeskFixture f = new DeskFixture();
        Complaint c = f.complaint("楼道很脏", Channel.APP, "3", "3-1502");
        ComplaintRecord first = f.receive(c);
        int sent = f.deliver().size();
        assertThat(f.receive(c)).isEqualTo(first);
        assertThat(sent).isEqualTo(3);
        assertThat(f.deliver()).isEmpty();
    }
}
