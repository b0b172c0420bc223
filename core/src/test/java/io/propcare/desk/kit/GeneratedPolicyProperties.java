package io.propcare.desk.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.escalation.BusinessCalendar;
import io.propcare.escalation.ComplaintFacts;
import io.propcare.escalation.DeadlineErrorCode;
import io.propcare.escalation.EscalationPlan;
import io.propcare.escalation.EscalationPlanner;
import io.propcare.escalation.PlanProblem;
import io.propcare.escalation.PlannedDeadline;
import io.propcare.escalation.SlaPolicy;
import io.propcare.model.escalation.EscalationLevel;
import io.propcare.model.escalation.EscalationStep;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.spi.PropcareException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The kit's promises over generated configuration: for any policy the arbitraries build, the
 * planner's deadlines and rungs never precede receipt, every open target's ladder reaches the
 * company (the generated ladders end there) unless the plan names the target's problem (a rung
 * past the end of the calendar's holiday data), and rungs come in ladder order; for any calendar, a
 * longer duration never gives an earlier deadline.
 */
public class GeneratedPolicyProperties {
    @Provide
    Arbitrary<SlaPolicy> policies() {
        return DeskArbitraries.policies();
    }

    @Provide
    Arbitrary<ComplaintFacts> complaints() {
        return DeskArbitraries.complaints();
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return DeskArbitraries.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DeskArbitraries.instants();
    }

    @Property(tries = 60)
    void anyPolicyKeepsItsLadder(@ForAll("policies") SlaPolicy policy, @ForAll("complaints") ComplaintFacts c) {
        EscalationPlan plan = EscalationPlanner.of(policy).plan(c, List.of());
        for (PlannedDeadline d : plan.deadlines()) {
            d.due().ifPresent(due -> assertThat(due).as(d.explanation()).isAfterOrEqualTo(c.receivedAt()));
            if (d.due().isPresent()) {
                List<EscalationStep> rungs = plan.escalations().stream().filter(s -> s.step() == d.step()).toList();
                List<PlanProblem> problems = plan.problems().stream().filter(p -> p.step() == d.step()).toList();
                if (problems.isEmpty()) {
                    assertThat(rungs).extracting(EscalationStep::level).as(d.step().id()).contains(EscalationLevel.COMPANY);
                } else {
                    // a rung the calendar cannot place (past the end of its holiday data) is named as a problem, not dropped
                    assertThat(problems).as(d.step().id()).allSatisfy(p -> assertThat(p.message()).contains("holiday"));
                    assertThat(rungs).extracting(EscalationStep::level).as(d.step().id()).doesNotContain(EscalationLevel.COMPANY);
                }
                for (int i = 1; i < rungs.size(); i++) {
                    assertThat(rungs.get(i).at()).as(rungs.get(i).reason()).isAfterOrEqualTo(rungs.get(i - 1).at());
                }
            }
        }
    }

    @Property(tries = 150)
    void aLongerLimitNeverEndsEarlier(@ForAll("calendars") BusinessCalendar cal, @ForAll("instants") Instant start,
                                      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3000) int minutes,
                                      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 600) int more) {
        // past the end of the calendar's holiday data (2026) there is no answer: a limit that ends
        // there refuses, and then so does every longer one
        Optional<Instant> a = addWithinData(cal, start, minutes);
        Optional<Instant> b = addWithinData(cal, start, minutes + more);
        if (a.isEmpty()) {
            assertThat(b).as("a longer limit than one past the data").isEmpty();
            return;
        }
        assertThat(a.get()).isAfterOrEqualTo(start);
        b.ifPresent(later -> assertThat(later).isAfterOrEqualTo(a.get()));
    }

    private static Optional<Instant> addWithinData(BusinessCalendar cal, Instant start, int minutes) {
        try {
            return Optional.of(cal.add(start, Duration.ofMinutes(minutes), List.of()));
        } catch (PropcareException e) {
            assertThat(e.errorCode()).isEqualTo(DeadlineErrorCode.CALENDAR_OUTSIDE_DATA);
            return Optional.empty();
        }
    }

    @Property(tries = 50)
    void surveyResponsesAreWellFormed(@ForAll("responses") SurveyResponse r) {
        assertThat(r.answers()).containsKeys("overall", "recommend");
        assertThat(r.unit()).startsWith(r.building() + "-");
    }

    @Provide
    Arbitrary<SurveyResponse> responses() {
        return DeskArbitraries.surveyResponses("2026-12");
    }
}
