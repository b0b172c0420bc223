package io.propcare.desk.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.escalation.ComplaintFacts;
import io.propcare.escalation.EscalationPlan;
import io.propcare.escalation.EscalationPlanner;
import io.propcare.escalation.PlannedDeadline;
import io.propcare.escalation.SlaPolicy;
import io.propcare.escalation.TimelineEvent;
import io.propcare.model.complaint.Category;
import io.propcare.model.escalation.EscalationLevel;
import io.propcare.model.escalation.EscalationStep;
import io.propcare.model.escalation.SlaStep;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The rule-check kit for testers: the promises a property's SLA policy must keep, checked on random
 * complaints and histories. Runs against the built-in policy by default, or against a property's
 * own policy file:
 *
 * <pre>
 * mvn -q -B -o -pl core -am test -Dtest=SlaPromisesProperties -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dpropcare.kit.policy=/path/to/sla-policy.json \
 *     [-Dpropcare.kit.onSiteCategories=plumbing,electrical] [-Dpropcare.kit.onSiteLimit=PT15M]
 * </pre>
 *
 * Promises: deadlines never precede receipt (nor their own start); a pause never brings a deadline
 * forward; every emergency water or electric repair gets an on-site deadline within its limit;
 * every escalation ladder of an open target reaches the company.
 */
class SlaPromisesProperties {
    static final String POLICY = "propcare.kit.policy";
    static final String ON_SITE_CATEGORIES = "propcare.kit.onSiteCategories";
    static final String ON_SITE_LIMIT = "propcare.kit.onSiteLimit";

    private final EscalationPlanner planner = EscalationPlanner.of(policy());
    private final List<Category> repairs = Arrays.stream(System.getProperty(ON_SITE_CATEGORIES, "plumbing,electrical")
            .split(",")).map(String::strip).map(Category::of).toList();
    private final Duration onSiteLimit = Duration.parse(System.getProperty(ON_SITE_LIMIT, "PT15M"));

    private static SlaPolicy policy() {
        String file = System.getProperty(POLICY);
        return file == null || file.isBlank() ? SlaPolicy.defaultPolicy() : SlaPolicy.read(Path.of(file));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<ComplaintFacts, List<TimelineEvent>>> complaintsWithHistories() {
        return DeskArbitraries.complaints().flatMap(f -> DeskArbitraries.histories(f.receivedAt()).map(h -> Tuple.of(f, h)));
    }

    @Provide
    Arbitrary<ComplaintFacts> complaints() {
        return DeskArbitraries.complaints();
    }

    @Provide
    Arbitrary<ComplaintFacts> emergencies() {
        return DeskArbitraries.emergencies(repairs);
    }

    @Property(tries = 300)
    void deadlinesNeverPrecedeReceipt(@ForAll("complaintsWithHistories") Tuple.Tuple2<ComplaintFacts, List<TimelineEvent>> c) {
        EscalationPlan plan = planner.plan(c.get1(), c.get2());
        for (PlannedDeadline d : plan.deadlines()) {
            assertThat(d.start()).as(d.toString()).isAfterOrEqualTo(c.get1().receivedAt());
            d.due().ifPresent(due -> assertThat(due).as(d.explanation()).isAfterOrEqualTo(c.get1().receivedAt()));
        }
        for (EscalationStep s : plan.escalations()) {
            assertThat(s.at()).as(s.reason()).isAfterOrEqualTo(c.get1().receivedAt());
        }
    }

    @Property(tries = 200)
    void aPauseNeverBringsADeadlineForward(@ForAll("complaints") ComplaintFacts c, @ForAll("pauses") int[] pause) {
        EscalationPlan without = planner.plan(c, List.of());
        Instant from = c.receivedAt().plus(Duration.ofMinutes(pause[0]));
        Instant to = from.plus(Duration.ofMinutes(pause[1]));
        EscalationPlan with = planner.plan(c, List.of(TimelineEvent.paused(from), TimelineEvent.resumed(to)));
        for (PlannedDeadline d : without.deadlines()) {
            if (d.due().isEmpty()) {
                continue;
            }
            with.deadlines().stream().filter(w -> w.step() == d.step()).findFirst().flatMap(PlannedDeadline::due)
                    .ifPresent(w -> assertThat(w).as(d.step().id()).isAfterOrEqualTo(d.due().get()));
        }
    }

    @Provide
    Arbitrary<int[]> pauses() {
        return net.jqwik.api.Arbitraries.integers().between(0, 600).array(int[].class).ofSize(2)
                .map(a -> new int[] {a[0], a[1] + 1});
    }

    @Property(tries = 200)
    void everyEmergencyRepairGetsAnOnSiteDeadlineWithinItsLimit(@ForAll("emergencies") ComplaintFacts c) {
        EscalationPlan plan = planner.plan(c, List.of());
        PlannedDeadline onSite = plan.deadlines().stream().filter(d -> d.step() == SlaStep.ON_SITE).findFirst()
                .orElseThrow(() -> new AssertionError("no on-site deadline for an emergency " + c.category()
                        + " repair received " + c.receivedAt()));
        assertThat(onSite.due()).as(onSite.explanation()).isPresent();
        assertThat(onSite.due().get()).as(onSite.explanation()).isBeforeOrEqualTo(c.receivedAt().plus(onSiteLimit));
    }

    @Property(tries = 200)
    void everyLadderReachesTheCompany(@ForAll("complaints") ComplaintFacts c) {
        EscalationPlan plan = planner.plan(c, List.of());
        List<SlaStep> missing = new ArrayList<>();
        for (PlannedDeadline d : plan.deadlines()) {
            if (d.due().isPresent() && plan.escalations().stream()
                    .noneMatch(s -> s.step() == d.step() && s.level() == EscalationLevel.COMPANY)) {
                missing.add(d.step());
            }
        }
        assertThat(missing).as("targets whose ladder stops below the company").isEmpty();
    }
}
