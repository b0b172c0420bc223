package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.model.escalation.EscalationStep;
import io.propcare.model.escalation.SlaStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The planner on random histories under the default policy. */
class EscalationPlanProperties {
    private static final EscalationPlanner PLANNER = EscalationPlanner.of(SlaPolicy.defaultPolicy());
    private static final Instant BASE = Instant.parse("2025-09-25T00:00:00Z");

    record Story(ComplaintFacts complaint, List<TimelineEvent> events) {
    }

    private static Arbitrary<Classification> classification() {
        return Combinators.combine(Arbitraries.of("inquiry", "plumbing", "electrical", "noise"),
                Arbitraries.of(Urgency.class), Arbitraries.of(Scope.class))
                .as((c, u, s) -> Classification.ofManual(Category.of(c), u, Validity.VALID, s, "generated"));
    }

    @Provide
    Arbitrary<Story> stories() {
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 3 * 1440);
        Arbitrary<TimelineEvent> event = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(Milestone.class), minute).as((m, t) -> TimelineEvent.reached(m, at(t))),
                minute.map(t -> TimelineEvent.paused(at(t))),
                minute.map(t -> TimelineEvent.resumed(at(t))),
                Combinators.combine(minute, Arbitraries.integers().between(30, 4 * 1440))
                        .as((t, len) -> TimelineEvent.replyTimeAgreed(at(t), at(t + len))),
                Combinators.combine(minute, classification()).as((t, c) -> TimelineEvent.reclassified(at(t), c)));
        return Combinators.combine(classification(), Arbitraries.of(Channel.PHONE, Channel.COMPANY_CENTER),
                        Arbitraries.integers().between(0, 60 * 24 * 20), event.list().ofMaxSize(8))
                .as((c, ch, offset, events) -> {
                    Instant received = BASE.plusSeconds(offset * 60L);
                    List<TimelineEvent> shifted = new ArrayList<>();
                    for (TimelineEvent e : events) {
                        shifted.add(shift(e, Duration.between(BASE, received)));
                    }
                    return new Story(ComplaintFacts.of("C-9", received, c, ch), shifted);
                });
    }

    private static Instant at(int minute) {
        return BASE.plusSeconds(minute * 60L);
    }

    private static TimelineEvent shift(TimelineEvent e, Duration d) {
        if (e instanceof TimelineEvent.Reached r) {
            return TimelineEvent.reached(r.milestone(), r.at().plus(d));
        } else if (e instanceof TimelineEvent.Paused p) {
            return TimelineEvent.paused(p.at().plus(d));
        } else if (e instanceof TimelineEvent.Resumed r) {
            return TimelineEvent.resumed(r.at().plus(d));
        } else if (e instanceof TimelineEvent.ReplyTimeAgreed a) {
            return TimelineEvent.replyTimeAgreed(a.at().plus(d), a.replyBy().plus(d));
        }
        TimelineEvent.Reclassified r = (TimelineEvent.Reclassified) e;
        return TimelineEvent.reclassified(r.at().plus(d), r.classification());
    }

    @Property(tries = 40)
    void replanningAsTimePassesFiresEachStepOnceAndOnlyWhenDue(@ForAll("stories") Story s) {
        Set<String> fired = new HashSet<>();
        Instant end = s.complaint().receivedAt().plus(Duration.ofDays(4));
        for (Instant now = s.complaint().receivedAt(); now.isBefore(end); now = now.plusSeconds(600)) {
            Instant n = now;
            List<TimelineEvent> known = s.events().stream().filter(e -> !e.at().isAfter(n)).toList();
            EscalationPlan plan = PLANNER.plan(s.complaint(), known);
            for (EscalationStep step : plan.due(now, fired)) {
                assertThat(step.at()).isBeforeOrEqualTo(now);
                assertThat(fired.add(step.key())).as("fires once: %s", step.key()).isTrue();
                PlannedDeadline d = plan.deadlines().stream().filter(x -> x.step() == step.step()).findFirst().orElseThrow();
                assertThat(d.stoppedAt()).as("only open targets escalate").isEmpty();
            }
            assertThat(plan.due(now, fired)).isEmpty();
        }
    }

    @Property(tries = 200)
    void aPauseNeverMakesAPlannedDeadlineEarlier(@ForAll("stories") Story s,
                                                 @ForAll @IntRange(min = 0, max = 3 * 1440) int from,
                                                 @ForAll @IntRange(min = 1, max = 2 * 1440) int length) {
        List<TimelineEvent> base = s.events().stream()
                .filter(e -> !(e instanceof TimelineEvent.Paused) && !(e instanceof TimelineEvent.Resumed)).toList();
        Instant p = s.complaint().receivedAt().plusSeconds(from * 60L);
        List<TimelineEvent> paused = new ArrayList<>(base);
        paused.add(TimelineEvent.paused(p));
        paused.add(TimelineEvent.resumed(p.plusSeconds(length * 60L)));
        Map<SlaStep, Instant> without = dues(PLANNER.plan(s.complaint(), base));
        Map<SlaStep, Instant> with = dues(PLANNER.plan(s.complaint(), paused));
        assertThat(with.keySet()).isEqualTo(without.keySet());
        without.forEach((step, due) -> assertThat(with.get(step)).as(step.id()).isAfterOrEqualTo(due));
    }

    private static Map<SlaStep, Instant> dues(EscalationPlan plan) {
        return plan.deadlines().stream().filter(d -> d.due().isPresent())
                .collect(Collectors.toMap(PlannedDeadline::step, d -> d.due().orElseThrow()));
    }
}
