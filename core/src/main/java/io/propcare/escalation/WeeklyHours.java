package io.propcare.escalation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The regular working windows of each weekday; several windows per day are allowed, and windows
 * may cross midnight. A day without windows has no hours.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param days the windows per weekday, sorted by start; days not present have no hours
 * @since 0.1
 */
public record WeeklyHours(Map<DayOfWeek, List<WorkWindow>> days) {
    private static final WorkWindow WHOLE_DAY = WorkWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Copies the map, sorting each day's windows and dropping empty days. */
    public WeeklyHours {
        Objects.requireNonNull(days, "days must not be null");
        EnumMap<DayOfWeek, List<WorkWindow>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, windows) -> {
            Objects.requireNonNull(day, "days must not contain a null weekday");
            Objects.requireNonNull(windows, () -> "windows of " + day + " must not be null");
            List<WorkWindow> sorted = new ArrayList<>(windows);
            sorted.forEach(w -> Objects.requireNonNull(w, () -> "windows of " + day + " must not contain null"));
            sorted.sort(Comparator.comparing(WorkWindow::start));
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        days = Map.copyOf(copy);
    }

    /**
     * The same windows on the given days.
     *
     * @param windows the windows, e.g. {@code 08:30-17:30}
     * @param on the days that have them
     * @return the weekly hours
     */
    public static WeeklyHours of(List<WorkWindow> windows, DayOfWeek... on) {
        Objects.requireNonNull(windows, "windows must not be null");
        Objects.requireNonNull(on, "on must not be null");
        EnumMap<DayOfWeek, List<WorkWindow>> m = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : on) {
            m.put(d, windows);
        }
        return new WeeklyHours(m);
    }

    /**
     * Monday to Friday with the same windows, e.g. the front desk's {@code 08:30-17:30}.
     *
     * @param windows the windows
     * @return the weekly hours
     */
    public static WeeklyHours ofWeekdays(WorkWindow... windows) {
        Objects.requireNonNull(windows, "windows must not be null");
        return of(List.of(windows), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    /**
     * Open around the clock: every day {@code 00:00-24:00}.
     *
     * @return the weekly hours
     */
    public static WeeklyHours ofAlwaysOpen() {
        return of(List.of(WHOLE_DAY), DayOfWeek.values());
    }

    /**
     * The windows of a weekday.
     *
     * @param day the weekday
     * @return the windows, sorted by start, empty when the day has no hours
     */
    public List<WorkWindow> windows(DayOfWeek day) {
        return days.getOrDefault(Objects.requireNonNull(day, "day must not be null"), List.of());
    }

    /**
     * Whether every day is {@code 00:00-24:00}.
     *
     * @return true for around-the-clock hours
     */
    public boolean isAlwaysOpen() {
        return equals(ofAlwaysOpen());
    }

    /** Describes the hours, e.g. {@code "Mon-Fri 08:30-17:30"} or {@code "24x7"}. */
    @Override
    public String toString() {
        if (isAlwaysOpen()) {
            return "24x7";
        }
        if (days.isEmpty()) {
            return "no regular hours";
        }
        StringJoiner out = new StringJoiner(", ");
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            List<WorkWindow> w = windows(all[i]);
            int j = i;
            while (j + 1 < all.length && windows(all[j + 1]).equals(w)) {
                j++;
            }
            if (!w.isEmpty()) {
                String range = name(all[i]) + (j > i ? "-" + name(all[j]) : "");
                StringJoiner ws = new StringJoiner(", ");
                w.forEach(x -> ws.add(x.toString()));
                out.add(range + " " + ws);
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
