package io.propcare.desk;

import io.propcare.complaint.ClassificationResult;
import io.propcare.complaint.CollectiveCase;
import io.propcare.complaint.CollectiveDetector;
import io.propcare.complaint.CollectiveSettings;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.escalation.EscalationPlan;
import io.propcare.escalation.EscalationPlanner;
import io.propcare.escalation.SlaPolicy;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Scope;
import io.propcare.model.escalation.EscalationLevel;
import io.propcare.model.escalation.EscalationStep;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.Recipient;
import io.propcare.model.notification.RecipientKind;
import io.propcare.spi.ComplaintClassifier;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.PropcareException;
import io.propcare.spi.Storage;
import io.propcare.spi.StorageSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complaint desk: the whole complaint procedure of a property office as one service.
 *
 * <p>{@link #receive} logs a complaint from any channel (the first-contact staff member owns it,
 * else the person on duty), classifies it, detects collective complaints, routes it, starts its
 * time limits and notifies the owner, the zone owner and the resident. Every later step is a
 * {@link DeskCommand} given to {@link #execute}: the desk checks it against the
 * {@link TransitionTable} (an illegal step is an {@link IllegalStepException} naming the status and
 * the steps allowed), appends its events with the version it read, re-plans the deadlines with
 * the {@link EscalationPlanner} (stored in {@link ComplaintState#deadlines()} and
 * {@link ComplaintState#nextDueAt()}), and enqueues the notifications it causes, all in one unit of
 * work. {@link #sweeper()} fires the escalation ladder.
 *
 * <pre>{@code
 * ComplaintDesk desk = ComplaintDesk.builder()
 *         .clock(clock).storage(storage).zone(ZoneId.of("Asia/Shanghai"))
 *         .dutyRoster(DutyRoster.fixed(Map.of(DutyRoster.DUTY, StaffId.of("E-front-1"))))
 *         .build();
 * ComplaintRecord r = desk.receive(complaint, "wechat:msg-8812");
 * desk.execute(r.complaint().propertyId(), r.id(), DeskCommand.classify(cs, Validity.VALID));
 * }</pre>
 *
 * <p>Collective detection keeps recent complaints in this instance (in-process): complaints of one
 * property must reach one desk instance for it to see them together.
 *
 * <p>Implementation requirements: immutable once built and thread-safe. Commands on the same
 * complaint from several threads or processes are serialised by the store's optimistic version
 * check; a command whose table row allows it is retried on a concurrent change after re-checking
 * the new state, the others fail with {@link DeskErrorCode#COMPLAINT_CHANGED}.
 *
 * @since 0.1
 */
public final class ComplaintDesk {
    private static final Logger log = LoggerFactory.getLogger(ComplaintDesk.class);
    /** The role id the company complaint-handling center is addressed by. */
    public static final String COMPANY_CENTER = "company_complaint_center";
    static final int ATTEMPTS = 3;

    private final Clock clock;
    private final Storage storage;
    private final ZoneId zone;
    private final ComplaintEngine engine;
    private final EscalationPlanner planner;
    private final DutyRoster duty;
    private final Map<String, StaffId> zoneOwners;
    private final TransitionTable table;
    private final Notices notices;
    private final CollectiveDetector detector;
    private final CollectiveSettings collectiveSettings;
    private final ReentrantLock detectorLock = new ReentrantLock();

    private ComplaintDesk(Builder b) {
        this.clock = b.clock;
        this.storage = b.storage;
        this.zone = b.zone;
        this.engine = b.engine != null ? b.engine
                : b.classifier != null ? ComplaintEngine.builder().classifier(b.classifier).build()
                : ComplaintEngine.ofDefaults();
        this.planner = b.planner != null ? b.planner : EscalationPlanner.of(SlaPolicy.defaultPolicy());
        this.duty = b.duty != null ? b.duty : DutyRoster.none();
        this.zoneOwners = b.zoneOwners != null ? b.zoneOwners : Map.of();
        this.table = b.table != null ? b.table : TransitionTable.defaults();
        NotificationTemplates templates = b.templates != null ? b.templates : NotificationTemplates.defaults();
        QuietHours quiet = b.quiet != null ? b.quiet : QuietHours.of(LocalTime.of(22, 0), LocalTime.of(8, 0), zone);
        this.notices = new Notices(templates, quiet, zone);
        this.collectiveSettings = b.collective == null || b.collective.isEmpty() ? CollectiveSettings.defaults()
                : b.collective.get();
        this.detector = b.collective == null || b.collective.isPresent()
                ? CollectiveDetector.create(collectiveSettings) : null;
        log.info("complaint desk ready on {} storage: {} SLA rules, collective detection {}", storage.adapterName(),
                planner.policy().rules().size(), detector == null ? "off" : "on");
    }

    /**
     * A builder; clock, storage and zone are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The desk's clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The property's zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The desk's storage.
     *
     * @return the storage
     */
    public Storage storage() {
        return storage;
    }

    /**
     * The transition table the desk checks commands against.
     *
     * @return the table
     */
    public TransitionTable transitions() {
        return table;
    }

    /**
     * The planner the desk computes deadlines with.
     *
     * @return the planner
     */
    public EscalationPlanner planner() {
        return planner;
    }

    /**
     * An escalation sweeper over this desk, to call on a schedule.
     *
     * @return a new sweeper
     */
    public EscalationSweeper sweeper() {
        return new EscalationSweeper(this);
    }

    /**
     * Loads a complaint.
     *
     * @param property the property
     * @param id the complaint
     * @return the record, or empty
     */
    public Optional<ComplaintRecord> find(PropertyId property, ComplaintId id) {
        Objects.requireNonNull(property, "property must not be null");
        Objects.requireNonNull(id, "id must not be null");
        return storage.complaints().find(property, id);
    }

    /**
     * The plan of a complaint's current handling cycle: deadlines with explanations and escalation steps.
     *
     * @param record the complaint
     * @return the plan, or empty when it was never classified
     */
    public Optional<EscalationPlan> plan(ComplaintRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        return Planning.plan(planner, record);
    }

    /**
     * The commands allowed now: those the table allows in the status whose conditions hold.
     *
     * @param record the complaint
     * @return the commands, possibly empty
     */
    public Set<CommandKind> allowedCommands(ComplaintRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        Set<CommandKind> out = EnumSet.noneOf(CommandKind.class);
        for (CommandKind k : table.allowed(record.state().status())) {
            TransitionTable.Transition t = table.find(record.state().status(), k).orElseThrow();
            if (t.requires().stream().allMatch(g -> g.holds(record))) {
                out.add(k);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // receive

    /**
     * Receives a complaint (procedure steps 1-2): logs it, classifies it, detects whether it joins a
     * collective case, routes it to its owner (the first-contact staff member, else the person on
     * duty, else the department's person on duty), starts its time limits and notifies the owner,
     * the zone owner, the resident and, for a collective case, the director. Receiving again with
     * the same idempotency key returns the complaint as it is now and changes nothing.
     *
     * @param complaint the complaint as logged
     * @param idempotencyKey the caller's key for this request (e.g. the channel's message id), 1-100 characters
     * @return the stored complaint
     */
    public ComplaintRecord receive(Complaint complaint, String idempotencyKey) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
        Optional<ComplaintRecord> existing = storage.complaints().find(complaint.propertyId(), complaint.id());
        if (existing.isPresent() && existing.get().version() > 0) {
            return existing.get();
        }
        Instant now = clock.instant();
        ComplaintText text = new ComplaintText(complaint.id().value(), complaint.text(),
                complaint.receivedAt().atZone(zone).toOffsetDateTime(), complaint.channel(),
                complaint.location().unit().orElse(""), complaint.location().building().orElse(""));
        ClassificationResult classified = engine.classify(text);
        Optional<CollectiveCase> collective = offer(text, classified);
        // the case's category for a member with none of its own, and the case's urgency (policy step 6)
        ClassificationResult result = collective.isPresent()
                ? engine.withCollective(text, classified, collective.get(), collectiveSettings) : classified;
        Classification classification = collective.isPresent()
                ? result.classification().withScope(Scope.COLLECTIVE) : result.classification();
        for (int attempt = 1; ; attempt++) {
            try {
                return storage.inTransaction(s -> receiveIn(s, complaint, idempotencyKey, now, result, classification,
                        collective));
            } catch (ConcurrentModificationException e) {
                if (attempt >= ATTEMPTS) {
                    throw changed(complaint.id(), e);
                }
                log.debug("receive {}: concurrent change, attempt {}", complaint.id(), attempt);
            }
        }
    }

    private Optional<CollectiveCase> offer(ComplaintText text, ClassificationResult result) {
        if (detector == null) {
            return Optional.empty();
        }
        detectorLock.lock();
        try {
            return detector.offer(text, result);
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.debug("collective detection skipped for {}: {}", text.id(), e.getMessage());
            return Optional.empty();
        } finally {
            detectorLock.unlock();
        }
    }

    private ComplaintRecord receiveIn(StorageSession s, Complaint complaint, String key, Instant now,
                                      ClassificationResult result, Classification classification,
                                      Optional<CollectiveCase> collective) {
        ComplaintRecord created = s.complaints().create(complaint, key);
        if (created.version() > 0) {
            return created;
        }
        String department = result.department();
        Optional<StaffId> owner = complaint.firstContact();
        String reason = "first_contact";
        if (owner.isEmpty()) {
            owner = duty.onDuty(DutyRoster.DUTY, now);
            reason = "duty";
        }
        if (owner.isEmpty()) {
            owner = duty.onDuty(department, now);
            reason = "department";
        }
        Optional<StaffId> zoneOwner = complaint.location().zone().map(zoneOwners::get);
        Actor actor = complaint.firstContact().map(Actor::of).orElse(Actor.SYSTEM);
        List<ComplaintEvent> events = new ArrayList<>();
        Map<String, String> rd = new HashMap<>();
        rd.put(Journal.COMMAND, "receive");
        rd.put("channel", complaint.channel().id());
        rd.put("origin", complaint.origin().name().toLowerCase(java.util.Locale.ROOT));
        events.add(ComplaintEvent.of(EventType.RECEIVED, actor, complaint.receivedAt(), rd));
        Map<String, String> cd = Planning.details(classification, "auto");
        cd.put(Journal.COMMAND, "receive");
        cd.put("department", department);
        cd.put("rules", String.join(",", result.firedRules()));
        collective.ifPresent(c -> cd.put("collectiveCase", c.caseId()));
        events.add(ComplaintEvent.of(EventType.CLASSIFIED, Actor.SYSTEM, now, cd));
        if (owner.isPresent()) {
            Map<String, String> ad = new HashMap<>();
            ad.put(Journal.COMMAND, "receive");
            ad.put("owner", owner.get().value());
            ad.put("reason", reason);
            ad.put("department", department);
            zoneOwner.ifPresent(z -> ad.put("zoneOwner", z.value()));
            events.add(ComplaintEvent.of(EventType.ASSIGNED, actor, now, ad));
        }
        ComplaintRecord after = created.apply(new ComplaintChange(events, created.state()));
        ComplaintState state = Planning.state(planner, after, ComplaintStatus.RECEIVED, Optional.of(classification),
                owner);
        ComplaintRecord stored = s.complaints().append(complaint.propertyId(), complaint.id(), 0,
                new ComplaintChange(events, state));
        Map<String, String> vars = notices.variables(stored, state);
        boolean urgent = Notices.urgent(classification);
        String cause = complaint.id() + ":" + stored.version();
        Set<Recipient> staff = new LinkedHashSet<>();
        staff.add(owner.map(o -> Recipient.staff(o.value())).orElse(Recipient.role(DutyRoster.DUTY)));
        zoneOwner.ifPresent(z -> staff.add(Recipient.staff(z.value())));
        for (Recipient r : staff) {
            enqueue(s, notices.make(complaint.propertyId(), r, "complaint.received", vars, stored, cause, urgent, now));
        }
        resident(stored).ifPresent(r -> enqueue(s, notices.make(complaint.propertyId(), r, "complaint.acknowledged",
                vars, stored, cause, urgent, now)));
        collective.ifPresent(c -> joinCollective(s, stored, c, vars, now));
        return stored;
    }

    private void joinCollective(StorageSession s, ComplaintRecord current, CollectiveCase c, Map<String, String> vars,
                                Instant now) {
        PropertyId property = current.complaint().propertyId();
        Map<String, String> v = new HashMap<>(vars);
        v.put("case", c.caseId());
        v.put("members", Integer.toString(c.units().isEmpty() ? c.memberIds().size() : c.units().size()));
        v.put("place", c.place());
        Recipient director = role(DutyRoster.DIRECTOR, now);
        Recipient dutyPerson = role(DutyRoster.DUTY, now);
        for (Recipient r : new LinkedHashSet<>(List.of(dutyPerson, director))) {
            enqueue(s, notices.make(property, r, "complaint.collective", v, current, "collective:" + c.caseId(), true, now));
        }
        for (String member : c.memberIds()) {
            if (member.equals(current.id().value())) {
                continue;
            }
            ComplaintId mid;
            try {
                mid = ComplaintId.of(member);
            } catch (InvalidInputException e) {
                continue;
            }
            Optional<ComplaintRecord> found = s.complaints().find(property, mid);
            if (found.isEmpty() || !found.get().state().status().isOpen()
                    || found.get().state().classification().map(x -> x.scope() == Scope.COLLECTIVE).orElse(true)) {
                continue;
            }
            ComplaintRecord m = found.get();
            Classification cl = m.state().classification().orElseThrow().withScope(Scope.COLLECTIVE);
            Map<String, String> d = Planning.details(cl, "collective");
            d.put(Journal.COMMAND, "collective");
            d.put("collectiveCase", c.caseId());
            ComplaintEvent e = ComplaintEvent.of(EventType.CLASSIFIED, Actor.SYSTEM, now, d);
            ComplaintRecord after = m.apply(ComplaintChange.of(e, m.state()));
            ComplaintState st = Planning.state(planner, after, m.state().status(), Optional.of(cl), m.state().owner());
            s.complaints().append(property, mid, m.version(), ComplaintChange.of(e, st));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // commands

    /**
     * Takes one step on a complaint: checks it against the transition table and its conditions,
     * appends its events, re-plans the deadlines and enqueues its notifications in one unit of work.
     *
     * @param property the property
     * @param id the complaint
     * @param command the step
     * @return the complaint after the step
     * @throws IllegalStepException when the status does not allow the step or a condition does not hold
     * @throws InvalidInputException when the command's data does not fit (e.g. a reply time in the past)
     * @throws PropcareException with {@link DeskErrorCode#COMPLAINT_NOT_FOUND} when there is no such
     *     complaint, or {@link DeskErrorCode#COMPLAINT_CHANGED} when it kept changing under the command
     */
    public ComplaintRecord execute(PropertyId property, ComplaintId id, DeskCommand command) {
        Objects.requireNonNull(property, "property must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(command, "command must not be null");
        AtomicReference<TransitionTable.Transition> used = new AtomicReference<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return storage.inTransaction(s -> executeIn(s, property, id, command, used));
            } catch (ConcurrentModificationException e) {
                TransitionTable.Transition t = used.get();
                if (t == null || !t.retry() || attempt >= ATTEMPTS) {
                    throw changed(id, e);
                }
                log.debug("{} on {}: concurrent change, retrying (attempt {})", command.kind().id(), id, attempt);
            }
        }
    }

    private static PropcareException changed(ComplaintId id, ConcurrentModificationException e) {
        return new PropcareException(DeskErrorCode.COMPLAINT_CHANGED, "complaint " + id
                + " changed while the step was taken; reload it and decide again", e);
    }

    private ComplaintRecord executeIn(StorageSession s, PropertyId property, ComplaintId id, DeskCommand cmd,
                                      AtomicReference<TransitionTable.Transition> used) {
        ComplaintRecord r = s.complaints().find(property, id).orElseThrow(() -> new PropcareException(
                DeskErrorCode.COMPLAINT_NOT_FOUND, "complaint " + id + " does not exist in property " + property));
        ComplaintStatus status = r.state().status();
        Optional<TransitionTable.Transition> found = table.find(status, cmd.kind());
        if (found.isEmpty()) {
            throw new IllegalStepException(id, status, cmd.kind(), allowedCommands(r), List.of());
        }
        TransitionTable.Transition t = found.get();
        used.set(t);
        List<String> unmet = t.requires().stream().filter(g -> !g.holds(r)).map(Guard::description).toList();
        if (!unmet.isEmpty()) {
            throw new IllegalStepException(id, status, cmd.kind(), allowedCommands(r), unmet);
        }
        Instant now = clock.instant();
        Actor actor = Actor.of(cmd.actor());
        Map<String, String> d = new HashMap<>();
        d.put(Journal.COMMAND, cmd.kind().id());
        cmd.note().ifPresent(n -> d.put("note", n));
        Optional<Classification> classification = r.state().classification();
        Optional<StaffId> owner = r.state().owner();
        EventType type;
        switch (cmd.kind()) {
            case SETTLE_ON_THE_SPOT -> {
                type = EventType.SETTLED;
                d.put(Journal.ON_THE_SPOT, "true");
            }
            case HAND_OVER -> {
                type = EventType.ASSIGNED;
                owner = cmd.target();
                d.put("owner", cmd.target().orElseThrow().value());
                d.put("reason", "hand_over");
                r.state().owner().ifPresent(o -> d.put("previousOwner", o.value()));
            }
            case CLASSIFY -> {
                type = EventType.CLASSIFIED;
                Classification c = cmd.classification().orElseGet(() -> {
                    Classification cur = r.state().classification().orElseThrow(() -> InvalidInputException.of(
                            "validity", cmd.validity().orElseThrow().id(),
                            "a full classification, since the complaint has none yet"));
                    return Classification.ofManual(cur.category(), cur.urgency(), cmd.validity().orElseThrow(),
                            cur.scope(), "confirmed by " + cmd.actor().value());
                });
                classification = Optional.of(c);
                d.putAll(Planning.details(c, "manual"));
            }
            case REPLY -> type = EventType.ACKNOWLEDGED;
            case AGREE_REPLY_TIME -> {
                type = EventType.REPLY_TIME_AGREED;
                Instant by = cmd.replyBy().orElseThrow();
                if (!by.isAfter(now)) {
                    throw InvalidInputException.of("replyBy", by, "an instant after now (" + now + ")");
                }
                d.put(Planning.AGREED, by.toString());
            }
            case DISPATCH_REPAIR -> {
                type = EventType.ASSIGNED;
                d.put("repairStaff", cmd.target().orElseThrow().value());
                d.put("reason", "repair");
            }
            case ARRIVE_ON_SITE -> type = EventType.ON_SITE;
            case GIVE_PRELIMINARY_PLAN -> type = EventType.PRELIMINARY_PLAN_GIVEN;
            case PAUSE -> type = EventType.PAUSED;
            case RESUME -> type = EventType.RESUMED;
            case SETTLE -> type = EventType.SETTLED;
            case REPORT_TO_OFFICE -> {
                type = EventType.REPORTED;
                d.put(Journal.TO, "office");
            }
            case REPORT_TO_DIRECTOR -> {
                type = EventType.REPORTED;
                d.put(Journal.TO, "director");
            }
            case REPORT_TO_COMPANY -> {
                type = EventType.REPORTED;
                d.put(Journal.TO, "company");
            }
            case REPORT_BACK_TO_CENTER -> {
                type = EventType.REPORTED;
                d.put(Journal.TO, "center");
            }
            case CALL_BACK -> type = EventType.CALLED_BACK;
            case REOPEN -> type = EventType.REOPENED;
            case CLOSE -> type = EventType.CLOSED;
            default -> throw new IllegalStateException("no event for command " + cmd.kind());
        }
        ComplaintEvent event = ComplaintEvent.of(type, actor, now, d);
        ComplaintRecord after = r.apply(ComplaintChange.of(event, r.state()));
        ComplaintState state = Planning.state(planner, after, t.to(), classification, owner);
        ComplaintRecord stored = s.complaints().append(property, id, r.version(), ComplaintChange.of(event, state));
        notify(s, stored, cmd, now);
        log.debug("{} {} -> {} ({} events)", id, cmd.kind().id(), state.status(), stored.version());
        return stored;
    }

    private void notify(StorageSession s, ComplaintRecord stored, DeskCommand cmd, Instant now) {
        PropertyId property = stored.complaint().propertyId();
        ComplaintState state = stored.state();
        Map<String, String> vars = notices.variables(stored, state);
        boolean urgent = Notices.urgent(state);
        String cause = stored.id() + ":" + stored.version();
        List<Recipient> to = new ArrayList<>();
        String template;
        switch (cmd.kind()) {
            case HAND_OVER -> {
                template = "complaint.assigned";
                to.add(Recipient.staff(cmd.target().orElseThrow().value()));
            }
            case DISPATCH_REPAIR -> {
                template = "complaint.dispatched";
                to.add(Recipient.staff(cmd.target().orElseThrow().value()));
            }
            case AGREE_REPLY_TIME -> {
                template = "complaint.reply_time_agreed";
                vars.put("replyBy", notices.when(cmd.replyBy().orElseThrow()));
                resident(stored).ifPresent(to::add);
            }
            case SETTLE, SETTLE_ON_THE_SPOT -> {
                template = "complaint.settled";
                resident(stored).ifPresent(to::add);
            }
            case REPORT_TO_OFFICE -> {
                template = "complaint.reported";
                vars.put("to", "office");
                to.add(role(DutyRoster.DUTY, now));
            }
            case REPORT_TO_DIRECTOR -> {
                template = "complaint.reported";
                vars.put("to", "director");
                to.add(role(DutyRoster.DIRECTOR, now));
            }
            case REPORT_TO_COMPANY, REPORT_BACK_TO_CENTER -> {
                template = "complaint.reported";
                vars.put("to", "company complaint center");
                to.add(Recipient.role(COMPANY_CENTER));
            }
            case REOPEN -> {
                template = "complaint.reopened";
                to.add(state.owner().map(o -> Recipient.staff(o.value())).orElse(Recipient.role(DutyRoster.DUTY)));
                to.add(role(DutyRoster.CUSTOMER_SERVICE_SUPERVISOR, now));
            }
            default -> {
                return;
            }
        }
        for (Recipient r : new LinkedHashSet<>(to)) {
            enqueue(s, notices.make(property, r, template, vars, stored, cause, urgent, now));
        }
    }

    private Optional<Recipient> resident(ComplaintRecord r) {
        return r.complaint().resident().phone().map(p -> new Recipient(RecipientKind.RESIDENT, r.id().value(),
                Optional.of(p.digits())));
    }

    Recipient role(String role, Instant at) {
        return duty.onDuty(role, at).map(s -> Recipient.staff(s.value())).orElse(Recipient.role(role));
    }

    private static void enqueue(StorageSession s, Notification n) {
        s.outbox().enqueue(n);
    }

    // ---------------------------------------------------------------------------------------------
    // sweeping

    /**
     * Fires the due escalation steps of one complaint in one unit of work: appends one ESCALATED
     * event per step (its key in the details), sets the next due instant and notifies each rung's
     * recipients. Returns how many steps fired; zero when nothing is due (e.g. another sweeper
     * fired them first).
     */
    int sweepOne(PropertyId property, ComplaintId id, Instant now) {
        return storage.inTransaction(s -> {
            Optional<ComplaintRecord> found = s.complaints().find(property, id);
            if (found.isEmpty() || !found.get().state().status().isOpen()) {
                return 0;
            }
            ComplaintRecord r = found.get();
            Optional<EscalationPlan> plan = Planning.plan(planner, r);
            if (plan.isEmpty()) {
                return 0;
            }
            List<EscalationStep> due = plan.get().due(now, Journal.of(r).firedKeys());
            if (due.isEmpty()) {
                log.debug("{}: nothing due at {} (next due {})", id, now, r.state().nextDueAt().orElse(null));
                return 0;
            }
            List<ComplaintEvent> events = new ArrayList<>();
            Map<EscalationStep, List<Recipient>> recipients = new HashMap<>();
            for (EscalationStep step : due) {
                List<Recipient> to = new ArrayList<>(new LinkedHashSet<>(step.recipients().stream()
                        .map(level -> recipient(level, r, now)).toList()));
                recipients.put(step, to);
                Map<String, String> d = new HashMap<>();
                d.put(Journal.COMMAND, "escalate");
                d.put(Journal.KEY, step.key());
                d.put("step", step.step().id());
                d.put("level", step.level().id());
                d.put("dueAt", step.at().toString());
                d.put("recipients", String.join(",", to.stream().map(x -> x.kind().name().toLowerCase(
                        java.util.Locale.ROOT) + ":" + x.id()).toList()));
                d.put("reason", step.reason().length() > 2000 ? step.reason().substring(0, 2000) : step.reason());
                events.add(ComplaintEvent.of(EventType.ESCALATED, Actor.SYSTEM, now, d));
            }
            ComplaintChange change = new ComplaintChange(events, r.state());
            ComplaintRecord after = r.apply(change);
            ComplaintState state = Planning.state(planner, after, r.state().status(), r.state().classification(),
                    r.state().owner());
            ComplaintRecord stored = s.complaints().append(property, id, r.version(), new ComplaintChange(events, state));
            Map<String, String> vars = notices.variables(stored, state);
            boolean urgent = Notices.urgent(state);
            Map<String, Instant> deadlines = state.deadlines();
            for (EscalationStep step : due) {
                Map<String, String> v = new HashMap<>(vars);
                v.put("step", step.step().id());
                v.put("level", step.level().id());
                v.put("due", Optional.ofNullable(deadlines.get(step.step().id())).map(notices::when).orElse("-"));
                for (Recipient to : recipients.get(step)) {
                    enqueue(s, notices.make(property, to, "complaint.escalated", v, stored, "esc:" + step.key(),
                            urgent || step.level() == EscalationLevel.COMPANY, now));
                }
            }
            return due.size();
        });
    }

    private Recipient recipient(EscalationLevel level, ComplaintRecord r, Instant now) {
        return switch (level) {
            case HANDLER -> r.state().owner().map(o -> Recipient.staff(o.value())).orElse(role(DutyRoster.DUTY, now));
            case CUSTOMER_SERVICE_SUPERVISOR -> role(DutyRoster.CUSTOMER_SERVICE_SUPERVISOR, now);
            case DIRECTOR -> role(DutyRoster.DIRECTOR, now);
            case COMPANY -> Recipient.role(COMPANY_CENTER);
        };
    }

    /**
     * Builds a {@link ComplaintDesk}. Each setting may be given once; {@link #build()} reports every
     * missing or conflicting setting at once.
     *
     * @since 0.1
     */
    public static final class Builder {
        private Clock clock;
        private Storage storage;
        private ZoneId zone;
        private ComplaintEngine engine;
        private ComplaintClassifier classifier;
        private EscalationPlanner planner;
        private DutyRoster duty;
        private Map<String, StaffId> zoneOwners;
        private TransitionTable table;
        private NotificationTemplates templates;
        private QuietHours quiet;
        private Optional<CollectiveSettings> collective;

        private Builder() {
        }

        private static <T> T once(T earlier, T value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (earlier != null) {
                throw new IllegalStateException(name + " was already set to " + earlier);
            }
            return value;
        }

        /**
         * The clock every instant comes from (required).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = once(clock, value, "clock");
            return this;
        }

        /**
         * The storage (required).
         *
         * @param value the storage
         * @return this builder
         */
        public Builder storage(Storage value) {
            storage = once(storage, value, "storage");
            return this;
        }

        /**
         * The property's zone, for wall-clock texts and quiet hours (required).
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            zone = once(zone, value, "zone");
            return this;
        }

        /**
         * The classification engine (default: {@link ComplaintEngine#ofDefaults()}).
         *
         * @param value the engine
         * @return this builder
         */
        public Builder classifier(ComplaintEngine value) {
            engine = once(engine, value, "classifier");
            return this;
        }

        /**
         * A statistical classifier to combine with the default rules and taxonomy.
         *
         * @param value the classifier
         * @return this builder
         */
        public Builder classifier(ComplaintClassifier value) {
            classifier = once(classifier, value, "classifier");
            return this;
        }

        /**
         * The SLA policy (default: {@link SlaPolicy#defaultPolicy()}).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder slaPolicy(SlaPolicy value) {
            planner = once(planner, EscalationPlanner.of(Objects.requireNonNull(value, "slaPolicy must not be null")),
                    "slaPolicy");
            return this;
        }

        /**
         * Who is on duty for each role (default: nobody; notifications then go to the roles).
         *
         * @param value the duty roster
         * @return this builder
         */
        public Builder dutyRoster(DutyRoster value) {
            duty = once(duty, value, "dutyRoster");
            return this;
        }

        /**
         * The named customer-service owner of each zone (分片区管理), told of every complaint in it.
         *
         * @param value staff by zone
         * @return this builder
         */
        public Builder zoneOwners(Map<String, StaffId> value) {
            zoneOwners = once(zoneOwners, Map.copyOf(Objects.requireNonNull(value, "zoneOwners must not be null")),
                    "zoneOwners");
            return this;
        }

        /**
         * The transition table (default: {@link TransitionTable#defaults()}).
         *
         * @param value the table
         * @return this builder
         */
        public Builder transitions(TransitionTable value) {
            table = once(table, value, "transitions");
            return this;
        }

        /**
         * The notification templates (default: {@link NotificationTemplates#defaults()}).
         *
         * @param value the templates
         * @return this builder
         */
        public Builder templates(NotificationTemplates value) {
            templates = once(templates, value, "templates");
            return this;
        }

        /**
         * The quiet hours (default: 22:00-08:00 in the property's zone).
         *
         * @param value the quiet hours
         * @return this builder
         */
        public Builder quietHours(QuietHours value) {
            quiet = once(quiet, value, "quietHours");
            return this;
        }

        /**
         * Collective-complaint detection settings (default: {@link CollectiveSettings#defaults()}).
         *
         * @param value the settings
         * @return this builder
         */
        public Builder collectiveDetection(CollectiveSettings value) {
            collective = once(collective, Optional.of(Objects.requireNonNull(value, "collectiveDetection must not be null")),
                    "collectiveDetection");
            return this;
        }

        /**
         * Turns collective-complaint detection off.
         *
         * @return this builder
         */
        public Builder withoutCollectiveDetection() {
            collective = once(collective, Optional.empty(), "collectiveDetection");
            return this;
        }

        /**
         * Checks every setting and builds the desk.
         *
         * @return the desk
         * @throws IllegalStateException listing every missing or conflicting setting
         */
        public ComplaintDesk build() {
            List<String> problems = new ArrayList<>();
            if (clock == null) {
                problems.add("clock is required");
            }
            if (storage == null) {
                problems.add("storage is required");
            }
            if (zone == null) {
                problems.add("zone is required");
            }
            if (engine != null && classifier != null) {
                problems.add("classifier was given both as an engine and as a statistical classifier; give one");
            }
            if (quiet != null && zone != null && !quiet.zone().equals(zone)) {
                problems.add("quietHours zone " + quiet.zone() + " differs from the desk's zone " + zone);
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("cannot build the complaint desk: " + String.join("; ", problems));
            }
            return new ComplaintDesk(this);
        }
    }
}
