package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The public read accessors give back exactly what the builder was told. */
class RosterProblemAccessorsTest {
    // 2026-03-01 is a Sunday: day 0 is a lone Sunday (weekend 0), days 6-7 the next weekend (1)
    private final RosterProblem p = RosterProblem.builder("t", LocalDate.of(2026, 3, 1), 10)
            .shift("D", 480, false).shift("N", 600, true)
            .forbidSuccession("N", "D")
            .staff("A", new StaffLimits(4800, 960, 5, 2, 2, 1))
            .staff("B", StaffLimits.unlimited())
            .maxShifts("A", "N", 3)
            .unqualified("B", "N")
            .leave("B", 4)
            .request("A", 2, "D", 3, true)
            .request("B", 3, null, 2, false)
            .cover(1, "D", 2, 100, 1)
            .pin("A", 5, "N")
            .pin("B", 6, null)
            .tail("A", Tail.worked(3, "N"))
            .holiday(3)
            .build();

    @Test
    void shiftsAndSuccessions() {
        assertThat(p.isNight("N")).isTrue();
        assertThat(p.isNight("D")).isFalse();
        assertThat(p.isForbiddenSuccession("N", "D")).isTrue();
        assertThat(p.isForbiddenSuccession("D", "N")).isFalse();
        assertThatThrownBy(() -> p.isNight("X")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'X'");
    }

    @Test
    void staffLimitsQualificationsAndLeave() {
        assertThat(p.limits("A")).isEqualTo(new StaffLimits(4800, 960, 5, 2, 2, 1));
        assertThat(p.limits("B")).isEqualTo(StaffLimits.unlimited());
        assertThat(p.maxShifts("A", "N")).isEqualTo(OptionalInt.of(3));
        assertThat(p.maxShifts("A", "D")).isEmpty();
        assertThat(p.isQualified("B", "N")).isFalse();
        assertThat(p.isQualified("B", "D")).isTrue();
        assertThat(p.isOnLeave("B", 4)).isTrue();
        assertThat(p.isOnLeave("B", 5)).isFalse();
        assertThat(p.tail("A")).contains(Tail.worked(3, "N"));
        assertThat(p.tail("B")).isEmpty();
        assertThatThrownBy(() -> p.limits("Z")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Z'");
    }

    @Test
    void coverRequestsAndPins() {
        assertThat(p.cover(1, "D")).isEqualTo(new RosterProblem.Cover(2, 100, 1));
        assertThat(p.cover(2, "D")).isEqualTo(new RosterProblem.Cover(0, 0, 0));
        assertThat(p.requests()).containsExactly(new RosterProblem.ShiftRequest("A", 2, Optional.of("D"), 3, true),
                new RosterProblem.ShiftRequest("B", 3, Optional.empty(), 2, false));
        assertThat(p.pins()).containsExactly(new RosterProblem.Pin("A", 5, Optional.of("N")),
                new RosterProblem.Pin("B", 6, Optional.empty()));
        assertThatThrownBy(() -> p.cover(10, "D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day 10").hasMessageContaining("0 to 9");
    }

    @Test
    void calendar() {
        assertThat(p.isHoliday(3)).isTrue();
        assertThat(p.isHoliday(2)).isFalse();
        assertThat(p.weekendOf(0)).isEqualTo(OptionalInt.of(0));
        assertThat(p.weekendOf(1)).isEmpty();
        assertThat(p.weekendOf(6)).isEqualTo(OptionalInt.of(1));
        assertThat(p.weekendOf(7)).isEqualTo(OptionalInt.of(1));
        assertThat(p.weekendCount()).isEqualTo(2);
    }
}
