package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each rule alone on a tiny fixture: one week from Monday 2026-11-02, shifts D (8h) and N (night, 10h). */
class RuleFixturesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    /** Builds a two-person problem with only {@code rule} in force and evaluates the rows (one char per day, '.' off). */
    private static Evaluation check(Rule rule, Consumer<RosterProblem.Builder> setup, String... rows) {
        RosterProblem.Builder b = RosterProblem.builder("fixture", MONDAY, 7)
                .shift("D", 480, false).shift("N", 600, true);
        b.staff("A", new StaffLimits(7 * 600, 2 * 480, 3, 2, 2, 1));
        b.staff("B", new StaffLimits(7 * 600, 0, 5, 1, 1, 1));
        setup.accept(b);
        RosterProblem p = b.rule(rule).build();
        int[][] grid = new int[2][7];
        for (int e = 0; e < 2; e++) {
            for (int d = 0; d < 7; d++) {
                char c = rows[e].charAt(d);
                grid[e][d] = c == '.' ? RosterProblem.OFF : p.shiftIndexOf(String.valueOf(c));
            }
        }
        Evaluation ev = RosterEvaluator.evaluate(new Schedule(p, grid));
        assertThat(ev.violations()).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(rule.id()));
        return ev;
    }

    private static void none(RosterProblem.Builder b) {
    }

    @Test
    @DisplayName("cover-under costs the missing people times the line weight times the rule weight")
    void coverUnder() {
        Evaluation ev = check(Rule.soft(RuleKind.COVER_UNDER, 2), b -> b.cover(0, "D", 2, 100, 1).cover(1, "N", 1, 50, 1),
                "D......", ".......");
        assertThat(ev.objective()).isEqualTo(2 * 100 * 1 + 2 * 50 * 1);
        assertThat(ev.violations()).hasSize(2);
    }

    @Test
    void coverOver() {
        Evaluation ev = check(Rule.soft(RuleKind.COVER_OVER, 1), b -> b.cover(2, "D", 0, 100, 3), "..D....", "..D....");
        assertThat(ev.objective()).isEqualTo(6);
        assertThat(ev.violations().get(0).amount()).isEqualTo(2);
    }

    @Test
    void shiftOnRequestUnmetByAnotherShift() {
        Evaluation ev = check(Rule.soft(RuleKind.SHIFT_ON_REQUEST, 1),
                b -> b.request("A", 0, "D", 3, true).request("A", 1, "D", 2, true), "NDN....", ".......");
        assertThat(ev.objective()).isEqualTo(3);
    }

    @Test
    void shiftOffRequestAndWantedDayOff() {
        Evaluation ev = check(Rule.soft(RuleKind.SHIFT_OFF_REQUEST, 1),
                b -> b.request("A", 0, "N", 2, false).request("A", 1, null, 3, false).request("B", 0, "N", 1, false),
                "NN.....", "D......");
        assertThat(ev.objective()).isEqualTo(5);
    }

    @Test
    void forbiddenSuccessionIncludingTheTail() {
        Evaluation ev = check(Rule.hard(RuleKind.FORBIDDEN_SUCCESSION),
                b -> b.forbidSuccession("N", "D").tail("B", Tail.worked(2, "N")), "ND.NDN.", "D......");
        assertThat(ev.hardViolations()).isEqualTo(3);
        assertThat(ev.objective()).isZero();
    }

    @Test
    void maxShiftsPerType() {
        Evaluation ev = check(Rule.hard(RuleKind.MAX_SHIFTS_PER_TYPE), b -> b.maxShifts("A", "N", 1).maxShifts("B", "D", 0),
                "NN.N...", "D......");
        assertThat(ev.violations()).extracting(RuleViolation::amount).containsExactly(2L, 1L);
    }

    @Test
    void maxAndMinTotalMinutes() {
        Evaluation max = check(Rule.soft(RuleKind.MAX_TOTAL_MINUTES, 1), RuleFixturesTest::none, "NNNNNNN", "D......");
        assertThat(max.objective()).isZero();
        Evaluation min = check(Rule.soft(RuleKind.MIN_TOTAL_MINUTES, 2), RuleFixturesTest::none, "D......", ".......");
        assertThat(min.objective()).isEqualTo(2 * 480);
    }

    @Test
    void maxConsecutiveShiftsCountedOncePerRun() {
        Evaluation ev = check(Rule.soft(RuleKind.MAX_CONSECUTIVE_SHIFTS, 1), RuleFixturesTest::none, "DDDDD.D", "DDDDDD.");
        assertThat(ev.objective()).isEqualTo(2 + 1);
    }

    @Test
    void maxConsecutiveShiftsContinuesTheTail() {
        Evaluation ev = check(Rule.soft(RuleKind.MAX_CONSECUTIVE_SHIFTS, 1), b -> b.tail("A", Tail.worked(2, "D")),
                "DD.....", ".......");
        assertThat(ev.objective()).isEqualTo(1);
    }

    @Test
    void minConsecutiveShiftsIgnoresRunsTouchingTheEdges() {
        Evaluation ev = check(Rule.soft(RuleKind.MIN_CONSECUTIVE_SHIFTS, 1), RuleFixturesTest::none, "D.D.DD.", "......D");
        assertThat(ev.objective()).isEqualTo(1);
        Evaluation withTail = check(Rule.soft(RuleKind.MIN_CONSECUTIVE_SHIFTS, 1), b -> b.tail("A", Tail.off(3)),
                "D.D.DD.", ".......");
        assertThat(withTail.objective()).isEqualTo(2);
    }

    @Test
    void minConsecutiveDaysOff() {
        Evaluation ev = check(Rule.soft(RuleKind.MIN_CONSECUTIVE_DAYS_OFF, 1), RuleFixturesTest::none, ".D.DD..", ".......");
        assertThat(ev.objective()).isEqualTo(1);
    }

    @Test
    void maxWeekends() {
        RosterProblem.Builder b = RosterProblem.builder("weekends", MONDAY, 14).shift("D", 480, false);
        b.staff("A", new StaffLimits(99999, 0, 14, 1, 1, 1)).rule(Rule.soft(RuleKind.MAX_WEEKENDS, 5));
        RosterProblem p = b.build();
        int[][] grid = {{-1, -1, -1, -1, -1, 0, 0, -1, -1, -1, -1, -1, -1, 0}};
        Evaluation ev = RosterEvaluator.evaluate(new Schedule(p, grid));
        assertThat(ev.objective()).isEqualTo(5);
        assertThat(ev.violations().get(0).observed()).isEqualTo(2);
    }

    @Test
    void leaveAndQualification() {
        Evaluation leave = check(Rule.hard(RuleKind.LEAVE), b -> b.leave("A", 3), "...D...", "...D...");
        assertThat(leave.hardViolations()).isEqualTo(1);
        Evaluation qual = check(Rule.soft(RuleKind.QUALIFICATION, 7), b -> b.unqualified("B", "N"), "N......", "NN.....");
        assertThat(qual.objective()).isEqualTo(14);
    }

    @Test
    @DisplayName("night fairness charges the distance from the fair share of the night headcount")
    void fairnessNights() {
        Evaluation ev = check(Rule.soft(RuleKind.FAIRNESS_NIGHTS, 1), b -> {
            for (int d = 0; d < 4; d++) {
                b.cover(d, "N", 1, 100, 1);
            }
        }, "NNNN...", ".......");
        assertThat(ev.violations()).extracting(RuleViolation::amount).containsExactly(2L, 2L);
        assertThat(ev.objective()).isEqualTo(4);
    }

    @Test
    void fairnessWeekendsAndHolidays() {
        Evaluation wk = check(Rule.soft(RuleKind.FAIRNESS_WEEKENDS, 1), b -> b.cover(5, "D", 1, 1, 1).cover(6, "D", 1, 1, 1),
                ".....DD", ".......");
        assertThat(wk.objective()).isEqualTo(2);
        Evaluation hol = check(Rule.soft(RuleKind.FAIRNESS_HOLIDAYS, 1), b -> b.holiday(2).cover(2, "D", 2, 1, 1),
                "..D....", "..D....");
        assertThat(hol.objective()).isZero();
    }

    @Test
    void changeFromTheReference() {
        RosterProblem base = RosterProblem.builder("change", MONDAY, 7).shift("D", 480, false)
                .staff("A", StaffLimits.unlimited()).build();
        Schedule ref = Schedule.empty(base).with("A", 0, java.util.Optional.of("D"));
        RosterProblem p = base.toBuilder().reference(ref).rule(Rule.soft(RuleKind.CHANGE, 4)).build();
        Evaluation ev = RosterEvaluator.evaluate(Schedule.empty(p).with("A", 1, java.util.Optional.of("D")));
        assertThat(ev.objective()).isEqualTo(8);
    }

    @Test
    void evaluatorTotalIsTheSumOfTheListedSoftCosts() {
        Evaluation ev = check(Rule.soft(RuleKind.COVER_UNDER, 3), b -> b.cover(0, "D", 2, 100, 1), ".......", ".......");
        assertThat(ev.objective()).isEqualTo(ev.violations().stream().mapToLong(RuleViolation::cost).sum()).isEqualTo(600);
        assertThat(ev.penalties()).containsEntry("cover-under", 600L);
    }
}
