package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.complaint.OnDutyLookup;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.spi.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropertyRosterTest {
    private static PropertyRoster sample;
    private static SolveResult solved;

    @BeforeAll
    static void solveTheSample() {
        sample = PropertyRoster.sample();
        solved = RosterSolver.builder().threads(1).seed(1).maxSteps(400_000).timeLimit(Duration.ofSeconds(30)).build()
                .solve(sample.problem());
    }

    @Test
    void theSampleMapsPostsShiftsAndRestRules() {
        RosterProblem p = sample.problem();
        assertThat(p.days()).isEqualTo(31);
        assertThat(p.shiftIds()).containsExactly("D", "E", "FD", "FN", "G");
        assertThat(p.forbidden[p.shiftIndexOf("FN")][p.shiftIndexOf("FD")]).isTrue();
        assertThat(p.forbidden[p.shiftIndexOf("E")][p.shiftIndexOf("G")]).isTrue();
        assertThat(p.forbidden[p.shiftIndexOf("FN")][p.shiftIndexOf("FN")]).isFalse();
        assertThat(p.qualified[p.staffIndexOf("E10")][p.shiftIndexOf("FN")]).isFalse();
        assertThat(p.coverReq[0][p.shiftIndexOf("D")]).as("new year's day is a holiday").isEqualTo(1);
        assertThat(p.coverReq[3][p.shiftIndexOf("D")]).as("Monday").isEqualTo(2);
        assertThat(p.night[p.shiftIndexOf("FN")]).isTrue();
    }

    @Test
    void theSolvedSampleKeepsEveryHardRuleAndThePin() {
        assertThat(solved.evaluation().violations()).filteredOn(RuleViolation::hard).isEmpty();
        assertThat(solved.roster().orElseThrow().shiftAt("E03", 4)).contains("FN");
        assertThat(solved.roster().orElseThrow().shiftAt("E01", 10)).isEmpty();
    }

    @Test
    void theStoredRosterEvaluatesLikeTheSchedule() {
        Schedule s = solved.roster().orElseThrow();
        Roster stored = sample.toRoster(s, PropertyId.of("talent"), RosterId.of("2027-01"));
        assertThat(stored.assignmentsOf(StaffId.of("E03"))).contains(new Assignment(StaffId.of("E03"),
                LocalDate.of(2027, 1, 5), "FN", true));
        assertThat(sample.evaluate(stored).violations()).isEqualTo(RosterEvaluator.evaluate(s).violations());
    }

    @Test
    void twoShiftsOnOneDayBreakOneShiftPerDay() {
        Schedule s = solved.roster().orElseThrow();
        Roster stored = sample.toRoster(s, PropertyId.of("talent"), RosterId.of("2027-01"));
        String worked = s.shiftAt("E03", 4).orElseThrow();
        String other = worked.equals("G") ? "D" : "G";
        List<Assignment> more = new ArrayList<>(stored.assignments());
        more.add(Assignment.of(StaffId.of("E03"), LocalDate.of(2027, 1, 5), other));
        Evaluation ev = sample.evaluate(stored.withAssignments(more));
        assertThat(ev.violations()).filteredOn(v -> v.ruleId().equals("one-shift-per-day")).hasSize(1);
        assertThat(ev.isFeasible()).isFalse();
    }

    @Test
    void onDutyIncludesTheNightShiftThatStartedTheDayBefore() {
        Schedule s = solved.roster().orElseThrow();
        List<OnDuty> duty = sample.onDuty(s, Instant.parse("2027-01-06T02:00:00+08:00"));
        assertThat(duty).anySatisfy(d -> {
            assertThat(d.staffId()).isEqualTo("E03");
            assertThat(d.shiftId()).isEqualTo("FN");
            assertThat(d.postId()).isEqualTo("fire-control");
            assertThat(d.from().toString()).isEqualTo("2027-01-05T21:00+08:00");
        });
        assertThat(duty).hasSize(1);
        assertThat(sample.onDuty(s, Instant.parse("2027-01-05T21:00:00+08:00")))
                .extracting(OnDuty::shiftId).contains("FN").doesNotContain("FD", "E");
    }

    @Test
    void theOnDutyLookupNamesWhoWorksThePostOfAServicePoint() {
        Schedule s = solved.roster().orElseThrow();
        OnDutyLookup lookup = sample.onDutyLookup(s, Map.of("fire_control_center", "fire-control",
                "front_desk", "front-desk"));
        assertThat(lookup.onDuty("fire_control_center", Instant.parse("2027-01-06T02:00:00+08:00")))
                .contains(StaffId.of("E03"));
        Instant monday = Instant.parse("2027-01-04T10:00:00+08:00");
        assertThat(lookup.onDuty("front_desk", monday).map(StaffId::value)).get()
                .isEqualTo(sample.onDuty(s, monday).stream().filter(d -> d.postId().equals("front-desk"))
                        .findFirst().orElseThrow().staffId());
        assertThat(lookup.onDuty("duty_phone", monday)).as("not mapped").isEmpty();
        assertThatThrownBy(() -> sample.onDutyLookup(s, Map.of("front_desk", "front_desk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'front_desk'");
    }

    @Test
    void theDutyTableExportsCsvAndJsonWithMaskedNames() {
        DutyTable t = sample.dutyTable(solved.roster().orElseThrow());
        String csv = t.toCsv();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("staff,name,2027-01-01,2027-01-02");
        assertThat(csv.lines().count()).isEqualTo(13);
        assertThat(csv).doesNotContain("张伟").contains("张*");
        assertThat(t.rows().get(2).cells().get(4)).isEqualTo("FN");
        assertThat(t.toJson()).contains("\"staff\":\"E03\"").doesNotContain("王芳");
    }

    private static PropertyRosterSpec oneDeskMonth(String month, String calendar, List<String> holidays) {
        PropertyRosterSpec.ShiftSpec day = new PropertyRosterSpec.ShiftSpec("D", "08:30", "17:30", 2, 1, 3, null);
        List<PropertyRosterSpec.StaffSpec> staff = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            staff.add(new PropertyRosterSpec.StaffSpec("E0" + i, "员工" + i, null, null, null, null, null, null, null,
                    null, null, null));
        }
        return new PropertyRosterSpec("cal", month, "Asia/Shanghai", holidays, calendar, null,
                List.of(new PropertyRosterSpec.PostSpec("desk", null, null, null, List.of(day))), staff, null, null);
    }

    @Test
    void theChinaCalendarGivesHolidayAndMakeUpDayHeadcounts() {
        RosterProblem p = PropertyRoster.of(oneDeskMonth("2026-02", "cn", null)).problem();
        int d = p.shiftIndexOf("D");
        assertThat(p.coverReq[13][d]).as("Saturday 14 February 2026 is a make-up working day").isEqualTo(2);
        assertThat(p.coverReq[14][d]).as("Sunday 15 February 2026 is a Spring Festival holiday").isEqualTo(3);
        assertThat(p.coverReq[15][d]).as("Monday 16 February 2026 is a holiday").isEqualTo(3);
        assertThat(p.coverReq[22][d]).as("Monday 23 February 2026 is the last holiday").isEqualTo(3);
        assertThat(p.coverReq[23][d]).as("Tuesday 24 February 2026 is an ordinary weekday").isEqualTo(2);
        assertThat(p.coverReq[26][d]).as("Saturday 28 February 2026 is a make-up working day").isEqualTo(2);
        assertThat(p.coverReq[6][d]).as("Saturday 7 February 2026 is an ordinary weekend").isEqualTo(1);
        boolean[] springFestival = new boolean[28];
        java.util.Arrays.fill(springFestival, 14, 23, true);
        assertThat(p.holiday).containsExactly(springFestival);
    }

    @Test
    void withoutACalendarOnlyTheListedHolidaysCount() {
        RosterProblem p = PropertyRoster.of(oneDeskMonth("2026-02", null, List.of("2026-02-17"))).problem();
        int d = p.shiftIndexOf("D");
        assertThat(p.coverReq[13][d]).as("a Saturday without the calendar").isEqualTo(1);
        assertThat(p.coverReq[15][d]).as("a Monday without the calendar").isEqualTo(2);
        assertThat(p.coverReq[16][d]).as("the listed holiday").isEqualTo(3);
    }

    @Test
    void aCalendarThatIsUnknownOrDoesNotCoverTheMonthIsNamed() {
        assertThatThrownBy(() -> PropertyRoster.of(oneDeskMonth("2026-02", "xx", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + "=" + v.value()).containsExactly("calendar=xx"));
        assertThatThrownBy(() -> PropertyRoster.of(oneDeskMonth("2031-02", "cn", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("calendar").contains("2031-02").contains("list the month's holidays explicitly"));
    }

    @Test
    void badValuesAreAllReportedWithTheirPath() {
        PropertyRosterSpec spec = new PropertyRosterSpec("x", "2027-13", "Mars/Base", null, null, null,
                List.of(), List.of(), null, null);
        assertThatThrownBy(() -> PropertyRoster.of(spec)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).contains("month", "zone", "posts", "staff"));
    }

    @Test
    void repairAfterIllnessKeepsMostOfTheMonth() {
        Schedule before = solved.roster().orElseThrow();
        String ill = "E07";
        RosterProblem.Builder b = sample.problem().toBuilder();
        for (int d = 14; d < 18; d++) {
            b.leave(ill, d);
        }
        SolveResult r = RosterSolver.builder().threads(1).seed(2).maxSteps(300_000).timeLimit(Duration.ofSeconds(30)).build()
                .repair(b.build(), before);
        assertThat(r.isFeasible()).isTrue();
        for (int d = 14; d < 18; d++) {
            assertThat(r.roster().orElseThrow().shiftAt(ill, d)).isEqualTo(Optional.empty());
        }
        assertThat(r.changes().size()).isLessThan(40);
    }
}
