package io.propcare.examples.cli;

import io.propcare.complaint.ComplaintEngine;
import io.propcare.desk.CommandKind;
import io.propcare.desk.ComplaintDesk;
import io.propcare.desk.DeskCommand;
import io.propcare.desk.DeskReports;
import io.propcare.desk.DutyRoster;
import io.propcare.desk.EscalationSweeper;
import io.propcare.desk.MonthlyReport;
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
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Validity;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.Notification;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.model.roster.RosterStatus;
import io.propcare.model.roster.ShiftType;
import io.propcare.notification.DispatchReport;
import io.propcare.notification.OutboxDispatcher;
import io.propcare.notification.RetryPolicy;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.RosterSolver;
import io.propcare.roster.Rule;
import io.propcare.roster.RuleKind;
import io.propcare.roster.Schedule;
import io.propcare.roster.SolveResult;
import io.propcare.roster.StaffLimits;
import io.propcare.spi.Notifier;
import io.propcare.spi.PropcareException;
import io.propcare.spi.Storage;
import io.propcare.survey.Interval;
import io.propcare.survey.IntervalMethod;
import io.propcare.survey.Proportions;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.threeten.extra.MutableClock;

/**
 * A simulated month at a 120-unit apartment: the duty roster, complaints arriving around the
 * clock (collective ones, emergencies, transfers from the company center), staff taking each step
 * after a realistic delay (some late, so escalations fire), the escalation sweeper and the outbox
 * every five minutes, and a satisfaction survey at the end. Deterministic for a seed.
 */
final class DemoMonth {
    static final PropertyId PROPERTY = PropertyId.of("talent-apartments");
    static final RosterId ROSTER = RosterId.of("2026-11-service");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final Duration TICK = Duration.ofMinutes(5);
    static final String CUSTOMER_SERVICE = "customer_service";
    static final String ENGINEERING = "engineering";
    static final StaffId DIRECTOR = StaffId.of("S-director");
    static final StaffId SUPERVISOR = StaffId.of("S-cs-supervisor");
    private static final LocalTime DESK_OPENS = LocalTime.of(8, 30);
    private static final LocalTime DESK_CLOSES = LocalTime.of(17, 30);

    /** What the month produced. */
    record Outcome(MonthlyReport report, List<ComplaintRecord> records, List<Notification> delivered,
                   DispatchReport dispatch, long pending, long dead, List<String> scriptErrors, int sweeps,
                   int rosterShifts, int staff, String rosterHow, boolean everyPostFilled, Survey survey, List<ComplaintId> spotCheck,
                   List<ComplaintId> callbackRecheck, List<DeskReports.CallbackDue> callbacksDue) {
    }

    /** The end-of-month survey round. */
    record Survey(int issued, int returned, int satisfied, Interval interval) {
    }

    private record Task(Instant at, long seq, Runnable action) {
    }

