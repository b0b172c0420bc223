package io.propcare.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a calendar says about one local date: its kind, the name of the holiday it belongs to (if
 * any) and the windows that start on it.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param date the date
 * @param kind why the date has the windows it has
 * @param name the holiday's name (e.g. {@code "国庆节"}) or the source of a closure; empty for a regular day
 * @param windows the windows starting on the date; empty on a day without hours
 * @since 0.1
 */
public record CalendarDay(LocalDate date, Kind kind, String name, List<WorkWindow> windows) {

    /** Why a date has the hours it has. */
    public enum Kind {
        /** The regular weekly hours of its weekday (possibly none, e.g. a weekend). */
        REGULAR,
        /** A holiday or closure: no window starts on it. */
        HOLIDAY,
        /** A make-up working day (调休): the hours of a Monday, whatever the weekday. */
        MAKE_UP_WORKING_DAY,
        /** Special hours given for this date. */
        SPECIAL_HOURS
    }

    /** Checks the components. */
    public CalendarDay {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(name, "name must not be null");
        windows = List.copyOf(Objects.requireNonNull(windows, "windows must not be null"));
    }

    /**
     * Whether any window starts on the date.
     *
     * @return true on a working day
     */
    public boolean isWorkingDay() {
        return !windows.isEmpty();
    }
}
