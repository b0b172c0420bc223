package io.propcare.escalation;

import io.propcare.spi.Beta;
import io.propcare.model.escalation.EscalationLevel;
import io.propcare.model.escalation.EscalationStep;
import io.propcare.model.escalation.SlaStep;
import io.propcare.spi.PropcareException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threeten.extra.Interval;

/**
 * Turns a complaint and its history into deadlines and escalation steps under an {@link SlaPolicy}.
 *
 * <p>Rules it follows: a target's clock starts at the first occurrence of its start milestone
 * ({@code received} is the complaint's received instant) and stops at the first occurrence of its
 * stop milestone at or after that. Paused/resumed events stop pausable clocks (a pause only removes
 * working time); while a pause is open the deadline is unknown and later rungs wait. The last reply
 * time agreed with the resident replaces the deadline of targets with {@code agreedReplyOverrides}
 * and is the deadline of {@code "agreed"} targets. After a reclassification the targets of the new
 * classification apply: a {@code keep} target counts from its start milestone, a {@code restart}
 * target from the last reclassification (its escalation keys then get a new generation). A rung
 * fires at {@code fraction x target + offset} of working time on the target's calendar (for agreed
 * deadlines, the fraction of the working time from the agreement to the agreed instant), only
 * while the target is open. Keys are {@code caseKey/step/level/generation}, so re-planning keeps
 * them.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
@Beta
public final class EscalationPlanner {
    private static final Logger log = LoggerFactory.getLogger(EscalationPlanner.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final SlaPolicy policy;

    private EscalationPlanner(SlaPolicy policy) {
        this.policy = policy;
    }

    /**
     * A planner for a policy.
     *
     * @param policy the policy, e.g. {@link SlaPolicy#defaultPolicy()}
     * @return the planner
     */
    public static EscalationPlanner of(SlaPolicy policy) {
        return new EscalationPlanner(Objects.requireNonNull(policy, "policy must not be null"));
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public SlaPolicy policy() {
        return policy;
    }

    /**
     * Plans every deadline and escalation step of a complaint.
     *
     * @param complaint the complaint as first classified
     * @param history its events, in any order
     * @return the plan
     */
    public EscalationPlan plan(ComplaintFacts complaint, List<TimelineEvent> history) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(history, "history must not be null");
        List<TimelineEvent> events = new ArrayList<>(history);
        events.forEach(e -> Objects.requireNonNull(e, "history must not contain null"));
        events.sort(Comparator.comparing(TimelineEvent::at));

        ComplaintFacts facts = complaint;
        List<Instant> reclassifications = new ArrayList<>();
        List<Interval> pauses = new ArrayList<>();
        Instant openPause = null;
        TimelineEvent.ReplyTimeAgreed agreed = null;
        Map<Milestone, List<Instant>> reached = new EnumMap<>(Milestone.class);
        reached.computeIfAbsent(Milestone.RECEIVED, k -> new ArrayList<>()).add(complaint.receivedAt());
        for (TimelineEvent e : events) {
            if (e instanceof TimelineEvent.Reclassified r) {
                facts = facts.withClassification(r.classification());
                reclassifications.add(r.at());
            } else if (e instanceof TimelineEvent.Paused p) {
                if (openPause == null) {
                    openPause = p.at();
                }
            } else if (e instanceof TimelineEvent.Resumed r) {
                if (openPause != null) {
                    pauses.add(Interval.of(openPause, r.at()));
                    openPause = null;
                }
            } else if (e instanceof TimelineEvent.ReplyTimeAgreed a) {
                agreed = a;
            } else if (e instanceof TimelineEvent.Reached m) {
                reached.computeIfAbsent(m.milestone(), k -> new ArrayList<>()).add(m.at());
            }
        }
        reached.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        List<PlannedDeadline> deadlines = new ArrayList<>();
        List<EscalationStep> steps = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (SlaTarget t : policy.targetsFor(facts).values()) {
            try {
                planTarget(facts, t, reached, reclassifications, pauses, openPause, agreed, deadlines, steps);
            } catch (PropcareException e) {
                problems.add(new PlanProblem(t.step(), e.errorCode().code(), e.getMessage()));
            }
        }
        steps.sort(Comparator.comparing(EscalationStep::at).thenComparing(EscalationStep::level));
        log.debug("planned {}: {} deadlines, {} escalation steps, {} problems", facts.caseKey(), deadlines.size(),
                steps.size(), problems.size());
        return new EscalationPlan(facts, deadlines, steps, problems);
    }

    private void planTarget(ComplaintFacts facts, SlaTarget t, Map<Milestone, List<Instant>> reached,
                            List<Instant> reclassifications, List<Interval> closedPauses, Instant openPause,
                            TimelineEvent.ReplyTimeAgreed agreed, List<PlannedDeadline> deadlines,
                            List<EscalationStep> steps) {
        List<Instant> starts = reached.getOrDefault(t.start(), List.of());
        if (starts.isEmpty()) {
            return;
        }
        Instant firstStart = starts.get(0);
        Instant start = firstStart;
        int generation = 0;
        if (t.onReclassify() == SlaTarget.Reclassify.RESTART) {
            for (Instant r : reclassifications) {
                if (r.isAfter(firstStart)) {
                    generation++;
                    start = r;
                }
            }
        }
        Instant stop = null;
        for (Instant s : reached.getOrDefault(t.stop(), List.of())) {
            if (!s.isBefore(firstStart)) {
                stop = s;
                break;
            }
        }
        boolean useAgreed = agreed != null && (t.agreedOnly() || t.agreedReplyOverrides());
        if (t.agreedOnly() && agreed == null) {
            return;
        }
        BusinessCalendar cal = policy.calendar(t.calendar());
        ZoneId zone = cal.zone();
        List<Interval> pauses = new ArrayList<>();
        Instant open = null;
        if (t.pausable()) {
            for (Interval p : closedPauses) {
                if (p.getEnd().isAfter(start)) {
                    pauses.add(p);
                }
            }
            if (openPause != null) {
                if (stop != null) {
                    pauses.add(Interval.of(openPause.isBefore(stop) ? openPause : stop, stop));
                } else {
                    open = openPause;
                }
            }
        }
        Instant due;
        Duration span;
        java.util.function.Supplier<String> why;
        if (useAgreed) {
            due = agreed.replyBy();
            Instant from = agreed.at().isAfter(start) ? agreed.at() : start;
            span = from.isBefore(due) ? cal.elapsed(from, due) : Duration.ZERO;
            TimelineEvent.ReplyTimeAgreed a = agreed;
            why = () -> label(t.step()) + ": reply time agreed with the resident on " + fmt(a.at(), zone)
                    + " for " + fmt(a.replyBy(), zone) + (t.agreedOnly() ? "" : ", replacing the " + human(t.within())
                    + " target") + ".";
        } else {
            due = cal.add(start, t.within(), pauses);
            span = t.within();
            if (open != null && due.isAfter(open)) {
                due = null;
            }
            boolean known = due != null;
            Instant from = start;
            Instant pausedAt = open;
            int gen = generation;
            List<Interval> ps = List.copyOf(pauses);
            why = () -> label(t.step()) + ": " + human(t.within()) + " on the '" + t.calendar() + "' calendar from "
                    + t.start().id().replace('_', ' ')
                    + (gen > 0 ? " (restarted by the reclassification of " + fmt(from, zone) + ")" : "") + ". "
                    + (!known ? "Paused since " + fmt(pausedAt, zone) + "; the deadline is set when the clock runs again."
                    : cal.explain(from, t.within(), ps).text());
        }
        PlannedDeadline.State state = stop != null
                ? (due != null && stop.isAfter(due) ? PlannedDeadline.State.MET_LATE : PlannedDeadline.State.MET)
                : due == null ? PlannedDeadline.State.PAUSED : PlannedDeadline.State.RUNNING;
        deadlines.add(new PlannedDeadline(t, state, start, due, stop, generation, why));
        if (stop != null) {
            return;
        }
        for (LadderRung rung : policy.ladder()) {
            Instant at = rungInstant(cal, t, rung, start, due, span, pauses, useAgreed, agreed);
            if (at == null || (open != null && at.isAfter(open))) {
                continue;
            }
            String key = facts.caseKey() + "/" + t.step().id() + "/" + rung.level().id() + "/" + generation;
            StringJoiner who = new StringJoiner(", ");
            rung.recipients().forEach(l -> who.add(l.id().replace('_', ' ')));
            String reason = label(t.step()) + " " + (rung.fraction() < 1 ? "approaching its deadline" : "overdue")
                    + ": " + rung.threshold() + " of the time limit reached at " + fmt(at, zone)
                    + (due == null ? "" : " (due " + fmt(due, zone) + ")") + "; notify " + who + ".";
            steps.add(new EscalationStep(key, t.step(), rung.level(), rung.recipients(), at, reason));
        }
    }

    private static Instant rungInstant(BusinessCalendar cal, SlaTarget t, LadderRung rung, Instant start, Instant due,
                                       Duration span, List<Interval> pauses, boolean useAgreed,
                                       TimelineEvent.ReplyTimeAgreed agreed) {
        boolean atDeadline = rung.fraction() == 1.0 && rung.offset().isZero();
        if (useAgreed) {
            if (atDeadline) {
                return due;
            }
            if (rung.fraction() < 1) {
                Instant from = agreed.at().isAfter(start) ? agreed.at() : start;
                return cal.add(from, scale(span, rung.fraction()));
            }
            Duration extra = scale(span, rung.fraction() - 1).plus(rung.offset());
            return extra.isZero() ? due : cal.add(due, extra);
        }
        if (due == null && rung.fraction() >= 1) {
            return null;
        }
        if (atDeadline) {
            return due;
        }
        Duration d = scale(t.within(), rung.fraction()).plus(rung.offset());
        return d.isZero() ? start : cal.add(start, d, pauses);
    }

    private static Duration scale(Duration d, double f) {
        return Duration.ofSeconds(Math.round(d.getSeconds() * f));
    }

    private static String fmt(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }

    private static String human(Duration d) {
        return DeadlineExplanation.human(d);
    }

    private static String label(SlaStep s) {
        String id = s.id().replace('_', ' ');
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /**
     * The levels a policy's ladder notifies, for configuration checks.
     *
     * @return the levels in ladder order
     */
    public List<EscalationLevel> levels() {
        List<EscalationLevel> out = new ArrayList<>();
        policy.ladder().forEach(r -> out.add(r.level()));
        return out;
    }
}