    private final Storage storage;
    private final MutableClock clock;
    private final Random random;
    private final int complaints;
    private final int days;
    private final ComplaintEngine engine;
    private final Notifier notifier;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparing(Task::at)
            .thenComparingLong(Task::seq));
    private final List<ComplaintId> ids = new ArrayList<>();
    private final Map<ComplaintId, Integer> unitOf = new HashMap<>();
    private final Set<ComplaintId> collectiveHandled = new HashSet<>();
    private final List<String> errors = new ArrayList<>();
    private long seq;
    private ComplaintDesk desk;
    private DutyRoster duty;

    DemoMonth(Storage storage, MutableClock clock, long seed, int complaints, int days, ComplaintEngine engine,
              Notifier notifier) {
        if (days < 1 || days > MONTH.lengthOfMonth()) {
            throw new IllegalArgumentException("days must be from 1 to " + MONTH.lengthOfMonth() + ", got " + days);
        }
        this.days = days;
        this.storage = storage;
        this.clock = clock;
        this.random = new Random(seed);
        this.complaints = complaints;
        this.engine = engine;
        this.notifier = notifier;
    }

    static Instant start() {
        return MONTH.atDay(1).atStartOfDay(ZONE).toInstant();
    }

    Instant end() {
        return MONTH.atDay(1).plusDays(days).atStartOfDay(ZONE).toInstant();
    }

    // ---------------------------------------------------------------------------------------------
    // the roster

    private static final List<DutyRoster.DutyShift> SHIFTS = List.of(
            new DutyRoster.DutyShift(ShiftType.of("FD", "front_desk", DESK_OPENS, DESK_CLOSES), DutyRoster.DUTY),
            new DutyRoster.DutyShift(ShiftType.of("EV", "duty_phone", DESK_CLOSES, LocalTime.of(21, 0)), DutyRoster.DUTY),
            new DutyRoster.DutyShift(ShiftType.of("NT", "fire_control", LocalTime.of(21, 0), DESK_OPENS), DutyRoster.DUTY),
            new DutyRoster.DutyShift(ShiftType.of("CS", "customer_service", DESK_OPENS, DESK_CLOSES), CUSTOMER_SERVICE),
            new DutyRoster.DutyShift(ShiftType.of("SUP", "supervisor", DESK_OPENS, DESK_CLOSES),
                    DutyRoster.CUSTOMER_SERVICE_SUPERVISOR),
            new DutyRoster.DutyShift(ShiftType.of("ENG-D", "engineering", LocalTime.of(8, 0), LocalTime.of(20, 0)),
                    ENGINEERING),
            new DutyRoster.DutyShift(ShiftType.of("ENG-N", "engineering", LocalTime.of(20, 0), LocalTime.of(8, 0)),
                    ENGINEERING));

    /** Who may work each post: the pools the roster solver assigns from. */
    private static final Map<String, List<String>> POOLS = pools();

    private static Map<String, List<String>> pools() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("FD", List.of("S-front-1", "S-front-2", "S-front-3"));
        m.put("EV", List.of("S-phone-1", "S-phone-2"));
        m.put("NT", List.of("S-fire-1", "S-fire-2", "S-fire-3"));
        m.put("CS", List.of("S-cs-1", "S-cs-2"));
        m.put("ENG-D", List.of("S-repair-1", "S-repair-2", "S-repair-3", "S-repair-4"));
        m.put("ENG-N", List.of("S-repair-1", "S-repair-2", "S-repair-3", "S-repair-4"));
        return m;
    }

    private static final Map<String, Integer> MINUTES = Map.of("FD", 540, "EV", 210, "NT", 690, "CS", 540,
            "ENG-D", 720, "ENG-N", 720);

    /** What the roster solver made of the month, or why the demo fell back to a rotation. */
    record RosterOutcome(Roster roster, String how) {
    }

    /**
     * The month's roster from the roster engine: every post filled every day by someone qualified,
     * no night shift followed by a day shift, at most six days in a row; the supervisor on weekdays.
     * Falls back to a plain rotation if the solver finds no roster within its step limit.
     */
    static RosterOutcome roster(long seed) {
        int days = MONTH.lengthOfMonth();
        RosterProblem.Builder b = RosterProblem.builder("talent-apartments-2026-11", MONTH.atDay(1), days);
        POOLS.keySet().forEach(shift -> b.shift(shift, MINUTES.get(shift), shift.equals("NT") || shift.equals("ENG-N")));
        b.forbidSuccession("ENG-N", "ENG-D");
        Set<String> everyone = new java.util.TreeSet<>();
        POOLS.values().forEach(everyone::addAll);
        for (String e : everyone) {
            b.staff(e, new StaffLimits(days * 720, 0, 6, 1, 1, 5));
            for (Map.Entry<String, List<String>> pool : POOLS.entrySet()) {
                if (!pool.getValue().contains(e)) {
                    b.unqualified(e, pool.getKey());
                }
            }
        }
        for (int d = 0; d < days; d++) {
            for (String shift : POOLS.keySet()) {
                b.cover(d, shift, 1, 1, 1);
            }
        }
        for (RuleKind k : new RuleKind[] {RuleKind.COVER_UNDER, RuleKind.QUALIFICATION, RuleKind.FORBIDDEN_SUCCESSION,
                RuleKind.MAX_CONSECUTIVE_SHIFTS}) {
            b.rule(Rule.hard(k));
        }
        b.rule(Rule.soft(RuleKind.COVER_OVER, 10)).rule(Rule.soft(RuleKind.FAIRNESS_NIGHTS, 1));
        RosterProblem problem = b.build();
        SolveResult result = RosterSolver.builder().threads(1).seed(seed).maxSteps(300_000)
                .timeLimit(Duration.ofSeconds(20)).build().solve(problem);
        List<Assignment> as = new ArrayList<>();
        String how;
        if (result.roster().isPresent()) {
            Schedule s = result.roster().get();
            for (String e : problem.staffIds()) {
                for (int d = 0; d < days; d++) {
                    int day = d;
                    s.shiftAt(e, d).ifPresent(shift -> as.add(Assignment.of(StaffId.of(e), problem.date(day), shift)));
                }
            }
            how = "solved by the roster engine (no post left empty, objective " + result.evaluation().objective() + ")";
        } else {
            for (int d = 0; d < days; d++) {
                for (Map.Entry<String, List<String>> pool : POOLS.entrySet()) {
                    String e = pool.getValue().get(d % pool.getValue().size());
                    if (pool.getKey().equals("ENG-N")) {
                        e = pool.getValue().get((d + 1) % pool.getValue().size());
                    }
                    as.add(Assignment.of(StaffId.of(e), MONTH.atDay(d + 1), pool.getKey()));
                }
            }
            how = "rotation (the roster engine found no roster keeping every hard rule: " + result.evaluation() + ")";
        }
        for (LocalDate d = MONTH.atDay(1); !d.isAfter(MONTH.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                as.add(Assignment.of(SUPERVISOR, d, "SUP"));
            }
        }
        return new RosterOutcome(Roster.draft(PROPERTY, ROSTER, MONTH, as), how);
    }

    // ---------------------------------------------------------------------------------------------
    // the month

    Outcome run() {
        long rosterSeed = random.nextLong();
        RosterOutcome planned = roster(rosterSeed);
        Roster roster = storage.rosters().save(planned.roster());
        roster = storage.rosters().save(roster.withStatus(RosterStatus.APPROVED));
        roster = storage.rosters().save(roster.withStatus(RosterStatus.PUBLISHED));
        duty = DutyRoster.fromRoster(roster, SHIFTS, ZONE)
                .orElse(DutyRoster.fixed(Map.of(DutyRoster.DIRECTOR, DIRECTOR,
                        DutyRoster.CUSTOMER_SERVICE_SUPERVISOR, SUPERVISOR)));
        desk = ComplaintDesk.builder().clock(clock).storage(storage).zone(ZONE).classifier(engine).dutyRoster(duty)
                .zoneOwners(Map.of("north", StaffId.of("S-cs-1"), "south", StaffId.of("S-cs-2"))).build();
        scheduleArrivals();
        OutboxDispatcher dispatcher = OutboxDispatcher.of(storage.outbox(), List.of(notifier), clock, "demo",
                Duration.ofMinutes(1), 200, RetryPolicy.defaults());
        EscalationSweeper sweeper = desk.sweeper();
        DispatchReport sent = new DispatchReport(0, 0, 0, 0);
        int sweeps = 0;
        Instant end = end();
        for (Instant tick = start(); tick.isBefore(end); tick = tick.plus(TICK)) {
            while (!tasks.isEmpty() && !tasks.peek().at().isAfter(tick)) {
                Task t = tasks.poll();
                clock.setInstant(t.at());
                t.action().run();
            }
            clock.setInstant(tick);
            sweeper.sweep(PROPERTY);
            sweeps++;
            sent = sent.plus(dispatcher.drain(PROPERTY, 10));
        }
        clock.setInstant(end);
        sweeper.sweep(PROPERTY);
        sent = sent.plus(dispatcher.drain(PROPERTY, 10));
        Instant reportAt = end;
        clock.setInstant(end.plus(Duration.ofHours(9)));
        sent = sent.plus(dispatcher.drain(PROPERTY, 10));
        List<ComplaintRecord> records = ids.stream().map(id -> desk.find(PROPERTY, id).orElseThrow()).toList();
        DeskReports reports = DeskReports.of(desk);
        MonthlyReport report = reports.monthly(MONTH, records, reportAt);
        long seed = random.nextLong();
        List<ComplaintRecord> month = reports.receivedIn(MONTH, records);
        return new Outcome(report, records, List.of(), sent,
                storage.outbox().count(PROPERTY, DeliveryState.PENDING),
                storage.outbox().count(PROPERTY, DeliveryState.DEAD), List.copyOf(errors), sweeps,
                roster.assignments().size(), (int) roster.assignments().stream().map(Assignment::staffId).distinct().count(),
                planned.how(), everyPostFilled(roster),
                survey(records), DeskReports.spotCheck(month, DeskReports.DIRECTOR_SPOT_CHECK, seed),
                DeskReports.callbackRecheck(month, DeskReports.CALLBACK_RECHECK, seed),
                DeskReports.callbacksDue(month, reportAt));
    }

    /** Whether every post has someone on every day of the month (不得空岗), read from the stored roster. */
    static boolean everyPostFilled(Roster roster) {
        for (LocalDate d = MONTH.atDay(1); !d.isAfter(MONTH.atEndOfMonth()); d = d.plusDays(1)) {
            Set<String> covered = new HashSet<>();
            roster.assignmentsOn(d).forEach(a -> covered.add(a.shiftId()));
            if (!covered.containsAll(POOLS.keySet())) {
                return false;
            }
        }
        return true;
    }

    private void at(Instant when, Runnable action) {
        tasks.add(new Task(when, seq++, action));
    }

    private int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private static final double[] HOURLY = {1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 2, 4, 5, 5, 4, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 3, 2};

    private Instant randomArrival() {
        int day = random.nextInt(days) + 1;
        double total = 0;
        for (double h : HOURLY) {
            total += h;
        }
        double x = random.nextDouble() * total;
        int hour = 0;
        while (x >= HOURLY[hour]) {
            x -= HOURLY[hour];
            hour++;
        }
        return MONTH.atDay(day).atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(ZONE).toInstant();
    }

    private void scheduleArrivals() {
        int specials = complaints >= 30 && days >= 5 ? 2 : 0;
        int transfers = complaints >= 30 ? 3 : 0;
        List<Instant> times = new ArrayList<>();
        int individual = complaints;
        List<int[]> outages = new ArrayList<>();
        for (int i = 0; i < specials; i++) {
            int size = between(4, 5);
            outages.add(new int[] {size});
            individual -= size;
        }
        individual -= transfers;
        for (int i = 0; i < individual; i++) {
            times.add(randomArrival());
        }
        times.sort(Comparator.naturalOrder());
        int n = 0;
        for (Instant t : times) {
            int unit = random.nextInt(DemoScript.BUILDINGS * DemoScript.FLOORS * DemoScript.PER_FLOOR);
            DemoScript.Kind kind = DemoScript.pick(random);
            Channel channel = DemoScript.CHANNELS.get(random.nextInt(DemoScript.CHANNELS.size()));
            String place = DemoScript.unit(unit);
            int number = ++n;
            at(t, () -> arrive(number, unit, channel, String.format(kind.text(), place), kind, Origin.DIRECT));
        }
        for (int i = 0; i < transfers; i++) {
            int unit = random.nextInt(DemoScript.BUILDINGS * DemoScript.FLOORS * DemoScript.PER_FLOOR);
            DemoScript.Kind kind = DemoScript.KINDS.get(15 + i % 3);
            int number = ++n;
            at(randomArrival(), () -> arrive(number, unit, Channel.COMPANY_CENTER,
                    String.format(kind.text(), DemoScript.unit(unit)), kind, Origin.COMPANY_CENTER));
        }
        for (int[] o : outages) {
            int building = random.nextInt(DemoScript.BUILDINGS);
            Instant t = MONTH.atDay(between(1, Math.max(1, days - 2))).atTime(between(7, 20), between(0, 59))
                    .atZone(ZONE).toInstant();
            Set<Integer> flats = new HashSet<>();
            for (int k = 0; k < o[0]; k++) {
                int unit;
                do {
                    unit = building * DemoScript.FLOORS * DemoScript.PER_FLOOR
                            + random.nextInt(DemoScript.FLOORS * DemoScript.PER_FLOOR);
                } while (!flats.add(unit));
                t = t.plus(Duration.ofMinutes(between(2, 9)));
                String text = String.format(DemoScript.OUTAGE.get(k % DemoScript.OUTAGE.size()), building + 1);
                int number = ++n;
                int u = unit;
                Channel channel = k % 2 == 0 ? Channel.PHONE : Channel.WECHAT;
                at(t, () -> arrive(number, u, channel, text, DemoScript.KINDS.get(0), Origin.DIRECT));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // one complaint's handling

    private void arrive(int number, int unit, Channel channel, String text, DemoScript.Kind kind, Origin origin) {
        Instant now = clock.instant();
        ComplaintId id = ComplaintId.of(String.format("C-2611-%04d", number));
        String building = DemoScript.building(unit);
        Complaint c = new Complaint(id, PROPERTY, Location.ofUnit(building, DemoScript.unit(unit))
                .withZone(DemoScript.zone(building)), DemoScript.resident(unit), channel, origin, text, now,
                java.util.Optional.empty());
        boolean inPerson = channel == Channel.WALK_IN || channel == Channel.FRONT_DESK || channel == Channel.BUTLER;
        if (inPerson) {
            c = c.withFirstContact(duty.onDuty(DutyRoster.DUTY, now).orElse(SUPERVISOR));
        }
        ComplaintRecord r = desk.receive(c, "demo:" + id);
        ids.add(id);
        unitOf.put(id, unit);
        StaffId owner = r.state().owner().orElse(SUPERVISOR);
        boolean collective = r.state().classification().map(x -> x.scope() == Scope.COLLECTIVE).orElse(false);
        if (collective) {
            scheduleCollective(now);
        }
        DemoScript.Handling h = kind.handling();
        if (collective || h == DemoScript.Handling.REPAIR) {
            repair(id, owner, now);
        } else if (h == DemoScript.Handling.INQUIRY) {
            inquiry(id, owner, now);
        } else if (h == DemoScript.Handling.SIMPLE && inPerson && chance(0.7)) {
            onTheSpot(id, owner, now);
        } else {
            general(id, owner, now, h == DemoScript.Handling.SIMPLE ? Validity.VALID : kind.validity(),
                    h == DemoScript.Handling.ASSISTANCE);
        }
    }

    /** A collective case: the duty person reports every member to the director, the director to the company. */
    private void scheduleCollective(Instant now) {
        for (ComplaintId id : ids) {
            ComplaintRecord m = desk.find(PROPERTY, id).orElseThrow();
            if (collectiveHandled.contains(id) || m.state().classification().map(x -> x.scope() != Scope.COLLECTIVE)
                    .orElse(true) || m.complaint().receivedAt().isBefore(now.minus(Duration.ofHours(4)))) {
                continue;
            }
            collectiveHandled.add(id);
            Instant toDirector = now.plus(Duration.ofMinutes(chance(0.2) ? between(17, 35) : between(4, 12)));
            Instant toCompany = toDirector.plus(Duration.ofMinutes(chance(0.2) ? between(125, 200) : between(30, 110)));
            at(toDirector, () -> step(id, DeskCommand.of(CommandKind.REPORT_TO_DIRECTOR,
                    duty.onDuty(DutyRoster.DUTY, clock.instant()).orElse(SUPERVISOR))));
            at(toCompany, () -> step(id, DeskCommand.of(CommandKind.REPORT_TO_COMPANY, DIRECTOR)));
        }
    }

    private StaffId onDuty(String role) {
        return duty.onDuty(role, clock.instant()).orElse(SUPERVISOR);
    }

    /** The next instant customer service works at: now if the desk is open, else 08:45 the next morning. */
    private Instant deskTime(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, ZONE);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(DESK_OPENS) && time.isBefore(DESK_CLOSES)) {
            return t;
        }
        LocalDate day = time.isBefore(DESK_OPENS) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(8, 45 + between(0, 10)).atZone(ZONE).toInstant();
    }

    private Instant plusMinutes(Instant t, int lo, int hi) {
        return t.plus(Duration.ofMinutes(between(lo, hi)));
    }

    private void step(ComplaintId id, DeskCommand command) {
        try {
            desk.execute(PROPERTY, id, command);
        } catch (PropcareException e) {
            errors.add(id + " " + command.kind().id() + ": " + e.getMessage());
        }
    }

    private void repair(ComplaintId id, StaffId owner, Instant t0) {
        Instant dispatch = plusMinutes(t0, 1, 4);
        Instant onSite = dispatch.plus(Duration.ofMinutes(chance(0.15) ? between(16, 45) : between(5, 11)));
        Instant plan = onSite.plus(Duration.ofMinutes(chance(0.1) ? between(60, 110) : between(10, 35)));
        Instant[] replyBy = new Instant[1];
        at(dispatch, () -> {
            step(id, DeskCommand.dispatchRepair(owner, onDuty(ENGINEERING)));
            step(id, DeskCommand.of(CommandKind.REPLY, owner));
        });
        at(onSite, () -> step(id, DeskCommand.of(CommandKind.ARRIVE_ON_SITE, onDuty(ENGINEERING))));
        at(plan, () -> {
            step(id, DeskCommand.of(CommandKind.GIVE_PRELIMINARY_PLAN, onDuty(ENGINEERING)));
            step(id, DeskCommand.classify(owner, Validity.VALID));
            replyBy[0] = clock.instant().plus(Duration.ofHours(between(2, 26)));
            step(id, DeskCommand.agreeReplyTime(owner, replyBy[0]));
            Instant settle = chance(0.12) ? replyBy[0].plus(Duration.ofMinutes(between(30, 600)))
                    : clock.instant().plus(Duration.between(clock.instant(), replyBy[0]).multipliedBy(between(3, 9)).dividedBy(10));
            at(settle, () -> {
                step(id, DeskCommand.of(CommandKind.SETTLE, onDuty(ENGINEERING)));
                afterSettlement(id, clock.instant(), false);
            });
        });
    }

    private void inquiry(ComplaintId id, StaffId owner, Instant t0) {
        Instant reply = t0.plus(Duration.ofSeconds(chance(0.12) ? between(360, 1200) : between(40, 270)));
        at(reply, () -> {
            step(id, DeskCommand.of(CommandKind.REPLY, owner));
            step(id, DeskCommand.classify(owner, Validity.VALID));
            step(id, DeskCommand.of(CommandKind.SETTLE, owner).withNote("answered"));
            afterSettlement(id, clock.instant(), false);
        });
    }

    private void onTheSpot(ComplaintId id, StaffId owner, Instant t0) {
        Instant settle = plusMinutes(t0, 5, 20);
        at(settle, () -> {
            step(id, DeskCommand.settleOnTheSpot(owner));
            Instant report = clock.instant().plus(Duration.ofMinutes(chance(0.1) ? between(70, 150) : between(10, 50)));
            at(report, () -> step(id, DeskCommand.of(CommandKind.REPORT_TO_OFFICE, owner)));
            afterSettlement(id, report, false);
        });
    }

    private void general(ComplaintId id, StaffId owner, Instant t0, Validity validity, boolean assistance) {
        Instant handOver = deskTime(plusMinutes(t0, 5, 25));
        at(handOver, () -> {
            StaffId cs = onDuty(CUSTOMER_SERVICE);
            if (!cs.equals(owner)) {
                step(id, DeskCommand.handOver(owner, cs));
            }
            step(id, DeskCommand.classify(cs, validity));
            step(id, DeskCommand.of(CommandKind.REPLY, cs));
            Instant now = clock.instant();
            if (validity == Validity.INVALID) {
                at(plusMinutes(now, 10, 60), () -> {
                    step(id, DeskCommand.of(CommandKind.SETTLE, cs).withNote("explained to the resident"));
                    afterSettlement(id, clock.instant(), false);
                });
                return;
            }
            if (assistance) {
                Instant report = plusMinutes(now, 20, 60);
                Instant resume = report.plus(Duration.ofHours(between(20, 70)));
                at(report, () -> {
                    step(id, DeskCommand.of(CommandKind.REPORT_TO_OFFICE, cs).withNote("written report to the department"));
                    step(id, DeskCommand.of(CommandKind.PAUSE, cs).withNote("waiting for the outside party"));
                });
                at(resume, () -> {
                    step(id, DeskCommand.of(CommandKind.RESUME, cs));
                    agreeAndSettle(id, cs);
                });
                return;
            }
            agreeAndSettle(id, cs);
        });
    }

    private void agreeAndSettle(ComplaintId id, StaffId cs) {
        Instant now = clock.instant();
        Instant replyBy = now.plus(Duration.ofHours(between(4, 40)));
        step(id, DeskCommand.agreeReplyTime(cs, replyBy));
        Instant settle = chance(0.15) ? replyBy.plus(Duration.ofMinutes(between(30, 900)))
                : now.plus(Duration.between(now, replyBy).multipliedBy(between(2, 9)).dividedBy(10));
        at(settle, () -> {
            step(id, DeskCommand.of(CommandKind.SETTLE, onDuty(CUSTOMER_SERVICE)));
            afterSettlement(id, clock.instant(), false);
        });
    }

    /** Callback (sometimes late), report back to the center for transfers, sometimes a reopening, then close. */
    private void afterSettlement(ComplaintId id, Instant settled, boolean reopenedOnce) {
        boolean transferred = desk.find(PROPERTY, id).map(r -> r.complaint().origin() == Origin.COMPANY_CENTER)
                .orElse(false);
        Instant callback = chance(0.15) ? deskTime(settled.plus(Duration.ofHours(between(30, 60))))
                : plusMinutes(deskTime(settled.plus(Duration.ofMinutes(between(60, 300)))), 0, 120);
        Instant reportBack = transferred
                ? settled.plus(Duration.ofMinutes(chance(0.15) ? between(13 * 60, 20 * 60) : between(60, 600))) : null;
        Instant close = reportBack != null && reportBack.isAfter(callback) ? reportBack.plusSeconds(60)
                : callback.plusSeconds(60);
        boolean reopen = !reopenedOnce && chance(0.05);
        if (reportBack != null) {
            at(reportBack, () -> step(id, DeskCommand.of(CommandKind.REPORT_BACK_TO_CENTER, onDuty(CUSTOMER_SERVICE))));
        }
        at(callback, () -> {
            StaffId cs = onDuty(CUSTOMER_SERVICE);
            step(id, DeskCommand.of(CommandKind.CALL_BACK, cs).withNote(reopen ? "resident not satisfied" : "satisfied"));
            if (reopen) {
                at(close, () -> {
                    step(id, DeskCommand.of(CommandKind.REOPEN, cs));
                    Instant again = plusMinutes(clock.instant(), 180, 1200);
                    at(again, () -> {
                        step(id, DeskCommand.of(CommandKind.SETTLE, onDuty(CUSTOMER_SERVICE)));
                        afterSettlement(id, clock.instant(), true);
                    });
                });
            }
        });
        if (!reopen) {
            at(close, () -> step(id, DeskCommand.of(CommandKind.CLOSE, onDuty(CUSTOMER_SERVICE))));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the survey

    private Survey survey(List<ComplaintRecord> records) {
        Map<Integer, Integer> trouble = new TreeMap<>();
        for (ComplaintRecord r : records) {
            int unit = unitOf.get(r.id());
            boolean bad = r.history().stream().anyMatch(e -> e.type() == EventType.ESCALATED || e.type() == EventType.REOPENED);
            trouble.merge(unit, bad ? 2 : 1, Math::max);
        }
        int units = DemoScript.BUILDINGS * DemoScript.FLOORS * DemoScript.PER_FLOOR;
        int returned = 0;
        int satisfied = 0;
        for (int u = 0; u < units; u++) {
            if (!chance(0.78)) {
                continue;
            }
            returned++;
            int t = trouble.getOrDefault(u, 0);
            double p = t == 0 ? 0.995 : t == 1 ? 0.97 : 0.75;
            if (chance(p)) {
                satisfied++;
            }
        }
        return new Survey(units, returned, satisfied, Proportions.interval(satisfied, returned, 0.95, IntervalMethod.WILSON));
    }

    static long escalationEvents(List<ComplaintRecord> records) {
        return records.stream().flatMap(r -> r.history().stream()).filter(e -> e.type() == EventType.ESCALATED).count();
    }

    /** Each escalation event's recipients, as the dedup keys its notifications carry. */
    static Set<String> expectedEscalationKeys(List<ComplaintRecord> records) {
        Set<String> keys = new HashSet<>();
        for (ComplaintRecord r : records) {
            for (ComplaintEvent e : r.history()) {
                if (e.type() == EventType.ESCALATED) {
                    for (String to : e.details().get("recipients").split(",")) {
                        keys.add("esc:" + e.details().get("key") + ":complaint.escalated:" + to);
                    }
                }
            }
        }
        return keys;
    }
}
