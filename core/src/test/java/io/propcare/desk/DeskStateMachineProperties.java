package io.propcare.desk;

import static io.propcare.desk.DeskFixture.CS;
import static io.propcare.desk.DeskFixture.DUTY;
import static io.propcare.desk.DeskFixture.PROPERTY;
import static io.propcare.desk.DeskFixture.REPAIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.StaffId;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Origin;
import io.propcare.model.complaint.Validity;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random command sequences against the desk: every refused command is one the table or its
 * conditions forbid and changes nothing; every accepted one appends exactly one event, keeps the
 * history and leads to the status the table names; notifications are never sent twice and each
 * one has the event that caused it.
 */
class DeskStateMachineProperties {
    private static final CommandKind[] KINDS = CommandKind.values();
    private static final int SWEEP = KINDS.length;
    private static final List<String> TEXTS = List.of("楼道很脏，好几天没人打扫", "卫生间水管漏水，地上全是水",
            "请问物业费怎么交？", "电梯又坏了，困了十分钟才出来");
    private static final List<StaffId> STAFF = List.of(DUTY, CS, REPAIR, StaffId.of("E-butler-3"));

    record Step(int command, int minutes, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, SWEEP), Arbitraries.integers().between(0, 900),
                Arbitraries.integers().between(0, 3)).as(Step::new).list().ofMaxSize(40);
    }

    private static DeskCommand command(CommandKind kind, Step s, Instant now) {
        StaffId actor = STAFF.get(s.pick());
        return switch (kind) {
            case HAND_OVER -> DeskCommand.handOver(actor, STAFF.get((s.pick() + 1) % STAFF.size()));
            case CLASSIFY -> DeskCommand.classify(actor, Validity.values()[s.pick() % 3]);
            case AGREE_REPLY_TIME -> DeskCommand.agreeReplyTime(actor, now.plus(Duration.ofHours(1 + s.pick() * 10L)));
            case DISPATCH_REPAIR -> DeskCommand.dispatchRepair(actor, REPAIR);
            default -> DeskCommand.of(kind, actor);
        };
    }

    @Property(tries = 120)
    void randomCommandSequencesKeepTheProcedure(@ForAll("steps") List<Step> steps,
                                                @ForAll @IntRange(min = 0, max = 4) int which) {
        DeskFixture f = new DeskFixture();
        Complaint c = f.complaint(TEXTS.get(which % TEXTS.size()), which == 4 ? Channel.COMPANY_CENTER : Channel.PHONE,
                "3", "3-1502");
        if (which == 4) {
            c = c.withOrigin(Origin.COMPANY_CENTER);
        }
        ComplaintRecord r = f.receive(c);
        int accepted = 0;
        int fired = 0;
        for (Step s : steps) {
            f.advance(Duration.ofMinutes(s.minutes()));
            if (s.command() == SWEEP) {
                fired += f.desk.sweeper().sweep(PROPERTY).fired();
                ComplaintRecord now = f.reload(r);
                assertThat(now.history().subList(0, r.history().size())).isEqualTo(r.history());
                r = now;
            } else {
                CommandKind kind = KINDS[s.command()];
                ComplaintRecord before = r;
                DeskCommand cmd = command(kind, s, f.clock.instant());
                if (f.desk.allowedCommands(before).contains(kind)) {
                    r = f.run(before, cmd);
                    accepted++;
                    assertThat(r.version()).isEqualTo(before.version() + 1);
                    assertThat(r.history().subList(0, before.history().size())).isEqualTo(before.history());
                    assertThat(r.state().status()).isEqualTo(
                            f.desk.transitions().next(before.state().status(), kind).orElseThrow());
                } else {
                    assertThatThrownBy(() -> f.run(before, cmd)).isInstanceOf(IllegalStepException.class)
                            .hasMessageContaining(before.state().status().name().toLowerCase(java.util.Locale.ROOT));
                    assertThat(f.reload(before)).isEqualTo(before);
                }
            }
            checkState(f, r);
        }
        long escalated = r.history().stream().filter(e -> e.type() == EventType.ESCALATED).count();
        assertThat(escalated).isEqualTo(fired);
        int received = (int) r.history().stream().filter(e -> "receive".equals(e.details().get("command"))).count();
        assertThat(r.version()).isEqualTo(received + accepted + fired);
        checkNotifications(f, r);
    }

    /** The status is what the table gives when the history's commands are replayed; deadlines are sane. */
    private static void checkState(DeskFixture f, ComplaintRecord r) {
        ComplaintStatus replay = ComplaintStatus.RECEIVED;
        for (ComplaintEvent e : r.history()) {
            String command = e.details().get("command");
            if (command != null && !Set.of("receive", "escalate", "collective").contains(command)) {
                replay = f.desk.transitions().next(replay, CommandKind.parse(command)).orElseThrow();
            }
        }
        assertThat(r.state().status()).isEqualTo(replay);
        Instant received = r.complaint().receivedAt();
        r.state().deadlines().values().forEach(d -> assertThat(d).isAfterOrEqualTo(received));
        if (r.state().status() == ComplaintStatus.CLOSED) {
            assertThat(r.state().nextDueAt()).isEmpty();
        }
        Set<String> keys = new HashSet<>();
        r.history().stream().filter(e -> e.type() == EventType.ESCALATED)
                .forEach(e -> assertThat(keys.add(e.details().get("key"))).as("fired once: " + e.details()).isTrue());
    }

    private static final Map<String, Set<EventType>> CAUSES = Map.of(
            "complaint.assigned", Set.of(EventType.ASSIGNED),
            "complaint.dispatched", Set.of(EventType.ASSIGNED),
            "complaint.reply_time_agreed", Set.of(EventType.REPLY_TIME_AGREED),
            "complaint.settled", Set.of(EventType.SETTLED),
            "complaint.reported", Set.of(EventType.REPORTED),
            "complaint.reopened", Set.of(EventType.REOPENED));

    /** Everything gets delivered once; each notification points at the event that caused it. */
    private static void checkNotifications(DeskFixture f, ComplaintRecord r) {
        f.advance(Duration.ofDays(1));
        List<Notification> all = f.deliver();
        assertThat(f.storage.outbox().count(PROPERTY, DeliveryState.PENDING)).isZero();
        assertThat(f.storage.outbox().count(PROPERTY, DeliveryState.DEAD)).isZero();
        Set<String> dedup = new HashSet<>();
        Set<String> fired = new HashSet<>();
        r.history().stream().filter(e -> e.type() == EventType.ESCALATED).forEach(e -> fired.add(e.details().get("key")));
        for (Notification n : all) {
            assertThat(dedup.add(n.dedupKey())).as("sent once: " + n.dedupKey()).isTrue();
            String[] parts = n.dedupKey().split(":");
            if (n.template().equals("complaint.escalated")) {
                assertThat(fired).contains(parts[1]);
            } else if (CAUSES.containsKey(n.template())) {
                ComplaintEvent cause = r.history().get(Integer.parseInt(parts[1]) - 1);
                assertThat(CAUSES.get(n.template())).contains(cause.type());
            } else if (!n.template().equals("complaint.collective")) {
                assertThat(r.history().get(Integer.parseInt(parts[1]) - 1).details()).containsEntry("command", "receive");
            }
        }
    }
}
