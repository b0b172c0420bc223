package io.propcare.desk;

import io.propcare.escalation.ComplaintFacts;
import io.propcare.escalation.EscalationPlan;
import io.propcare.escalation.EscalationPlanner;
import io.propcare.escalation.Milestone;
import io.propcare.escalation.PlannedDeadline;
import io.propcare.escalation.TimelineEvent;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.model.escalation.EscalationStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a complaint's history into the escalation planner's input and its plan into the stored
 * state. A reopened complaint starts a new cycle: its clocks count from the reopening, its
 * escalation keys carry the cycle number, and the classification carries over.
 */
final class Planning {
    static final String CATEGORY = "category";
    static final String URGENCY = "urgency";
    static final String VALIDITY = "validity";
    static final String SCOPE = "scope";
    static final String CONFIDENCE = "confidence";
    static final String AGREED = "agreedReplyAt";

    private Planning() {
    }

    /** The classification details of a CLASSIFIED event. */
    static Map<String, String> details(Classification c, String source) {
        Map<String, String> d = new HashMap<>();
        d.put(CATEGORY, c.category().id());
        d.put(URGENCY, c.urgency().id());
        d.put(VALIDITY, c.validity().id());
        d.put(SCOPE, c.scope().id());
        d.put(CONFIDENCE, String.format(Locale.ROOT, "%.3f", c.confidence()));
        d.put("needsReview", Boolean.toString(c.needsReview()));
        d.put(Journal.SOURCE, source);
        return d;
    }

    /** The classification recorded by a CLASSIFIED event. */
    static Classification classification(ComplaintEvent e) {
        Map<String, String> d = e.details();
        return new Classification(Category.of(d.get(CATEGORY)), Urgency.parse(d.get(URGENCY)),
                Validity.parse(d.get(VALIDITY)), Scope.parse(d.get(SCOPE)), Double.parseDouble(d.get(CONFIDENCE)),
                Boolean.parseBoolean(d.get("needsReview")), List.of(d.getOrDefault(Journal.SOURCE, "recorded")));
    }

    private static boolean sameFacts(Classification a, Classification b) {
        return a.category().equals(b.category()) && a.urgency() == b.urgency() && a.validity() == b.validity()
                && a.scope() == b.scope();
    }

    /** The plan of a record's current cycle, or empty when it was never classified. */
    static Optional<EscalationPlan> plan(EscalationPlanner planner, ComplaintRecord record) {
        List<ComplaintEvent> h = record.history();
        Journal journal = Journal.of(record);
        int start = journal.cycleStart();
        int cycle = journal.reopenings();
        Classification base = null;
        int firstInCycle = start;
        for (int i = 0; i < h.size(); i++) {
            if (h.get(i).type() == EventType.CLASSIFIED && (i < start || base == null)) {
                base = classification(h.get(i));
                if (i >= start) {
                    firstInCycle = i + 1;
                    break;
                }
            }
        }
        if (base == null) {
            return Optional.empty();
        }
        Instant received = cycle == 0 ? record.complaint().receivedAt() : h.get(start).at();
        String key = cycle == 0 ? record.id().value() : record.id().value() + "/r" + cycle;
        ComplaintFacts facts = ComplaintFacts.of(key, received, base, record.complaint().channel());
        List<TimelineEvent> timeline = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            // a reopened complaint's reports to the director and the company stand: they are not owed again
            ComplaintEvent e = h.get(i);
            String to = e.details().get(Journal.TO);
            if (e.type() == EventType.REPORTED && ("director".equals(to) || "company".equals(to))) {
                reported(to).ifPresent(m -> timeline.add(TimelineEvent.reached(m, received)));
            }
        }
        Classification current = base;
        for (int i = Math.max(start, 0); i < h.size(); i++) {
            ComplaintEvent e = h.get(i);
            Instant at = e.at();
            switch (e.type()) {
                case CLASSIFIED -> {
                    if (i >= firstInCycle) {
                        Classification c = classification(e);
                        if (!sameFacts(c, current)) {
                            timeline.add(TimelineEvent.reclassified(at, c));
                        }
                        current = c;
                    }
                }
                case ACKNOWLEDGED -> timeline.add(TimelineEvent.reached(Milestone.REPLIED, at));
                case ON_SITE -> timeline.add(TimelineEvent.reached(Milestone.ON_SITE, at));
                case PRELIMINARY_PLAN_GIVEN -> timeline.add(TimelineEvent.reached(Milestone.PLAN_GIVEN, at));
                case REPLY_TIME_AGREED -> timeline.add(TimelineEvent.replyTimeAgreed(at,
                        Instant.parse(e.details().get(AGREED))));
                case PAUSED -> timeline.add(TimelineEvent.paused(at));
                case RESUMED -> timeline.add(TimelineEvent.resumed(at));
                case SETTLED -> {
                    timeline.add(TimelineEvent.reached(Milestone.SETTLED, at));
                    timeline.add(TimelineEvent.reached(Milestone.RESULT_FED_BACK, at));
                    timeline.add(TimelineEvent.reached(Milestone.REPLIED, at));
                    if ("true".equals(e.details().get(Journal.ON_THE_SPOT))) {
                        timeline.add(TimelineEvent.reached(Milestone.SETTLED_ON_THE_SPOT, at));
                    }
                }
                case REPORTED -> reported(e.details().get(Journal.TO))
                        .ifPresent(m -> timeline.add(TimelineEvent.reached(m, at)));
                case CALLED_BACK -> timeline.add(TimelineEvent.reached(Milestone.CALLED_BACK, at));
                default -> {
                    // RECEIVED, ASSIGNED, ESCALATED, REOPENED, CLOSED stop no clock
                }
            }
        }
        return Optional.of(planner.plan(facts, timeline));
    }

    static Optional<Milestone> reported(String to) {
        if (to == null) {
            return Optional.empty();
        }
        return switch (to) {
            case "office" -> Optional.of(Milestone.REPORTED_TO_OFFICE);
            case "director" -> Optional.of(Milestone.REPORTED_TO_DIRECTOR);
            case "company" -> Optional.of(Milestone.REPORTED_TO_COMPANY);
            case "center" -> Optional.of(Milestone.REPORTED_BACK_TO_CENTER);
            default -> Optional.empty();
        };
    }

    /**
     * The state after a change: the given status, classification and owner, with the deadlines
     * and the next due instant of the record's plan (nothing due once closed).
     */
    static ComplaintState state(EscalationPlanner planner, ComplaintRecord after, ComplaintStatus status,
                                Optional<Classification> classification, Optional<io.propcare.model.StaffId> owner) {
        Map<String, Instant> deadlines = new HashMap<>();
        Optional<Instant> next = Optional.empty();
        Optional<EscalationPlan> plan = plan(planner, after);
        if (plan.isPresent()) {
            for (PlannedDeadline d : plan.get().deadlines()) {
                d.due().ifPresent(due -> deadlines.put(d.step().id(), due));
            }
            if (status.isOpen()) {
                Set<String> fired = Journal.of(after).firedKeys();
                next = plan.get().escalations().stream().filter(s -> !fired.contains(s.key()))
                        .map(EscalationStep::at).min(Instant::compareTo);
            }
        }
        return new ComplaintState(status, classification, owner, deadlines, next);
    }
}
