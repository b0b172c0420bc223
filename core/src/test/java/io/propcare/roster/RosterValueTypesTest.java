package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.PersonName;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.model.roster.RosterStatus;
import io.propcare.model.roster.ShiftType;
import io.propcare.model.roster.StaffMember;
import io.propcare.spi.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SPI roster value types the stores keep. */
class RosterValueTypesTest {
    private static final StaffId A = StaffId.of("A");

    @Test
    void aNightShiftCrossesMidnightAndEndsTheNextDay() {
        ShiftType night = ShiftType.of("FN", "fire-control", LocalTime.of(21, 0), LocalTime.of(8, 30));
        assertThat(night.crossesMidnight()).isTrue();
        assertThat(night.duration()).isEqualTo(Duration.ofMinutes(690));
        assertThat(night.endOn(LocalDate.of(2026, 12, 31))).isEqualTo("2027-01-01T08:30");
        assertThat(ShiftType.ofLength("X", LocalTime.of(8, 0), Duration.ofHours(24)).duration()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aRosterRejectsEveryAssignmentOutsideItsMonthAndEveryDuplicate() {
        List<Assignment> list = List.of(Assignment.of(A, LocalDate.of(2026, 11, 30), "D"),
                Assignment.of(A, LocalDate.of(2026, 12, 1), "D"), Assignment.of(A, LocalDate.of(2026, 12, 1), "D"),
                Assignment.of(A, LocalDate.of(2027, 1, 1), "D"));
        assertThatThrownBy(() -> Roster.draft(PropertyId.of("p"), RosterId.of("r"), YearMonth.of(2026, 12), list))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path())
                        .containsExactly("roster.assignments[0].date", "roster.assignments[2]", "roster.assignments[3].date"));
    }

    @Test
    void withersKeepTheRestAndStatusesMoveOnlyForward() {
        Roster r = Roster.draft(PropertyId.of("p"), RosterId.of("r"), YearMonth.of(2026, 12),
                List.of(Assignment.of(A, LocalDate.of(2026, 12, 3), "D")));
        Roster approved = r.withStatus(RosterStatus.APPROVED).withVersion(2);
        assertThat(approved.assignments()).isEqualTo(r.assignments());
        assertThat(approved.period()).isEqualTo(r.period());
        assertThat(approved.assignmentsOn(LocalDate.of(2026, 12, 3))).hasSize(1);
        assertThat(RosterStatus.DRAFT.canBecome(RosterStatus.APPROVED)).isTrue();
        assertThat(RosterStatus.DRAFT.canBecome(RosterStatus.PUBLISHED)).isFalse();
        assertThat(RosterStatus.PUBLISHED.canBecome(RosterStatus.DRAFT)).isTrue();
        assertThatThrownBy(() -> r.withVersion(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStaffMemberShowsOnlyAMaskedName() {
        StaffMember m = StaffMember.of(A, PersonName.of("王芳芳"), Set.of("fire-control"), 2400);
        assertThat(m.toString()).doesNotContain("王芳芳").contains("王*");
        assertThat(m.isQualifiedFor(Set.of("fire-control"))).isTrue();
        assertThat(m.isQualifiedFor(Set.of("fire-control", "butler"))).isFalse();
    }
}
