package io.propcare.desk;

import static io.propcare.desk.DeskFixture.CS;
import static io.propcare.desk.DeskFixture.DIRECTOR;
import static io.propcare.desk.DeskFixture.DUTY;
import static io.propcare.desk.DeskFixture.FRONT;
import static io.propcare.desk.DeskFixture.REPAIR;
import static io.propcare.desk.DeskFixture.SUPERVISOR;
import static io.propcare.desk.DeskFixture.ZONE_OWNER;
import static io.propcare.desk.DeskFixture.last;
import static io.propcare.desk.DeskFixture.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Origin;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.RecipientKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The twelve steps of the complaint procedure (PROCEDURES.md section 3), each followed on a mutable clock. */
class ProcedureTest {
    private final DeskFixture f = new DeskFixture();

    private static List<String> to(List<Notification> ns, String template) {
        return ns.stream().filter(n -> n.template().equals(template)).map(n -> n.recipient().id()).toList();
    }

    private static String texts(List<Notification> ns) {
        StringBuilder b = new StringBuilder();
        ns.forEach(n -> b.append(n.payload()).append('\n'));
        return b.toString();
    }

    @Test
    @DisplayName("1. settled on the spot: logged with its first-contact owner, reported to the office within 1 hour")
    void step01SettledOnTheSpot() {
        Instant t0 = f.clock.instant();
        Complaint c = f.complaint("楼道很脏，好几天没人打扫", Channel.WALK_IN, "3", "3-1502").withFirstContact(FRONT);
        ComplaintRecord r = f.receive(c);
        assertThat(types(r)).containsExactly(EventType.RECEIVED, EventType.CLASSIFIED, EventType.ASSIGNED);
        assertThat(r.state().owner()).contains(FRONT);
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(r.state().deadlines()).containsEntry("result_feedback", t0.plus(Duration.ofHours(24)));
        List<Notification> sent = f.deliver();
        assertThat(to(sent, "complaint.received")).containsExactly(FRONT.value(), ZONE_OWNER.value());
        assertThat(to(sent, "complaint.acknowledged")).containsExactly(c.id().value());

        f.advance(Duration.ofMinutes(10));
        r = f.run(r, DeskCommand.settleOnTheSpot(FRONT));
        assertThat(last(r).type()).isEqualTo(EventType.SETTLED);
        assertThat(last(r).details()).containsEntry("onTheSpot", "true");
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.SETTLED);
        assertThat(r.state().deadlines())
                .containsEntry("report_to_office", f.at(3, 11, 10))
                .containsEntry("callback", f.at(4, 10, 10));
        assertThat(r.state().nextDueAt()).contains(f.at(3, 10, 55));
        assertThat(to(f.deliver(), "complaint.settled")).containsExactly(c.id().value());

