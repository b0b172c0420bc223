package io.propcare.desk.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.roster.Rule;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.RosterSolver;
import io.propcare.roster.RuleKind;
import io.propcare.roster.Schedule;
import io.propcare.roster.SolveResult;
import io.propcare.roster.StaffLimits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The rule-check kit's roster promise: no roster the solver returns leaves a post empty (不得空岗).
 * Random small duty problems (posts, staff, days) are solved with a short step limit; whenever the
 * solver returns a roster, every post is checked by hand, day by day, against the roster itself,
 * not against the solver's own evaluation.
 */
class RosterPromisesProperties {
    @Property(tries = 12)
    void noReturnedRosterLeavesAPostEmpty(@ForAll @IntRange(min = 1, max = 3) int posts,
                                          @ForAll @IntRange(min = 0, max = 4) int spare,
                                          @ForAll @IntRange(min = 5, max = 14) int days,
                                          @ForAll long seed) {
        int staff = posts * 2 + spare + 1;
        RosterProblem.Builder b = RosterProblem.builder("kit", LocalDate.of(2026, 11, 2), days);
        List<String> shifts = new ArrayList<>();
        for (int p = 0; p < posts; p++) {
            String id = "P" + p;
            shifts.add(id);
            b.shift(id, 480, p == posts - 1 && posts > 1);
        }
        for (int e = 0; e < staff; e++) {
            b.staff("E" + e, new StaffLimits(days * 480, 0, 5, 1, 1, 2));
        }
        for (int d = 0; d < days; d++) {
            for (String s : shifts) {
                b.cover(d, s, 1, 1, 1);
            }
        }
        for (RuleKind k : new RuleKind[] {RuleKind.COVER_UNDER, RuleKind.MAX_CONSECUTIVE_SHIFTS}) {
            b.rule(Rule.hard(k));
        }
        b.rule(Rule.soft(RuleKind.COVER_OVER, 1));
        RosterProblem problem = b.build();
        SolveResult result = RosterSolver.builder().threads(1).seed(seed).maxSteps(40_000)
                .timeLimit(Duration.ofSeconds(20)).build().solve(problem);
        Optional<Schedule> roster = result.roster();
        net.jqwik.api.statistics.Statistics.label("solver").collect(roster.isPresent() ? "returned a roster" : "no feasible roster");
        net.jqwik.api.statistics.Statistics.label("solver").coverage(c -> c.check("returned a roster").count((Integer n) -> n > 0));
        roster.ifPresent(r -> {
            for (int d = 0; d < days; d++) {
                for (String s : shifts) {
                    int day = d;
                    assertThat(problem.staffIds().stream().anyMatch(e -> r.shiftAt(e, day).equals(Optional.of(s))))
                            .as("post %s on %s", s, problem.date(d)).isTrue();
                }
            }
        });
    }
}
