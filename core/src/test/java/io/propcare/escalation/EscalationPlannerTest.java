package io.propcare.escalation;

import static io.propcare.config.ConfigAssertions.assertProblems;
import static io.propcare.config.ConfigAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.model.escalation.EscalationLevel;
import io.propcare.model.escalation.EscalationStep;
import io.propcare.model.escalation.SlaStep;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationPlannerTest {
    private final EscalationPlanner planner = EscalationPlanner.of(SlaPolicy.defaultPolicy());

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static Classification cls(String category, Urgency urgency, Scope scope) {
        return Classification.ofManual(Category.of(category), urgency, Validity.VALID, scope, "test");
    }

    private static ComplaintFacts complaint(String category, Scope scope, Channel channel, String received) {
        return ComplaintFacts.of("C-1", at(received), cls(category, Urgency.NORMAL, scope), channel);
    }

    private static PlannedDeadline deadline(EscalationPlan plan, SlaStep step) {
        return plan.deadlines().stream().filter(d -> d.step() == step).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the default policy carries every time limit of the procedures")
    void defaultPolicyNumbers() {
        SlaPolicy p = SlaPolicy.defaultPolicy();
        Map<SlaStep, SlaTarget> inquiry = p.targetsFor(complaint("inquiry", Scope.INDIVIDUAL, Channel.PHONE, "2026-06-01T10:00:00+08:00"));
        assertThat(inquiry.get(SlaStep.FIRST_REPLY).within()).isEqualTo(Duration.ofMinutes(5));
        assertThat(inquiry).doesNotContainKey(SlaStep.RESULT_FEEDBACK);
        Map<SlaStep, SlaTarget> water = p.targetsFor(complaint("plumbing", Scope.COLLECTIVE, Channel.COMPANY_CENTER,
                "2026-06-01T10:00:00+08:00"));
        assertThat(water.get(SlaStep.ON_SITE).within()).isEqualTo(Duration.ofMinutes(15));
        assertThat(water.get(SlaStep.PRELIMINARY_PLAN).within()).isEqualTo(Duration.ofHours(1));
        assertThat(water.get(SlaStep.RESULT_FEEDBACK).within()).isEqualTo(Duration.ofHours(24));
        assertThat(water.get(SlaStep.RESULT_FEEDBACK).agreedReplyOverrides()).isTrue();
        assertThat(water.get(SlaStep.REPORT_TO_OFFICE).within()).isEqualTo(Duration.ofHours(1));
        assertThat(water.get(SlaStep.REPORT_TO_DIRECTOR).within()).isEqualTo(Duration.ofMinutes(15));
        assertThat(water.get(SlaStep.REPORT_TO_COMPANY).within()).isEqualTo(Duration.ofHours(2));
        assertThat(water.get(SlaStep.REPORT_BACK_TO_CENTER).within()).isEqualTo(Duration.ofHours(12));
        assertThat(water.get(SlaStep.SETTLEMENT).agreedOnly()).isTrue();
        assertThat(p.targetsFor(complaint("electrical", Scope.INDIVIDUAL, Channel.APP, "2026-06-01T10:00:00+08:00")))
                .containsKeys(SlaStep.ON_SITE, SlaStep.PRELIMINARY_PLAN)
                .doesNotContainKeys(SlaStep.REPORT_TO_DIRECTOR, SlaStep.REPORT_BACK_TO_CENTER);
        assertThat(p.ladder()).extracting(LadderRung::threshold).containsExactly("75%", "100%", "200%", "400%");
        assertThat(p.workingDayLimits().get("survey_statistics").days()).isEqualTo(30);
        assertThat(p.workingDayLimits().get("improvement_measures_published").days()).isEqualTo(30);
        // survey closed Wednesday 31 December 2025; 1-3 January 2026 off, Sunday 4 January a make-up day (1),
        // 5-9 Jan (6), 12-16 (11), 19-23 (16), 26-30 (21), 2-6 Feb (26), 9-12 Feb (30)
        assertThat(p.dueAfter("survey_statistics", java.time.LocalDate.of(2025, 12, 31)))
                .isEqualTo(java.time.LocalDate.of(2026, 2, 12));
    }

    @Test
    @DisplayName("a water leak at 22:00 on National Day: on site by 22:15 around the clock, with the ladder at 75%, 100%, 200%, 400%")
    void waterLeakOnAHoliday() {
        EscalationPlan plan = planner.plan(complaint("plumbing", Scope.INDIVIDUAL, Channel.PHONE,
                "2026-10-01T22:00:00+08:00"), List.of());
        assertThat(deadline(plan, SlaStep.ON_SITE).due()).contains(at("2026-10-01T22:15:00+08:00"));
        assertThat(deadline(plan, SlaStep.PRELIMINARY_PLAN).due()).contains(at("2026-10-01T23:00:00+08:00"));
        assertThat(deadline(plan, SlaStep.RESULT_FEEDBACK).due()).contains(at("2026-10-02T22:00:00+08:00"));
        assertThat(deadline(plan, SlaStep.ON_SITE).explanation()).contains("15 min").contains("'always'");
        List<EscalationStep> onSite = plan.escalations().stream().filter(s -> s.step() == SlaStep.ON_SITE).toList();
        assertThat(onSite).extracting(EscalationStep::at).containsExactly(at("2026-10-01T22:11:15+08:00"),
                at("2026-10-01T22:15:00+08:00"), at("2026-10-01T22:30:00+08:00"), at("2026-10-01T23:00:00+08:00"));
        assertThat(onSite).extracting(EscalationStep::level).containsExactly(EscalationLevel.HANDLER,
                EscalationLevel.CUSTOMER_SERVICE_SUPERVISOR, EscalationLevel.DIRECTOR, EscalationLevel.COMPANY);
        assertThat(onSite.get(0).key()).isEqualTo("C-1/on_site/handler/0");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    @DisplayName("every emergency gets an on-site deadline within 15 minutes, whatever its category; a normal noise complaint none")
    void emergenciesOfAnyCategory() {
        for (String category : java.util.List.of("fire_safety", "elevator", "security", "plumbing")) {
            EscalationPlan plan = planner.plan(ComplaintFacts.of("C-" + category, at("2026-10-03T03:10:00+08:00"),
                    cls(category, Urgency.EMERGENCY, Scope.INDIVIDUAL), Channel.PHONE), java.util.List.of());
            assertThat(plan.deadlines()).as(category).anySatisfy(d -> {
                assertThat(d.step()).isEqualTo(SlaStep.ON_SITE);
                assertThat(d.due()).contains(at("2026-10-03T03:25:00+08:00"));
            });
            assertThat(plan.deadlines()).as(category).anySatisfy(d -> assertThat(d.step()).isEqualTo(SlaStep.PRELIMINARY_PLAN));
        }
        EscalationPlan noise = planner.plan(complaint("noise", Scope.INDIVIDUAL, Channel.APP, "2026-10-03T03:10:00+08:00"),
                java.util.List.of());
        assertThat(noise.deadlines()).noneSatisfy(d -> assertThat(d.step()).isEqualTo(SlaStep.ON_SITE));
    }

    @Test
    @DisplayName("replanning minute by minute while the complaint progresses fires every step once and never again")
    void neverFiresTwice() {
        ComplaintFacts c = complaint("plumbing", Scope.COLLECTIVE, Channel.PHONE, "2026-10-01T22:00:00+08:00");
        List<TimelineEvent> history = new ArrayList<>();
        Map<Instant, TimelineEvent> script = Map.of(
                at("2026-10-01T22:20:00+08:00"), TimelineEvent.reached(Milestone.ON_SITE, at("2026-10-01T22:20:00+08:00")),
                at("2026-10-01T22:25:00+08:00"), TimelineEvent.reached(Milestone.REPORTED_TO_DIRECTOR, at("2026-10-01T22:25:00+08:00")),
                at("2026-10-01T22:40:00+08:00"), TimelineEvent.paused(at("2026-10-01T22:40:00+08:00")),
                at("2026-10-02T08:40:00+08:00"), TimelineEvent.resumed(at("2026-10-02T08:40:00+08:00")));
        Set<String> fired = new HashSet<>();
        List<String> order = new ArrayList<>();
        for (Instant now = c.receivedAt(); now.isBefore(c.receivedAt().plus(Duration.ofDays(3))); now = now.plusSeconds(60)) {
            TimelineEvent e = script.get(now);
            if (e != null) {
                history.add(e);
            }
            for (EscalationStep s : planner.plan(c, history).due(now, fired)) {
                assertThat(fired.add(s.key())).as("fired once: %s", s.key()).isTrue();
                order.add(s.key());
            }
        }
        assertThat(order).contains("C-1/on_site/handler/0", "C-1/on_site/customer_service_supervisor/0",
                "C-1/report_to_director/handler/0", "C-1/report_to_director/customer_service_supervisor/0");
        assertThat(order).as("on site at 22:20 stops the ladder before the director's rung at 22:30")
                .doesNotContain("C-1/on_site/director/0");
        assertThat(order).as("the company report clock runs from the director report at 22:25 and is not pausable")
                .contains("C-1/report_to_company/customer_service_supervisor/0");
        assertThat(order).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a pause moves the 24-hour feedback by the paused working time; an open pause suspends the deadline")
    void pauses() {
        ComplaintFacts c = complaint("noise", Scope.INDIVIDUAL, Channel.APP, "2026-06-01T10:00:00+08:00");
        EscalationPlan closed = planner.plan(c, List.of(TimelineEvent.paused(at("2026-06-01T12:00:00+08:00")),
                TimelineEvent.resumed(at("2026-06-01T15:00:00+08:00"))));
        assertThat(deadline(closed, SlaStep.RESULT_FEEDBACK).due()).contains(at("2026-06-02T13:00:00+08:00"));
        assertThat(deadline(closed, SlaStep.RESULT_FEEDBACK).explanation()).contains("Paused");
        EscalationPlan open = planner.plan(c, List.of(TimelineEvent.paused(at("2026-06-01T12:00:00+08:00"))));
        PlannedDeadline d = deadline(open, SlaStep.RESULT_FEEDBACK);
        assertThat(d.state()).isEqualTo(PlannedDeadline.State.PAUSED);
        assertThat(d.due()).isEmpty();
        assertThat(open.escalations()).isEmpty();
    }

    @Test
    @DisplayName("a reply time agreed with the resident replaces the 24-hour feedback and sets the settlement deadline")
    void agreedReplyTime() {
        ComplaintFacts c = complaint("elevator", Scope.INDIVIDUAL, Channel.PHONE, "2026-06-01T10:00:00+08:00");
        EscalationPlan plan = planner.plan(c, List.of(TimelineEvent.replyTimeAgreed(at("2026-06-01T10:30:00+08:00"),
                at("2026-06-03T18:00:00+08:00"))));
        assertThat(deadline(plan, SlaStep.RESULT_FEEDBACK).due()).contains(at("2026-06-03T18:00:00+08:00"));
        assertThat(deadline(plan, SlaStep.SETTLEMENT).due()).contains(at("2026-06-03T18:00:00+08:00"));
        assertThat(deadline(plan, SlaStep.SETTLEMENT).explanation()).contains("agreed");
        // 75% of the 55.5 hours between agreement and agreed time
        assertThat(plan.escalations().stream().filter(s -> s.step() == SlaStep.SETTLEMENT
                && s.level() == EscalationLevel.HANDLER).findFirst().orElseThrow().at())
                .isEqualTo(at("2026-06-01T10:30:00+08:00").plus(Duration.ofSeconds(Math.round(55.5 * 3600 * 0.75))));
        EscalationPlan settled = planner.plan(c, List.of(TimelineEvent.replyTimeAgreed(at("2026-06-01T10:30:00+08:00"),
                at("2026-06-03T18:00:00+08:00")), TimelineEvent.reached(Milestone.SETTLED, at("2026-06-03T19:00:00+08:00"))));
        assertThat(deadline(settled, SlaStep.SETTLEMENT).state()).isEqualTo(PlannedDeadline.State.MET_LATE);
    }

    @Test
    @DisplayName("an inquiry that turns out to be a water emergency: on site restarts at the reclassification, feedback keeps its time")
    void reclassification() {
        ComplaintFacts c = complaint("inquiry", Scope.INDIVIDUAL, Channel.PHONE, "2026-06-01T10:00:00+08:00");
        EscalationPlan before = planner.plan(c, List.of());
        assertThat(before.deadlines()).extracting(PlannedDeadline::step).containsExactly(SlaStep.FIRST_REPLY);
        EscalationPlan after = planner.plan(c, List.of(TimelineEvent.reclassified(at("2026-06-01T10:02:00+08:00"),
                cls("plumbing", Urgency.EMERGENCY, Scope.INDIVIDUAL))));
        assertThat(after.deadlines()).extracting(PlannedDeadline::step).doesNotContain(SlaStep.FIRST_REPLY);
        assertThat(deadline(after, SlaStep.ON_SITE).due()).contains(at("2026-06-01T10:17:00+08:00"));
        assertThat(deadline(after, SlaStep.ON_SITE).generation()).isEqualTo(1);
        assertThat(deadline(after, SlaStep.RESULT_FEEDBACK).due()).contains(at("2026-06-02T10:00:00+08:00"));
        assertThat(after.escalations()).extracting(EscalationStep::key).contains("C-1/on_site/handler/1");
    }

    @Test
    @DisplayName("the callback runs on front-desk hours across National Day; past the China data it is a problem, not a guess")
    void callbackOnOfficeHours() {
        ComplaintFacts c = complaint("noise", Scope.INDIVIDUAL, Channel.COMPANY_CENTER, "2026-09-29T10:00:00+08:00");
        EscalationPlan plan = planner.plan(c, List.of(TimelineEvent.reached(Milestone.SETTLED, at("2026-09-30T16:00:00+08:00"))));
        // 16:00-17:30 (1.5 h), 1-7 October off, 8 October 08:30 + 7.5 h
        assertThat(deadline(plan, SlaStep.CALLBACK).due()).contains(at("2026-10-08T16:00:00+08:00"));
        assertThat(deadline(plan, SlaStep.CALLBACK).explanation()).contains("国庆节");
        assertThat(deadline(plan, SlaStep.REPORT_BACK_TO_CENTER).due()).contains(at("2026-10-01T04:00:00+08:00"));
        EscalationPlan late = planner.plan(complaint("noise", Scope.INDIVIDUAL, Channel.PHONE, "2026-12-30T10:00:00+08:00"),
                List.of(TimelineEvent.reached(Milestone.SETTLED, at("2026-12-31T17:00:00+08:00"))));
        assertThat(late.problems()).extracting(PlanProblem::step, PlanProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SlaStep.CALLBACK, "CALENDAR_OUTSIDE_DATA"));
        assertThat(late.deadlines()).extracting(PlannedDeadline::step).contains(SlaStep.RESULT_FEEDBACK);
        assertThat(late.toDeadlines()).isNotEmpty();
    }

    @Test
    @DisplayName("a wrong policy names the JSON path")
    void policyErrors() {
        String json = "{\"calendars\":{\"always\":{\"zone\":\"UTC\",\"weekly\":\"24x7\"}},\"ladder\":[{\"level\":\"handler\",\"at\":\"75%\"}],"
                + "\"rules\":[{\"targets\":[{\"step\":\"on_site\",\"within\":\"PT15M\",\"calendar\":\"office\",\"start\":\"received\",\"stop\":\"on_site\"}]}]}";
        assertThatThrownBy(() -> SlaPolicy.fromTree(JsonMapper.builder().build().readTree(json), "p.json"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.rules[0].targets[0].calendar");
                    assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE);
                });
        String badRung = json.replace("\"75%\"", "\"soon\"").replace("\"office\"", "\"always\"");
        assertThatThrownBy(() -> SlaPolicy.fromTree(JsonMapper.builder().build().readTree(badRung), "p.json"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.path()).isEqualTo("$.ladder[0].at"));
        assertThatThrownBy(() -> SlaPolicy.fromTree(JsonMapper.builder().build().readTree(
                "{\"calendars\":{},\"ladder\":{},\"rules\":[]}"), "p.json"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.path()).isEqualTo("$.ladder"));
        String badStep = json.replace("\"on_site\",\"within\"", "\"onsite\",\"within\"").replace("\"office\"", "\"always\"");
        assertThatThrownBy(() -> SlaPolicy.fromTree(JsonMapper.builder().build().readTree(badStep), "p.json"))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.path()).isEqualTo("$.rules[0].targets[0].step"));
    }

    @Test
    @DisplayName("a policy with several problems names every one of them, in file order, and nothing else")
    void policyErrorsAreAllReported() throws Exception {
        String json = "{\"calendars\":{\"always\":{\"zone\":\"UTC\",\"weekly\":\"24x7\"},"
                + "\"broken\":{\"zone\":\"Mars/Olympus\",\"weekly\":\"24x7\"}},"
                + "\"ladder\":[{\"level\":\"handler\",\"at\":\"soon\"},{\"level\":\"director\",\"at\":\"100%\"}],"
                + "\"rules\":[{\"targets\":[{\"step\":\"onsite\",\"within\":\"PT15M\",\"calendar\":\"always\","
                + "\"start\":\"received\",\"stop\":\"on_site\"},"
                + "{\"step\":\"first_reply\",\"within\":\"15 minutes\",\"calendar\":\"always\",\"start\":\"received\",\"stop\":\"replied\"}]},"
                + "{\"targets\":[{\"step\":\"first_reply\",\"within\":\"PT1H\",\"calendar\":\"office\",\"start\":\"received\",\"stop\":\"replied\"},"
                + "{\"step\":\"on_site\",\"within\":\"PT1H\",\"calendar\":\"broken\",\"start\":\"received\",\"stop\":\"on_site\"}]}],"
                + "\"workingDayLimits\":{\"x\":{\"days\":0,\"calendar\":\"always\"}}}";
        assertThatThrownBy(() -> SlaPolicy.fromTree(JsonMapper.builder().build().readTree(json), "p.json"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigurationException::path).containsExactly(
                            "$.calendars.broken.zone", "$.ladder[0].at", "$.rules[0].targets[0].step",
                            "$.rules[0].targets[1].within", "$.rules[1].targets[0].calendar", "$.workingDayLimits.x.days");
                    assertThat(e.path()).isEqualTo("$.calendars.broken.zone");
                    assertThat(e.getMessage()).contains("and 5 more problems:").contains("\"Mars/Olympus\"")
                            .contains("$.rules[1].targets[0].calendar: got \"office\"");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.problems()).containsExactly(p));
                    // rules[1].targets[1] names the broken calendar: that calendar is reported once, not again here
                    assertThat(e.problems()).extracting(ConfigurationException::path)
                            .doesNotContain("$.rules[1].targets[1].calendar");
                });
    }

    @Test
    @DisplayName("every bad value of one target, rung or limit is reported, not only the first")
    void everyBadValueOfOneEntryIsReported() throws Exception {
        String json = "{\"calendars\":{\"always\":{\"zone\":\"UTC\",\"weekly\":\"24x7\"}},"
                + "\"ladder\":[{\"level\":\"boss\",\"at\":\"50%\",\"notify\":[\"handler\",\"nobody\"]}],"
                + "\"rules\":[{\"targets\":[{\"step\":\"onsite\",\"within\":\"15 minutes\",\"calendar\":\"office\","
                + "\"start\":\"received\",\"stop\":\"on_site\"}]}],"
                + "\"workingDayLimits\":{\"x\":{\"days\":0,\"calendar\":\"office\"}}}";
        assertProblems(() -> SlaPolicy.fromTree(JsonMapper.builder().build().readTree(json), "p.json"),
                problem("$.ladder[0].level", "\"boss\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.ladder[0].notify[1]", "\"nobody\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.rules[0].targets[0].step", "\"onsite\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.rules[0].targets[0].within", "\"15 minutes\"", ConfigErrorCode.CONFIG_BAD_DURATION),
                problem("$.rules[0].targets[0].calendar", "\"office\"",
                        ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE),
                problem("$.workingDayLimits.x.days", "0", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.workingDayLimits.x.calendar", "\"office\"",
                        ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE));
    }

    @Test
    void rungText() {
        assertThat(LadderRung.parse(EscalationLevel.DIRECTOR, "+PT2H", List.of(EscalationLevel.DIRECTOR)).threshold())
                .isEqualTo("100%+PT2H");
        assertThat(LadderRung.parse(EscalationLevel.HANDLER, "62.5%", List.of(EscalationLevel.HANDLER)).fraction())
                .isEqualTo(0.625);
        Set<String> keys = SlaPolicy.defaultPolicy().ladder().stream().map(r -> r.level().id()).collect(Collectors.toSet());
        assertThat(keys).hasSize(4);
    }
}
