package io.propcare.examples.cli;

import io.propcare.Propcare;
import io.propcare.adapter.inmemory.RecordingNotifier;
import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Location;
import io.propcare.model.complaint.Resident;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.Recipient;
import io.propcare.notification.DispatchReport;
import io.propcare.notification.OutboxDispatcher;
import io.propcare.notification.RetryPolicy;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.threeten.extra.MutableClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propcare demo}: runs complaints end to end on embedded H2 (or {@code --db}) and prints
 * what happened.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs complaints end to end on an embedded H2 database (or --db) and prints the duty log.",
                "Each complaint is received, assigned, handled and closed; every step is an event in its",
                "append-only history, and its notifications go through the transactional outbox."})
public final class DemoCommand implements Callable<Integer> {
    static final PropertyId PROPERTY = PropertyId.of("talent-apartments");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Storage locator (default: ${DEFAULT-VALUE}); e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres, memory:",
            defaultValue = "jdbc:h2:mem:propcare-demo;DB_CLOSE_DELAY=-1")
    String db;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--complaints", description = "How many complaints (default: ${DEFAULT-VALUE})", defaultValue = "8")
    int count;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    record Sample(Channel channel, String building, String unit, String text, String name, String phone) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample(Channel.PHONE, "3", "3-1502", "3栋1502业主来电：卫生间天花板漏水，楼上渗下来的", "王芳", "13812345678"),
            new Sample(Channel.WECHAT, "5", "5-803", "电梯又坏了，困了十分钟才出来，你们管不管？", "李强", "13987654321"),
            new Sample(Channel.FRONT_DESK, "9", "9-2304", "The air conditioning in 2304 has been blowing warm air since yesterday.",
                    "Emma Clark", "13700001111"),
            new Sample(Channel.APP, "2", "2-601", "楼下KTV每天唱到凌晨一点，严重影响休息", "陈明", "13600002222"),
            new Sample(Channel.PATROL, "7", null, "巡查：7栋地库B2入口积水约5公分", null, null),
            new Sample(Channel.EMAIL, "10", "10-1208", "I was charged twice for the October management fee, please refund.",
                    "Raj Patel", "13500003333"),
            new Sample(Channel.WALK_IN, "1", "1-102", "快递柜三天打不开，包裹取不出来", "赵敏", "13400004444"),
            new Sample(Channel.PHONE, "4", "4-1101", "门口有陌生人一直跟着进单元门，很不安全", "孙丽", "13300005555"));

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (count < 1 || count > 10_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--complaints must be from 1 to 10000, got " + count);
        }
        Random random = new Random(seed);
        MutableClock clock = MutableClock.of(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZONE).toInstant(), ZONE);
        RecordingNotifier notifier = RecordingNotifier.allChannels();
        try (Propcare propcare = Propcare.builder().clock(clock).storage(db).notifier(notifier).build()) {
            OutboxDispatcher dispatcher = OutboxDispatcher.of(propcare.storage().outbox(), propcare.notifiers(), clock,
                    "demo", Duration.ofMinutes(1), 100, RetryPolicy.defaults());
            List<ComplaintId> ids = new ArrayList<>();
            DispatchReport sent = new DispatchReport(0, 0, 0, 0);
            for (int i = 0; i < count; i++) {
                clock.add(Duration.ofMinutes(20 + random.nextInt(200)));
                Sample s = SAMPLES.get(i % SAMPLES.size());
                ComplaintId id = ComplaintId.of(String.format("C-%d-%06d", seed, i + 1));
                ids.add(id);
                receive(propcare, clock.instant(), id, s, i);
                for (EventType step : List.of(EventType.ASSIGNED, EventType.ACKNOWLEDGED, EventType.ON_SITE,
                        EventType.SETTLED, EventType.CALLED_BACK, EventType.CLOSED)) {
                    clock.add(Duration.ofMinutes(3 + random.nextInt(40)));
                    step(propcare, clock.instant(), id, step);
                }
                sent = sent.plus(dispatcher.drain(PROPERTY, 10));
            }
            printLog(out, propcare, ids);
            long pending = propcare.storage().outbox().count(PROPERTY, DeliveryState.PENDING);
            out.printf("%n%d complaints on %s storage; %d notifications delivered, %d pending, %d dead.%n",
                    ids.size(), propcare.storage().adapterName(), sent.delivered(), pending, sent.dead());
        }
        out.flush();
        return CliExit.OK;
    }

    private static void receive(Propcare propcare, Instant at, ComplaintId id, Sample s, int i) {
        Resident resident = s.name() == null ? Resident.anonymous()
                : Resident.of(PersonName.of(s.name()), PhoneNumber.parse(s.phone()));
        Location loc = s.unit() == null ? Location.ofBuilding(s.building()) : Location.ofUnit(s.building(), s.unit());
        Complaint c = Complaint.of(id, PROPERTY, loc, resident, s.channel(), s.text(), at)
                .withFirstContact(StaffId.of(i % 2 == 0 ? "E-front-1" : "E-front-2"));
        propcare.storage().inTransaction(session -> {
            ComplaintRecord r = session.complaints().create(c, "demo:" + id);
            if (r.version() == 0) {
                ComplaintEvent received = ComplaintEvent.of(EventType.RECEIVED, Actor.of(c.firstContact().orElseThrow()), at,
                        Map.of("channel", s.channel().id()));
                session.complaints().append(PROPERTY, id, 0, ComplaintChange.of(received,
                        ComplaintState.initial().withDeadlines(Map.of("first_reply", at.plus(Duration.ofMinutes(5))),
                                java.util.Optional.of(at.plus(Duration.ofMinutes(5))))));
                session.outbox().enqueue(notification("complaint.received", id, at, "duty"));
            }
            return null;
        });
    }

    private static void step(Propcare propcare, Instant at, ComplaintId id, EventType type) {
        propcare.storage().inTransaction(session -> {
            ComplaintRecord r = session.complaints().find(PROPERTY, id).orElseThrow();
            ComplaintState next = r.state();
            switch (type) {
                case ASSIGNED -> next = next.withOwner(StaffId.of("E-zone-" + (Math.abs(id.hashCode()) % 3 + 1)))
                        .withStatus(ComplaintStatus.IN_PROGRESS);
                case SETTLED -> next = next.withStatus(ComplaintStatus.SETTLED)
                        .withDeadlines(Map.of("callback", at.plus(Duration.ofHours(24))),
                                java.util.Optional.of(at.plus(Duration.ofHours(24))));
                case CLOSED -> next = next.withStatus(ComplaintStatus.CLOSED)
                        .withDeadlines(Map.of(), java.util.Optional.empty());
                default -> next = next.withDeadlines(Map.of(), java.util.Optional.empty());
            }
            String actor = r.state().owner().map(StaffId::value).orElse("E-duty");
            session.complaints().append(PROPERTY, id, r.version(),
                    ComplaintChange.of(ComplaintEvent.of(type, Actor.of(actor), at), next));
            if (type == EventType.ASSIGNED || type == EventType.SETTLED) {
                session.outbox().enqueue(notification("complaint." + type.name().toLowerCase(), id, at,
                        next.owner().map(StaffId::value).orElse("duty")));
            }
            return null;
        });
    }

    private static Notification notification(String template, ComplaintId id, Instant at, String staff) {
        return new Notification(PROPERTY, Recipient.staff(staff), NotificationChannel.WECHAT, template,
                Map.of("complaint", id.value()), template + ":" + id, false, at);
    }

    private static void printLog(PrintWriter out, Propcare propcare, List<ComplaintId> ids) {
        out.println("Duty log (值班记录) — " + PROPERTY);
        for (ComplaintId id : ids) {
            ComplaintRecord r = propcare.storage().complaints().find(PROPERTY, id).orElseThrow();
            Complaint c = r.complaint();
            out.printf("%n%s  %s  %s  %s%n  %s%n", id, c.channel().id(),
                    c.location().unit().orElse(c.location().building().map(b -> "building " + b).orElse("-")),
                    c.resident(), c.text());
            for (ComplaintEvent e : r.history()) {
                out.printf("  %s  %-22s %s%n", TIME.format(e.at().atZone(ZONE)), e.type(), e.actor());
            }
        }
    }
}