        f.advance(Duration.ofMinutes(40));
        r = f.run(r, DeskCommand.of(CommandKind.REPORT_TO_OFFICE, FRONT));
        assertThat(last(r).type()).isEqualTo(EventType.REPORTED);
        assertThat(last(r).details()).containsEntry("to", "office");
        assertThat(to(f.deliver(), "complaint.reported")).containsExactly(DUTY.value());
        assertThat(f.desk.plan(r).orElseThrow().deadlines().stream()
                .filter(d -> d.step().id().equals("report_to_office")).findFirst().orElseThrow().state().name())
                .isEqualTo("MET");
    }

    @Test
    @DisplayName("1. an on-the-spot settlement not reported escalates to its owner at 75% of the hour")
    void step01UnreportedEscalates() {
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.WALK_IN, "3", "3-1502").withFirstContact(FRONT));
        f.deliver();
        f.advance(Duration.ofMinutes(10));
        f.run(r, DeskCommand.settleOnTheSpot(FRONT));
        f.deliver();
        f.advance(Duration.ofMinutes(45));
        assertThat(f.desk.sweeper().sweep(DeskFixture.PROPERTY).fired()).isEqualTo(1);
        r = f.reload(r);
        assertThat(last(r).type()).isEqualTo(EventType.ESCALATED);
        assertThat(last(r).details()).containsEntry("key", r.id() + "/report_to_office/handler/0");
        assertThat(to(f.deliver(), "complaint.escalated")).containsExactly(FRONT.value());
        assertThat(f.desk.sweeper().sweep(DeskFixture.PROPERTY).fired()).isZero();
    }

    @Test
    @DisplayName("1-2. not settled on the spot: handed over at once to the office's duty person, who is told")
    void step01HandOverToDuty() {
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.BUTLER, "3", "3-1502").withFirstContact(FRONT));
        f.deliver();
        r = f.run(r, DeskCommand.handOver(FRONT, DUTY));
        assertThat(last(r).type()).isEqualTo(EventType.ASSIGNED);
        assertThat(last(r).details()).containsEntry("owner", DUTY.value()).containsEntry("previousOwner", FRONT.value());
        assertThat(r.state().owner()).contains(DUTY);
        assertThat(to(f.deliver(), "complaint.assigned")).containsExactly(DUTY.value());
    }

    @Test
    @DisplayName("2. a complaint with no first contact is logged for the duty person; staff see the resident masked")
    void step02DutyPersonLogs() {
        Complaint c = f.complaint("楼道很脏，好几天没人打扫，电话13812345678", Channel.PHONE, "3", "3-1502");
        ComplaintRecord r = f.receive(c);
        assertThat(r.state().owner()).contains(DUTY);
        assertThat(r.history().get(2).details()).containsEntry("reason", "duty").containsEntry("zoneOwner",
                ZONE_OWNER.value());
        List<Notification> sent = f.deliver();
        assertThat(to(sent, "complaint.received")).containsExactly(DUTY.value(), ZONE_OWNER.value());
        assertThat(texts(sent)).doesNotContain("13812345678").doesNotContain("王芳").contains("138****5678");
        Notification sms = sent.stream().filter(n -> n.recipient().kind() == RecipientKind.RESIDENT).findFirst()
                .orElseThrow();
        assertThat(sms.channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(sms.payload().get("text.zh")).contains(c.id().value()).doesNotContain("138");
        assertThat(sms.toString()).doesNotContain("13812345678");
    }

    @Test
    @DisplayName("3. customer service classifies valid, invalid or needing assistance; settling before that is refused")
    void step03Classify() {
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1502"));
        r = f.run(r, DeskCommand.handOver(DUTY, CS));
        r = f.run(r, DeskCommand.of(CommandKind.REPLY, CS));
        ComplaintRecord before = r;
        assertThatThrownBy(() -> f.run(before, DeskCommand.of(CommandKind.SETTLE, CS)))
                .isInstanceOf(IllegalStepException.class)
                .hasMessageContaining("is in_progress")
                .hasMessageContaining("customer service has classified it")
                .hasMessageContaining("allowed now: hand_over, classify")
                .extracting(e -> ((IllegalStepException) e).errorCode().code()).isEqualTo("ILLEGAL_STEP");
        for (Validity v : Validity.values()) {
            r = f.run(r, DeskCommand.classify(CS, v));
            assertThat(last(r).type()).isEqualTo(EventType.CLASSIFIED);
            assertThat(last(r).details()).containsEntry("validity", v.id()).containsEntry("source", "manual");
            assertThat(r.state().classification().orElseThrow().validity()).isEqualTo(v);
        }
        assertThat(f.desk.allowedCommands(r)).contains(CommandKind.SETTLE);
    }

    @Test
    @DisplayName("4. valid: contact the resident at once, agree a reply time, settle within it")
    void step04AgreedReplyTime() {
        Instant t0 = f.clock.instant();
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1502"));
        f.deliver();
        r = f.run(r, DeskCommand.classify(DUTY, Validity.VALID));
        r = f.run(r, DeskCommand.of(CommandKind.REPLY, DUTY));
        Instant agreed = t0.plus(Duration.ofHours(30));
        r = f.run(r, DeskCommand.agreeReplyTime(DUTY, agreed));
        assertThat(last(r).details()).containsEntry("agreedReplyAt", agreed.toString());
        assertThat(r.state().deadlines()).containsEntry("settlement", agreed).containsEntry("result_feedback", agreed);
        List<Notification> sent = f.deliver();
        assertThat(to(sent, "complaint.reply_time_agreed")).containsExactly(r.id().value());
        assertThat(sent.get(0).payload().get("text.zh")).contains("2026-11-04 16:00");
        assertThatThrownBy(() -> f.run(f.reload(f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1503"))),
                DeskCommand.agreeReplyTime(DUTY, t0.minusSeconds(1))))
                .hasMessageContaining("replyBy").hasMessageContaining("after now");
        f.advance(Duration.ofHours(20));
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, DUTY));
        assertThat(f.desk.plan(r).orElseThrow().deadlines()).allSatisfy(d -> {
            if (d.step().id().equals("settlement") || d.step().id().equals("result_feedback")) {
                assertThat(d.state().name()).isEqualTo("MET");
            }
        });
    }

    @Test
    @DisplayName("4. a water repair: dispatched, on site within 15 minutes, preliminary plan within 1 hour")
    void step04Repair() {
        Instant t0 = f.clock.instant();
        ComplaintRecord r = f.receive(f.complaint("卫生间水管漏水，地上全是水", Channel.PHONE, "3", "3-1502"));
        assertThat(r.state().classification().orElseThrow().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(r.state().deadlines()).containsEntry("on_site", t0.plus(Duration.ofMinutes(15)))
                .containsEntry("preliminary_plan", t0.plus(Duration.ofHours(1)));
        f.deliver();
        r = f.run(r, DeskCommand.dispatchRepair(DUTY, REPAIR));
        List<Notification> sent = f.deliver();
        assertThat(to(sent, "complaint.dispatched")).containsExactly(REPAIR.value());
        assertThat(sent.get(0).urgent()).isTrue();
        f.advance(Duration.ofMinutes(12));
        r = f.run(r, DeskCommand.of(CommandKind.ARRIVE_ON_SITE, REPAIR));
        f.advance(Duration.ofMinutes(30));
        r = f.run(r, DeskCommand.of(CommandKind.GIVE_PRELIMINARY_PLAN, REPAIR));
        assertThat(types(r)).endsWith(EventType.ASSIGNED, EventType.ON_SITE, EventType.PRELIMINARY_PLAN_GIVEN);
        assertThat(f.desk.plan(r).orElseThrow().deadlines().stream()
                .filter(d -> d.step().id().equals("on_site") || d.step().id().equals("preliminary_plan"))
                .map(d -> d.state().name())).containsExactly("MET", "MET");
    }

    private List<ComplaintRecord> collective() {
        ComplaintRecord a = f.receive(f.complaint("3栋全楼停水了，什么时候来水？", Channel.PHONE, "3", "3-101"));
        f.advance(Duration.ofMinutes(3));
        ComplaintRecord b = f.receive(f.complaint("3栋停水了，什么时候来水", Channel.WECHAT, "3", "3-502"));
        f.advance(Duration.ofMinutes(3));
        ComplaintRecord c = f.receive(f.complaint("我们3栋全楼停水了，什么时候来水啊", Channel.APP, "3", "3-1201"));
        return List.of(f.reload(a), f.reload(b), c);
    }

    @Test
    @DisplayName("5. collective: reported to the director within 15 minutes, the director to the company within 2 hours")
    void step05Collective() {
        f.deliver();
        List<ComplaintRecord> all = collective();
        Instant opened = f.clock.instant();
        for (ComplaintRecord r : all) {
            assertThat(r.state().classification().orElseThrow().scope()).as(r.id().value()).isEqualTo(Scope.COLLECTIVE);
            assertThat(r.state().deadlines()).as(r.id().value())
                    .containsEntry("report_to_director", opened.plus(Duration.ofMinutes(15)));
        }
        List<Notification> sent = f.deliver();
        assertThat(to(sent, "complaint.collective")).containsExactly(DUTY.value(), DIRECTOR.value());
        ComplaintRecord r = all.get(2);
        f.advance(Duration.ofMinutes(10));
        r = f.run(r, DeskCommand.of(CommandKind.REPORT_TO_DIRECTOR, DUTY));
        assertThat(r.state().deadlines()).containsEntry("report_to_company", f.clock.instant().plus(Duration.ofHours(2)));
        assertThat(to(f.deliver(), "complaint.reported")).containsExactly(DIRECTOR.value());
        f.advance(Duration.ofMinutes(90));
        r = f.run(r, DeskCommand.of(CommandKind.REPORT_TO_COMPANY, DIRECTOR));
        assertThat(to(f.deliver(), "complaint.reported")).containsExactly(ComplaintDesk.COMPANY_CENTER);
        r = f.run(r, DeskCommand.of(CommandKind.REPLY, DIRECTOR));
        r = f.run(r, DeskCommand.agreeReplyTime(DIRECTOR, f.clock.instant().plus(Duration.ofHours(4))));
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        r = f.run(r, DeskCommand.classify(DIRECTOR, Validity.VALID));
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, DIRECTOR));
        r = f.run(r, DeskCommand.of(CommandKind.CALL_BACK, CS));
        r = f.run(r, DeskCommand.of(CommandKind.REOPEN, CS));
        assertThat(f.desk.plan(r).orElseThrow().deadlines().stream()
                .filter(d -> d.step().id().startsWith("report_to_")).map(d -> d.state().name()))
                .as("a reopened collective complaint does not owe its reports again").containsOnly("MET");
    }

    @Test
    @DisplayName("6. needs assistance: reported in writing to the department, clocks paused while waiting for it")
    void step06NeedsAssistance() {
        Instant t0 = f.clock.instant();
        ComplaintRecord r = f.receive(f.complaint("楼下KTV每天唱到凌晨一点，严重影响休息", Channel.APP, "3", "3-1502"));
        r = f.run(r, DeskCommand.classify(DUTY, Validity.NEEDS_ASSISTANCE));
        r = f.run(r, DeskCommand.of(CommandKind.REPORT_TO_OFFICE, DUTY).withNote("written report to the street office"));
        assertThat(last(r).details()).containsEntry("to", "office").containsEntry("note",
                "written report to the street office");
        f.advance(Duration.ofHours(2));
        r = f.run(r, DeskCommand.of(CommandKind.PAUSE, DUTY));
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.PAUSED);
        assertThat(r.state().deadlines()).doesNotContainKey("result_feedback");
        f.advance(Duration.ofHours(5));
        r = f.run(r, DeskCommand.of(CommandKind.RESUME, DUTY));
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(r.state().deadlines()).containsEntry("result_feedback", t0.plus(Duration.ofHours(29)));
    }

    @Test
    @DisplayName("7. invalid: explained to the resident, which settles it; the resident is told")
    void step07Invalid() {
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1502"));
        r = f.run(r, DeskCommand.classify(DUTY, Validity.INVALID));
        f.deliver();
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, DUTY).withNote("explained the cleaning schedule"));
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.SETTLED);
        assertThat(r.state().classification().orElseThrow().validity()).isEqualTo(Validity.INVALID);
        assertThat(to(f.deliver(), "complaint.settled")).containsExactly(r.id().value());
    }

    @Test
    @DisplayName("8. not solvable by customer service: the director organises help, then the company center")
    void step08EscalateToCompany() {
        ComplaintRecord r = f.receive(f.complaint("电梯又坏了，困了十分钟才出来", Channel.PHONE, "3", "3-1502"));
        r = f.run(r, DeskCommand.classify(CS, Validity.VALID));
        r = f.run(r, DeskCommand.of(CommandKind.REPORT_TO_DIRECTOR, CS));
        r = f.run(r, DeskCommand.of(CommandKind.REPORT_TO_COMPANY, DIRECTOR));
        assertThat(r.history().stream().filter(e -> e.type() == EventType.REPORTED).map(e -> e.details().get("to")))
                .containsExactly("director", "company");
        List<Notification> sent = f.deliver();
        assertThat(to(sent, "complaint.reported")).containsExactly(DIRECTOR.value(), ComplaintDesk.COMPANY_CENTER);
        Notification broadcast = sent.stream().filter(n -> n.recipient().kind() == RecipientKind.ROLE).findFirst()
                .orElseThrow();
        assertThat(broadcast.channel()).isEqualTo(NotificationChannel.CONSOLE);
        assertThat(broadcast.payload().toString()).doesNotContain("138").doesNotContain("王");
    }

    @Test
    @DisplayName("9. settled: the result goes into the log and the result-feedback clock stops")
    void step09Settled() {
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1502"));
        r = f.run(r, DeskCommand.classify(DUTY, Validity.VALID));
        f.advance(Duration.ofHours(3));
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, DUTY).withNote("stairwell cleaned"));
        assertThat(last(r).type()).isEqualTo(EventType.SETTLED);
        assertThat(last(r).details()).containsEntry("note", "stairwell cleaned");
        assertThat(f.desk.plan(r).orElseThrow().deadlines().stream()
                .filter(d -> d.step().id().equals("result_feedback")).findFirst().orElseThrow().stoppedAt())
                .contains(f.clock.instant());
    }

    @Test
    @DisplayName("10. transferred from the company center: result reported back within 12 hours, before closing")
    void step10ReportBackToCenter() {
        Complaint c = f.complaint("楼道很脏", Channel.COMPANY_CENTER, "3", "3-1502").withOrigin(Origin.COMPANY_CENTER);
        ComplaintRecord r = f.receive(c);
        r = f.run(r, DeskCommand.classify(CS, Validity.VALID));
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, CS));
        Instant settled = f.clock.instant();
        assertThat(r.state().deadlines()).containsEntry("report_back_to_center", settled.plus(Duration.ofHours(12)));
        r = f.run(r, DeskCommand.of(CommandKind.CALL_BACK, CS));
        ComplaintRecord before = r;
        assertThatThrownBy(() -> f.run(before, DeskCommand.of(CommandKind.CLOSE, CS)))
                .isInstanceOf(IllegalStepException.class)
                .hasMessageContaining("reported back to the company center");
        f.advance(Duration.ofHours(11));
        r = f.run(r, DeskCommand.of(CommandKind.REPORT_BACK_TO_CENTER, CS));
        r = f.run(r, DeskCommand.of(CommandKind.CLOSE, CS));
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.CLOSED);
        ComplaintRecord direct = f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1503"));
        ComplaintRecord d2 = f.run(f.run(direct, DeskCommand.classify(CS, Validity.VALID)),
                DeskCommand.of(CommandKind.SETTLE, CS));
        assertThatThrownBy(() -> f.run(d2, DeskCommand.of(CommandKind.REPORT_BACK_TO_CENTER, CS)))
                .hasMessageContaining("transferred from the company complaint center");
    }

    @Test
    @DisplayName("11. every complaint's result is in the duty log: closed, with its whole history and nothing due")
    void step11DutyLogComplete() {
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1502"));
        r = f.run(r, DeskCommand.classify(DUTY, Validity.VALID));
        r = f.run(r, DeskCommand.of(CommandKind.REPLY, DUTY));
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, DUTY));
        r = f.run(r, DeskCommand.of(CommandKind.CALL_BACK, DUTY));
        r = f.run(r, DeskCommand.of(CommandKind.CLOSE, DUTY));
        assertThat(types(r)).containsExactly(EventType.RECEIVED, EventType.CLASSIFIED, EventType.ASSIGNED,
                EventType.CLASSIFIED, EventType.ACKNOWLEDGED, EventType.SETTLED, EventType.CALLED_BACK, EventType.CLOSED);
        assertThat(r.version()).isEqualTo(8);
        assertThat(r.state().nextDueAt()).isEmpty();
        ComplaintRecord closed = r;
        assertThatThrownBy(() -> f.run(closed, DeskCommand.of(CommandKind.SETTLE, DUTY)))
                .hasMessageContaining("is closed").hasMessageContaining("allowed now: reopen");
    }

    @Test
    @DisplayName("12. callback after settlement within 9 front-desk hours; late callbacks escalate; reopen restarts the clocks")
    void step12Callback() {
        ComplaintRecord r = f.receive(f.complaint("楼道很脏", Channel.PHONE, "3", "3-1502"));
        r = f.run(r, DeskCommand.classify(DUTY, Validity.VALID));
        f.advance(Duration.ofHours(6));
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, DUTY));
        assertThat(r.state().deadlines()).containsEntry("callback", f.at(4, 16, 0));
        f.deliver();
        f.clock.setInstant(f.at(4, 16, 0));
        assertThat(f.desk.sweeper().sweep(DeskFixture.PROPERTY).fired()).isEqualTo(2);
        List<Notification> sent = f.deliver();
        assertThat(to(sent, "complaint.escalated")).containsExactlyInAnyOrder(DUTY.value(), DUTY.value(),
                SUPERVISOR.value());
        r = f.run(f.reload(r), DeskCommand.of(CommandKind.CALL_BACK, CS).withNote("resident not satisfied"));
        r = f.run(r, DeskCommand.of(CommandKind.REOPEN, CS));
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(r.state().deadlines()).containsEntry("result_feedback", f.at(5, 16, 0));
        assertThat(to(f.deliver(), "complaint.reopened")).containsExactly(DUTY.value(), SUPERVISOR.value());
        r = f.run(r, DeskCommand.of(CommandKind.SETTLE, CS));
        r = f.run(r, DeskCommand.of(CommandKind.CALL_BACK, CS));
        r = f.run(r, DeskCommand.of(CommandKind.CLOSE, CS));
        assertThat(r.state().status()).isEqualTo(ComplaintStatus.CLOSED);
    }
}
