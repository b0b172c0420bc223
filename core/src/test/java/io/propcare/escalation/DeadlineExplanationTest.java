package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class DeadlineExplanationTest {
    private final BusinessCalendar desk = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
            .weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("08:30-17:30")))
            .include(HolidayData.chinaMainland()).build();

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    @DisplayName("an explanation names the hours, the periods counted, the holidays, the make-up days and the pauses")
    void springFestival() {
        Interval pause = Interval.of(at("2025-01-26T09:00:00+08:00"), at("2025-01-26T11:00:00+08:00"));
        DeadlineExplanation e = desk.explain(at("2025-01-24T17:00:00+08:00"), Duration.ofHours(10), List.of(pause));
        // Fri 24 Jan 0.5 h; Sun 26 Jan (make-up) 08:30-09:00 and 11:00-17:30 = 7 h; Mon 27 Jan 08:30 + 2.5 h
        assertThat(e.deadline()).isEqualTo(at("2025-01-27T11:00:00+08:00"));
        assertThat(e.counted()).hasSize(4);
        assertThat(e.makeUpDays()).extracting(CalendarDay::date).containsExactly(LocalDate.of(2025, 1, 26));
        assertThat(e.holidays()).isEmpty();
        assertThat(e.pausesSubtracted()).singleElement()
                .satisfies(p -> assertThat(p.removed()).isEqualTo(Duration.ofHours(2)));
        assertThat(e.text()).contains("Mon-Fri 08:30-17:30").contains("cn").contains("Sun 2025-01-26 (春节)")
                .contains("2 h of working time not counted").contains("Deadline Mon 2025-01-27 11:00");
        DeadlineExplanation after = desk.explain(at("2025-01-27T16:00:00+08:00"), Duration.ofHours(8), List.of());
        assertThat(after.holidays()).hasSize(8);
        assertThat(after.text()).contains("Skipped holidays Tue 2025-01-28 to Tue 2025-02-04 (春节)");
    }

    @Test
    @DisplayName("long spans are summarised, and a clock change on the way is named")
    void summaries() {
        DeadlineExplanation e = desk.explain(at("2025-03-03T08:30:00+08:00"), Duration.ofHours(90), List.of());
        assertThat(e.counted()).hasSize(10);
        assertThat(e.text()).contains("then 6 more periods (2 d 6 h)");
        BusinessCalendar berlin = BusinessCalendar.ofAlwaysOpen(ZoneId.of("Europe/Berlin"));
        assertThat(berlin.explain(at("2026-03-28T12:00:00+01:00"), Duration.ofDays(1), List.of()).text())
                .contains("UTC+01:00 then UTC+02:00");
    }
}
