package io.propcare.escalation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A generated calendar description from which both the engine's calendar and the oracle are built. */
record CalendarSpec(ZoneId zone, Map<DayOfWeek, List<WorkWindow>> weekly, Set<LocalDate> holidays,
                    Set<LocalDate> workingDays, Map<LocalDate, List<WorkWindow>> special, boolean includeCn,
                    String label) {

    BusinessCalendar toCalendar() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone).weekly(new WeeklyHours(weekly));
        holidays.forEach(d -> b.holiday(d, "closure"));
        workingDays.forEach(b::workingDay);
        special.forEach(b::specialHours);
        if (includeCn) {
            b.include(HolidayData.chinaMainland());
        }
        return b.build();
    }

    boolean crossesMidnight() {
        return weekly.values().stream().flatMap(List::stream).anyMatch(WorkWindow::crossesMidnight);
    }

    @Override
    public String toString() {
        return label + " " + zone + " " + new WeeklyHours(weekly) + " holidays=" + holidays
                + " workingDays=" + workingDays + " special=" + special + (includeCn ? " +cn" : "");
    }
}
