package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public methods check their arguments first and name the one that is null. */
class NullArgumentsTest {
    private final BusinessCalendar cal = BusinessCalendar.ofAlwaysOpen(ZoneId.of("UTC"));
    private final Instant t = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    @DisplayName("the calendar names each null argument")
    void calendar() {
        assertThatThrownBy(() -> cal.add(null, Duration.ZERO)).hasMessage("start must not be null");
        assertThatThrownBy(() -> cal.add(t, null)).hasMessage("workingTime must not be null");
        assertThatThrownBy(() -> cal.add(t, Duration.ZERO, null)).hasMessage("pauses must not be null");
        assertThatThrownBy(() -> cal.subtract(null, Duration.ZERO)).hasMessage("end must not be null");
        assertThatThrownBy(() -> cal.elapsed(null, t)).hasMessage("from must not be null");
        assertThatThrownBy(() -> cal.elapsed(t, null)).hasMessage("to must not be null");
        assertThatThrownBy(() -> cal.elapsed(t, t, null)).hasMessage("pauses must not be null");
        assertThatThrownBy(() -> cal.nextOpen(null)).hasMessage("at must not be null");
        assertThatThrownBy(() -> cal.isOpen(null)).hasMessage("at must not be null");
        assertThatThrownBy(() -> cal.previousClose(null)).hasMessage("at must not be null");
        assertThatThrownBy(() -> cal.addWorkingDays(null, 1)).hasMessage("date must not be null");
        assertThatThrownBy(() -> cal.day(null)).hasMessage("date must not be null");
        assertThatThrownBy(() -> cal.workingPeriods(null, t)).hasMessage("from must not be null");
        assertThatThrownBy(() -> BusinessCalendar.builder(null)).hasMessage("zone must not be null");
        assertThatThrownBy(() -> cal.toBuilder().holiday(LocalDate.MIN, null)).hasMessage("name must not be null");
        assertThatThrownBy(() -> cal.add(t, Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workingTime must not be negative");
    }

    @Test
    @DisplayName("instants far outside 1900-2300 are refused with CALENDAR_OUTSIDE_RANGE, never answered from a wrong year")
    void range() {
        for (Instant far : List.of(Instant.parse("2295-06-01T00:00:00Z"), Instant.parse("2400-01-01T00:00:00Z"),
                Instant.MAX, Instant.MIN, Instant.parse("1899-06-01T00:00:00Z"))) {
            if (far.isBefore(Instant.parse("2301-01-01T00:00:00Z")) && far.isAfter(Instant.parse("1900-01-01T00:00:00Z"))) {
                org.assertj.core.api.Assertions.assertThat(cal.isOpen(far)).isTrue();
                continue;
            }
            assertThatThrownBy(() -> cal.isOpen(far)).isInstanceOfSatisfying(io.propcare.spi.PropcareException.class,
                    e -> org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(DeadlineErrorCode.CALENDAR_OUTSIDE_RANGE));
        }
        org.assertj.core.api.Assertions.assertThat(cal.add(Instant.parse("2295-06-01T00:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2295-06-01T01:00:00Z"));
    }

    @Test
    @DisplayName("the planner and its inputs name each null argument")
    void planner() {
        EscalationPlanner p = EscalationPlanner.of(SlaPolicy.defaultPolicy());
        assertThatThrownBy(() -> p.plan(null, List.of())).hasMessage("complaint must not be null");
        assertThatThrownBy(() -> EscalationPlanner.of(null)).hasMessage("policy must not be null");
        assertThatThrownBy(() -> TimelineEvent.paused(null)).hasMessage("at must not be null");
        assertThatThrownBy(() -> WorkWindow.parse(null)).hasMessage("text must not be null");
        assertThatThrownBy(() -> SlaPolicy.defaultPolicy().targetsFor(null)).hasMessage("facts must not be null");
    }
}
