package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.spi.PropcareException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hand-checked examples on the front desk's hours (Mon-Fri 08:30-17:30) with mainland China's holidays. */
class ChinaCalendarTest {
    private final BusinessCalendar desk = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
            .weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("08:30-17:30")))
            .include(HolidayData.chinaMainland()).build();

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    @DisplayName("Spring Festival 2025: 8 working hours from Monday 27 January 16:00 end on Wednesday 5 February 15:00")
    void springFestival2025() {
        // 27 Jan 16:00-17:30 = 1.5 h; 28 Jan - 4 Feb off; 5 Feb 08:30 + 6.5 h = 15:00
        assertThat(desk.add(at("2025-01-27T16:00:00+08:00"), Duration.ofHours(8)))
                .isEqualTo(at("2025-02-05T15:00:00+08:00"));
        assertThat(desk.addWorkingDays(LocalDate.of(2025, 1, 27), 1)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    @DisplayName("the make-up Sunday 26 January 2025 works with a Monday's hours")
    void makeUpSunday2025() {
        // Fri 24 Jan 17:00-17:30 = 0.5 h; Sat 25 rest; Sun 26 is a make-up day: 08:30 + 1.5 h
        assertThat(desk.add(at("2025-01-24T17:00:00+08:00"), Duration.ofHours(2)))
                .isEqualTo(at("2025-01-26T10:00:00+08:00"));
        assertThat(desk.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 1, 26));
        assertThat(desk.day(LocalDate.of(2025, 1, 26)).kind()).isEqualTo(CalendarDay.Kind.MAKE_UP_WORKING_DAY);
        assertThat(desk.day(LocalDate.of(2025, 1, 29)).name()).isEqualTo("春节");
        // 0.5 h Fri + 9 h Sun 26 + 9 h Mon 27, nothing during the festival
        assertThat(desk.elapsed(at("2025-01-24T17:00:00+08:00"), at("2025-02-05T08:30:00+08:00")))
                .isEqualTo(Duration.ofMinutes(18 * 60 + 30));
    }

    @Test
    @DisplayName("Spring Festival 2026: 24 working hours from Friday 13 February 15:00 end on Wednesday 25 February 12:00")
    void springFestival2026() {
        // Fri 13 Feb 15:00-17:30 = 2.5 h; Sat 14 make-up 9 h (11.5); 15-23 Feb off; Tue 24 9 h (20.5);
        // Wed 25 9h would reach 29.5 -> 24 h at 25 Feb 08:30 + 3.5 h = 12:00
        assertThat(desk.add(at("2026-02-13T15:00:00+08:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-02-25T12:00:00+08:00"));
    }

    @Test
    @DisplayName("National Day 2026: one hour from Wednesday 30 September 17:00 ends on Thursday 8 October 09:00")
    void nationalDay2026() {
        assertThat(desk.add(at("2026-09-30T17:00:00+08:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-10-08T09:00:00+08:00"));
        assertThat(desk.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(desk.isOpen(at("2026-09-20T10:00:00+08:00"))).as("make-up Sunday 20 September").isTrue();
        assertThat(desk.isOpen(at("2026-10-05T10:00:00+08:00"))).isFalse();
        assertThat(desk.nextOpen(at("2026-10-01T00:00:00+08:00"))).isEqualTo(at("2026-10-08T08:30:00+08:00"));
    }

    @Test
    @DisplayName("Mid-Autumn and National Day 2026: 24 working hours from Thursday 24 September 12:00 end on Wednesday 30 September 09:00")
    void midAutumn2026() {
        // Thu 24: 5.5 h; 25-27 off; Mon 28 9 h (14.5); Tue 29 9 h (23.5); Wed 30 08:30 + 0.5 h
        assertThat(desk.add(at("2026-09-24T12:00:00+08:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-09-30T09:00:00+08:00"));
        assertThat(desk.subtract(at("2026-09-30T09:00:00+08:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-09-24T12:00:00+08:00"));
    }

    @Test
    @DisplayName("30 working days of survey statistics from Friday 26 September 2025 end on Thursday 13 November 2025")
    void surveyStatistics2025() {
        // 28 Sep (Sun, make-up) 1, 29-30 Sep 3, 9-10 Oct 5, 11 Oct (Sat, make-up) 6, 13-17 Oct 11, 20-24 Oct 16,
        // 27-31 Oct 21, 3-7 Nov 26, 10-13 Nov 30
        assertThat(desk.addWorkingDays(LocalDate.of(2025, 9, 26), 30)).isEqualTo(LocalDate.of(2025, 11, 13));
        assertThat(desk.addWorkingDays(LocalDate.of(2025, 11, 13), -30)).isEqualTo(LocalDate.of(2025, 9, 26));
    }

    @Test
    @DisplayName("a date after the shipped data (2027) is refused, never guessed")
    void beyondTheData() {
        assertThatThrownBy(() -> desk.add(at("2026-12-31T17:00:00+08:00"), Duration.ofHours(1)))
                .isInstanceOf(PropcareException.class)
                .satisfies(e -> assertThat(((PropcareException) e).errorCode()).isEqualTo(DeadlineErrorCode.CALENDAR_OUTSIDE_DATA))
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> desk.isOpen(at("2027-01-04T10:00:00+08:00")))
                .satisfies(e -> assertThat(((PropcareException) e).errorCode()).isEqualTo(DeadlineErrorCode.CALENDAR_OUTSIDE_DATA));
        assertThatThrownBy(() -> desk.addWorkingDays(LocalDate.of(2026, 12, 30), 5))
                .satisfies(e -> assertThat(((PropcareException) e).errorCode()).isEqualTo(DeadlineErrorCode.CALENDAR_OUTSIDE_DATA));
        assertThatThrownBy(() -> desk.day(LocalDate.of(2018, 6, 1)))
                .satisfies(e -> assertThat(((PropcareException) e).errorCode()).isEqualTo(DeadlineErrorCode.CALENDAR_OUTSIDE_DATA));
        assertThat(desk.add(at("2026-12-31T16:00:00+08:00"), Duration.ofHours(1)))
                .as("a deadline inside the data is fine").isEqualTo(at("2026-12-31T17:00:00+08:00"));
    }

    @Test
    @DisplayName("the shipped data matches the FORMAT.md sanity figures summed over 2019-2026: 94 net days off, 54 make-up days")
    void sanityFigures() {
        HolidayData cn = HolidayData.chinaMainland();
        int netOff = 0;
        int makeUp = 0;
        for (LocalDate d = LocalDate.of(2018, 12, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            var dd = cn.find(d);
            if (dd.isPresent()) {
                boolean weekend = d.getDayOfWeek().getValue() >= 6;
                netOff += dd.get().offDay() && !weekend ? 1 : 0;
                netOff -= !dd.get().offDay() && weekend ? 1 : 0;
                makeUp += dd.get().offDay() ? 0 : 1;
            }
        }
        assertThat(netOff).isEqualTo(11 + 13 + 11 + 11 + 11 + 11 + 13 + 13);
        assertThat(makeUp).isEqualTo(7 + 7 + 7 + 7 + 7 + 8 + 5 + 6);
        assertThat(cn.firstYear()).isEqualTo(2019);
        assertThat(cn.lastYear()).isEqualTo(2026);
    }

    @Test
    @DisplayName("night duty 21:00-08:30 on working days: the night before National Day 2026 runs into 1 October, then nothing until 8 October")
    void nightDutyIntoNationalDay() {
        BusinessCalendar night = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                .weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("21:00-08:30")))
                .include(HolidayData.chinaMainland()).build();
        // Wed 30 Sep 21:00 to Thu 1 Oct 08:30 belongs to the working day 30 September: 11.5 h
        assertThat(night.isOpen(at("2026-10-01T08:00:00+08:00"))).isTrue();
        assertThat(night.add(at("2026-09-30T21:00:00+08:00"), Duration.ofMinutes(690)))
                .isEqualTo(at("2026-10-01T08:30:00+08:00"));
        // one minute more waits for the night of Thursday 8 October
        assertThat(night.add(at("2026-09-30T21:00:00+08:00"), Duration.ofMinutes(691)))
                .isEqualTo(at("2026-10-08T21:01:00+08:00"));
        // the make-up Saturday 10 October has a Monday's night: 21:00 to Sunday 08:30
        assertThat(night.isOpen(at("2026-10-11T08:00:00+08:00"))).isTrue();
        assertThat(night.elapsed(at("2026-10-10T00:00:00+08:00"), at("2026-10-12T00:00:00+08:00")))
                .as("Fri 9 Oct night tail 8.5 h + Sat 10 Oct night 11.5 h").isEqualTo(Duration.ofHours(20));
    }

    @Test
    @DisplayName("2020: the extended Spring Festival (to 2 February) and the Monday 3 February listed as a working day")
    void springFestival2020() {
        // Thu 23 Jan 2020 is a working day; 24 Jan - 2 Feb off (extension included); Mon 3 Feb works
        assertThat(desk.add(at("2020-01-23T17:00:00+08:00"), Duration.ofHours(1)))
                .isEqualTo(at("2020-02-03T09:00:00+08:00"));
        assertThat(desk.isOpen(at("2020-02-01T10:00:00+08:00"))).as("the cancelled make-up Saturday").isFalse();
        assertThat(desk.day(LocalDate.of(2020, 1, 19)).kind()).isEqualTo(CalendarDay.Kind.MAKE_UP_WORKING_DAY);
    }
}
