package io.propcare.escalation;

import io.propcare.spi.PropcareException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * A business calendar: a zone, weekly working windows, holidays, make-up working days, special
 * hours on given dates and built-in holiday data, with working-time arithmetic on instants.
 *
 * <p>What a date's hours are, in order of precedence: special hours given for the date; none on a
 * holiday of this calendar; a Monday's hours on a make-up working day of this calendar; what an
 * included data set says (a day off has no hours, a make-up working day a Monday's hours); else
 * the weekday's regular windows. Windows belong to the day they start on, so a night window
 * {@code 21:00-08:30} that starts before a holiday still runs into it. Windows are read as local
 * wall-clock times through {@link ZonedDateTime#of}: a time in a daylight-saving gap moves forward
 * by the gap, a time in an overlap takes the earlier offset, and a window whose start and end lie
 * in the same gap has no working time. Working time is the union of all windows.
 *
 * <p>Arithmetic conventions (the command line's): {@link #add} returns the earliest instant at
 * which the working time since the start equals the duration, so a deadline landing exactly on a
 * closing time stays there; a zero duration returns the start if the calendar is open then, else
 * the next opening. {@link #subtract} mirrors it: the latest instant from which the working time
 * up to the end equals the duration (landing on an opening time stays there); a zero duration
 * returns the end itself if working time runs right up to it, else the end of the previous
 * working period. A pause removes working time only.
 *
 * <p>A calendar that includes built-in data (e.g. {@link HolidayData#chinaMainland()}) covers the
 * data's years only: any question about an instant or date outside them throws a
 * {@link PropcareException} with {@link DeadlineErrorCode#CALENDAR_OUTSIDE_DATA} rather than
 * assume the regular weekly rule. Instants before 1900 or after 2300 are refused with
 * {@link DeadlineErrorCode#CALENDAR_OUTSIDE_RANGE}.
 *
 * <p>The calendar precomputes, per local year and on first use, the merged working intervals and
 * their prefix sums, so each operation costs a few binary searches whatever the duration.
 *
 * <p>Implementation requirements: immutable and thread-safe (the per-year tables are built lazily
 * and published safely).
 *
 * @since 0.1
 */
public final class BusinessCalendar {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2300;
    private static final int EMPTY_YEARS_LIMIT = 50;
    private static final long FIRST_SECOND = LocalDate.of(MIN_YEAR - 1, 12, 30).toEpochDay() * 86_400;
    private static final long LAST_SECOND = LocalDate.of(MAX_YEAR + 1, 1, 2).toEpochDay() * 86_400;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final WeeklyHours weekly;
    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> workingDays;
    private final Map<LocalDate, List<WorkWindow>> special;
    private final List<HolidayData> includes;
    private final int firstYear;
    private final int lastYear;
    private volatile YearBlock[] blocks = new YearBlock[0];

    private BusinessCalendar(Builder b) {
        this.zone = b.zone;
        this.rules = zone.getRules();
        this.weekly = b.weekly;
        this.holidays = Map.copyOf(b.holidays);
        this.workingDays = Set.copyOf(b.workingDays);
        this.special = Map.copyOf(b.special);
        this.includes = List.copyOf(b.includes);
        this.firstYear = includes.stream().mapToInt(HolidayData::firstYear).max().orElse(MIN_YEAR);
        this.lastYear = includes.stream().mapToInt(HolidayData::lastYear).min().orElse(MAX_YEAR);
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("the included data sets " + includes + " share no year");
        }
    }

    /**
     * A builder for a calendar in a zone; without further settings it has no hours.
     *
     * @param zone the property's zone, e.g. {@code Asia/Shanghai}
     * @return the builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone must not be null"));
    }

    /**
     * A calendar open around the clock, for time limits that run day and night.
     *
     * @param zone the zone (used for dates and explanations only)
     * @return the calendar
     */
    public static BusinessCalendar ofAlwaysOpen(ZoneId zone) {
        return builder(zone).weekly(WeeklyHours.ofAlwaysOpen()).build();
    }

    /**
     * A builder holding this calendar's settings, to compose it with more closures or data.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(zone).weekly(weekly);
        b.holidays.putAll(holidays);
        b.workingDays.addAll(workingDays);
        b.special.putAll(special);
        b.includes.addAll(includes);
        return b;
    }

    /**
     * The zone the windows are in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The regular weekly hours.
     *
     * @return the weekly hours
     */
    public WeeklyHours weekly() {
        return weekly;
    }

    /**
     * The included built-in data sets.
     *
     * @return the data sets, possibly empty
     */
    public List<HolidayData> includes() {
        return includes;
    }

    /**
     * The dates the calendar can answer for: the years of its included data, or 1900-2300.
     *
     * @return the inclusive range of covered dates
     */
    public LocalDateRange coverage() {
        return LocalDateRange.ofClosed(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    // ------------------------------------------------------------------ days

    /**
     * What the calendar says about a date.
     *
     * @param date the date
     * @return the day: its kind, holiday name and windows
     * @throws PropcareException with {@code CALENDAR_OUTSIDE_DATA} when the date lies outside {@link #coverage()}
     */
    public CalendarDay day(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        checkYear(date.getYear(), date.toString());
        return dayUnchecked(date);
    }

    private CalendarDay dayUnchecked(LocalDate date) {
        List<WorkWindow> sp = special.get(date);
        if (sp != null) {
            return new CalendarDay(date, CalendarDay.Kind.SPECIAL_HOURS, "special hours", sp);
        }
        String h = holidays.get(date);
        if (h != null) {
            return new CalendarDay(date, CalendarDay.Kind.HOLIDAY, h, List.of());
        }
        if (workingDays.contains(date)) {
            return new CalendarDay(date, CalendarDay.Kind.MAKE_UP_WORKING_DAY, "make-up working day",
                    weekly.windows(DayOfWeek.MONDAY));
        }
        for (HolidayData data : includes) {
            HolidayData.DataDay d = data.get(date);
            if (d != null) {
                return d.offDay()
                        ? new CalendarDay(date, CalendarDay.Kind.HOLIDAY, d.name(), List.of())
                        : new CalendarDay(date, CalendarDay.Kind.MAKE_UP_WORKING_DAY, d.name(),
                        weekly.windows(DayOfWeek.MONDAY));
            }
        }
        return new CalendarDay(date, CalendarDay.Kind.REGULAR, "", weekly.windows(date.getDayOfWeek()));
    }

    /**
     * Whether a window starts on the date.
     *
     * @param date the date
     * @return true on a working day
     * @throws PropcareException with {@code CALENDAR_OUTSIDE_DATA} when the date lies outside {@link #coverage()}
     */
    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    /**
     * The Nth working day after a date (the date itself is not counted), or before it for a
     * negative N; a day is a working day when a window starts on it.
     *
     * @param date the date
     * @param days how many working days; 0 returns {@code date}
     * @return the date
     * @throws PropcareException with {@code CALENDAR_OUTSIDE_DATA} when the answer lies outside {@link #coverage()}
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date must not be null");
        if (days == 0) {
            checkYear(date.getYear(), date.toString());
            return date;
        }
        YearBlock b = blockOfYear(date.getYear(), date.toString());
        int idx = b.workDayIndex(date.toEpochDay());
        int empty = 0;
        if (days > 0) {
            long target = (idx >= 0 ? idx + 1 : -idx - 1) + (long) days - 1;
            while (target >= b.workDays.length) {
                target -= b.workDays.length;
                empty = b.workDays.length == 0 ? empty + 1 : 0;
                guard(empty, date.toString());
                b = blockOfYear(b.year + 1, "the " + days + "th working day after " + date);
            }
            return LocalDate.ofEpochDay(b.workDays[(int) target]);
        }
        long target = (idx >= 0 ? idx - 1 : -idx - 2) + (long) days + 1;
        while (target < 0) {
            b = blockOfYear(b.year - 1, "the " + (-days) + "th working day before " + date);
            empty = b.workDays.length == 0 ? empty + 1 : 0;
            guard(empty, date.toString());
            target += b.workDays.length;
        }
        return LocalDate.ofEpochDay(b.workDays[(int) target]);
    }

    // ------------------------------------------------------------------ instants

    /**
     * Whether the calendar is open at an instant (inside a window, half-open).
     *
     * @param at the instant
     * @return true when working time runs at {@code at}
     */
    public boolean isOpen(Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        return block(at.getEpochSecond()).isOpen(at.getEpochSecond());
    }

    /**
     * The first instant at or after {@code at} at which the calendar is open.
     *
     * @param at the instant
     * @return {@code at} when open, else the next opening
     */
    public Instant nextOpen(Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        long sec = at.getEpochSecond();
        YearBlock b = block(sec);
        int i = b.atOrBefore(sec);
        if (i >= 0 && sec < b.ends[i]) {
            return at;
        }
        int j = i + 1;
        int empty = 0;
        while (j >= b.n) {
            b = block(b.endSec);
            empty = b.n == 0 ? empty + 1 : 0;
            guard(empty, at.toString());
            j = 0;
        }
        return Instant.ofEpochSecond(b.starts[j]);
    }

    /**
     * The last instant at or before {@code at} up to which working time runs: {@code at} itself when
     * the calendar was open just before it, else the end of the previous working period.
     *
     * @param at the instant
     * @return the instant
     */
    public Instant previousClose(Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        long sec = at.getEpochSecond();
        YearBlock b = block(sec);
        int i = b.strictlyBefore(sec, at.getNano());
        if (i >= 0) {
            return Instant.ofEpochSecond(sec, at.getNano()).compareTo(Instant.ofEpochSecond(b.ends[i])) <= 0
                    ? at : Instant.ofEpochSecond(b.ends[i]);
        }
        int empty = 0;
        do {
            b = block(b.startSec - 1);
            empty = b.n == 0 ? empty + 1 : 0;
            guard(empty, at.toString());
        } while (b.n == 0);
        return Instant.ofEpochSecond(b.ends[b.n - 1]);
    }

    /**
     * The working time between two instants; negative when {@code to} is before {@code from}.
     *
     * @param from the first instant
     * @param to the second instant
     * @return the working time in {@code [from, to)}
     */
    public Duration elapsed(Instant from, Instant to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        return Duration.ofNanos(workedNanos(from, to));
    }

    /**
     * The working time between two instants less the working time inside the pauses.
     *
     * @param from the first instant
     * @param to the second instant, not before {@code from}
     * @param pauses half-open intervals during which the clock stops; may overlap, must be bounded
     * @return the working time
     * @throws IllegalArgumentException when {@code to} is before {@code from} or a pause is unbounded
     */
    public Duration elapsed(Instant from, Instant to, List<Interval> pauses) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " must not be before from " + from);
        }
        long w = workedNanos(from, to);
        for (Interval p : merge(pauses)) {
            Instant a = p.getStart().isAfter(from) ? p.getStart() : from;
            Instant e = p.getEnd().isBefore(to) ? p.getEnd() : to;
            if (a.isBefore(e)) {
                w -= workedNanos(a, e);
            }
        }
        return Duration.ofNanos(w);
    }

    /**
     * The earliest instant at which the working time since {@code start} equals {@code workingTime}.
     *
     * @param start the start
     * @param workingTime the working time, not negative
     * @return the deadline: on a closing time when it lands there; for zero, {@code start} if open
     *     else the next opening
     * @throws IllegalArgumentException when the duration is negative
     */
    public Instant add(Instant start, Duration workingTime) {
        Objects.requireNonNull(start, "start must not be null");
        long d = nanos(workingTime, "workingTime");
        if (d == 0) {
            return nextOpen(start);
        }
        return addNanos(start, d);
    }

    /**
     * The earliest instant at which the working time since {@code start}, less pauses, equals
     * {@code workingTime}. A pause never makes the deadline earlier.
     *
     * @param start the start
     * @param workingTime the working time, not negative
     * @param pauses half-open intervals during which the clock stops; may overlap, must be bounded
     * @return the deadline
     * @throws IllegalArgumentException when the duration is negative or a pause is unbounded
     */
    public Instant add(Instant start, Duration workingTime, List<Interval> pauses) {
        Objects.requireNonNull(start, "start must not be null");
        long remaining = nanos(workingTime, "workingTime");
        List<Interval> merged = merge(pauses);
        Instant cur = start;
        if (remaining == 0) {
            cur = nextOpen(cur);
            for (Interval p : merged) {
                if (p.contains(cur)) {
                    cur = nextOpen(p.getEnd());
                }
            }
            return cur;
        }
        for (Interval p : merged) {
            if (!p.getEnd().isAfter(cur)) {
                continue;
            }
            long before = p.getStart().isAfter(cur) ? workedNanos(cur, p.getStart()) : 0;
            if (before >= remaining) {
                return addNanos(cur, remaining);
            }
            remaining -= before;
            cur = p.getEnd();
        }
        return addNanos(cur, remaining);
    }

    /**
     * Adds working time like {@link #add(Instant, Duration, List)} and explains the result: the
     * hours used, the periods counted, the holidays and make-up days crossed, the pauses subtracted.
     *
     * @param start the start
     * @param workingTime the working time, not negative
     * @param pauses half-open pauses, bounded
     * @return the deadline with its explanation
     */
    public DeadlineExplanation explain(Instant start, Duration workingTime, List<Interval> pauses) {
        Instant deadline = add(start, workingTime, pauses);
        return DeadlineExplanation.of(this, start, workingTime, merge(pauses), deadline);
    }

    /**
     * The latest instant from which the working time up to {@code end} equals {@code workingTime}.
     *
     * @param end the end
     * @param workingTime the working time, not negative
     * @return the instant: on an opening time when it lands there; for zero, see {@link #previousClose}
     * @throws IllegalArgumentException when the duration is negative
     */
    public Instant subtract(Instant end, Duration workingTime) {
        Objects.requireNonNull(end, "end must not be null");
        long d = nanos(workingTime, "workingTime");
        if (d == 0) {
            return previousClose(end);
        }
        YearBlock b = block(end.getEpochSecond());
        long target = b.workedBefore(end.getEpochSecond(), end.getNano()) - d;
        int empty = 0;
        while (target < 0) {
            b = block(b.startSec - 1);
            empty = b.n == 0 ? empty + 1 : 0;
            guard(empty, end.toString());
            target += b.totalNanos;
        }
        int i = b.intervalAbove(target);
        long off = target - b.prefix[i] * YearBlock.NANOS;
        return Instant.ofEpochSecond(b.starts[i] + off / YearBlock.NANOS, off % YearBlock.NANOS);
    }

    private Instant addNanos(Instant start, long d) {
        YearBlock b = block(start.getEpochSecond());
        long target = b.workedBefore(start.getEpochSecond(), start.getNano()) + d;
        int empty = 0;
        while (target > b.totalNanos) {
            target -= b.totalNanos;
            b = block(b.endSec);
            empty = b.n == 0 ? empty + 1 : 0;
            guard(empty, start.toString());
        }
        int i = b.intervalReaching(target);
        long off = target - b.prefix[i] * YearBlock.NANOS;
        return Instant.ofEpochSecond(b.starts[i] + off / YearBlock.NANOS, off % YearBlock.NANOS);
    }

    private long workedNanos(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -workedNanos(to, from);
        }
        YearBlock b = block(from.getEpochSecond());
        long w = -b.workedBefore(from.getEpochSecond(), from.getNano());
        long toSec = to.getEpochSecond();
        while (!b.contains(toSec)) {
            w += b.totalNanos;
            b = block(b.endSec);
        }
        return w + b.workedBefore(toSec, to.getNano());
    }

    private static long nanos(Duration d, String name) {
        Objects.requireNonNull(d, () -> name + " must not be null");
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + d);
        }
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " is too long, got " + d, e);
        }
    }

    private static List<Interval> merge(List<Interval> pauses) {
        Objects.requireNonNull(pauses, "pauses must not be null");
        List<Interval> sorted = new ArrayList<>(pauses.size());
        for (Interval p : pauses) {
            Objects.requireNonNull(p, "pauses must not contain null");
            if (p.isUnboundedStart() || p.isUnboundedEnd()) {
                throw new IllegalArgumentException("pause " + p + " must have a start and an end");
            }
            if (!p.isEmpty()) {
                sorted.add(p);
            }
        }
        sorted.sort(Comparator.comparing(Interval::getStart));
        List<Interval> out = new ArrayList<>(sorted.size());
        for (Interval p : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && !p.getStart().isAfter(out.get(last).getEnd())) {
                Interval q = out.get(last);
                out.set(last, Interval.of(q.getStart(), p.getEnd().isAfter(q.getEnd()) ? p.getEnd() : q.getEnd()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ year tables

    private YearBlock block(long sec) {
        YearBlock[] bs = blocks;
        int lo = 0;
        int hi = bs.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            YearBlock b = bs[mid];
            if (sec < b.startSec) {
                hi = mid - 1;
            } else if (sec >= b.endSec) {
                lo = mid + 1;
            } else {
                return b;
            }
        }
        return load(sec);
    }

    private YearBlock blockOfYear(int year, String what) {
        for (YearBlock b : blocks) {
            if (b.year == year) {
                return b;
            }
        }
        checkYear(year, what);
        return block(LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond());
    }

    private synchronized YearBlock load(long sec) {
        for (YearBlock b : blocks) {
            if (b.contains(sec)) {
                return b;
            }
        }
        if (sec < FIRST_SECOND || sec >= LAST_SECOND) {
            throw new PropcareException(DeadlineErrorCode.CALENDAR_OUTSIDE_RANGE, Instant.ofEpochSecond(sec)
                    + " lies outside the years the calendar computes with (" + MIN_YEAR + "-" + MAX_YEAR + ")");
        }
        ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(sec));
        int year = LocalDateTime.ofEpochSecond(sec, 0, offset).getYear();
        String what = Instant.ofEpochSecond(sec).atOffset(offset).toString();
        checkYear(year, what);
        if (sec < startOfYear(year)) {
            year--;
        } else if (sec >= startOfYear(year + 1)) {
            year++;
        }
        checkYear(year, what);
        YearBlock b = build(year);
        YearBlock[] old = blocks;
        YearBlock[] bs = Arrays.copyOf(old, old.length + 1);
        bs[old.length] = b;
        Arrays.sort(bs, Comparator.comparingLong(x -> x.startSec));
        blocks = bs;
        return b;
    }

    private void checkYear(int year, String what) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new PropcareException(DeadlineErrorCode.CALENDAR_OUTSIDE_RANGE, what
                    + " lies outside the years the calendar computes with (" + MIN_YEAR + "-" + MAX_YEAR + ")");
        }
        if (year < firstYear || year > lastYear) {
            StringJoiner ids = new StringJoiner(", ");
            includes.forEach(h -> ids.add("'" + h.id() + "' (" + h.firstYear() + "-" + h.lastYear() + ")"));
            throw new PropcareException(DeadlineErrorCode.CALENDAR_OUTSIDE_DATA, "the calculation reaches " + what
                    + " in the year " + year
                    + ", which lies outside the built-in holiday data " + ids + "; its holidays are not known, so"
                    + " no deadline is guessed. Use a calendar without that data, a version of the library that"
                    + " ships the year, or add the year from its published file (HolidayData.readYear, followedBy; in a JSON"
                    + " calendar \"include\": [{\"data\": \"cn\", \"years\": [\"2027.json\"]}])");
        }
    }

    private void guard(int emptyYears, String what) {
        if (emptyYears > EMPTY_YEARS_LIMIT) {
            throw new PropcareException(DeadlineErrorCode.CALENDAR_NO_WORKING_TIME, "the calendar has no working"
                    + " time for " + EMPTY_YEARS_LIMIT + " years around " + what + "; check its weekly hours");
        }
    }

    private long startOfYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond();
    }

    private YearBlock build(int year) {
        long bStart = startOfYear(year);
        long bEnd = startOfYear(year + 1);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate end = first.plusYears(1);
        List<long[]> raw = new ArrayList<>(800);
        List<Long> work = new ArrayList<>(366);
        for (LocalDate d = first.minusDays(1); d.isBefore(end); d = d.plusDays(1)) {
            CalendarDay day = dayUnchecked(d);
            if (!d.isBefore(first) && day.isWorkingDay()) {
                work.add(d.toEpochDay());
            }
            for (WorkWindow w : day.windows()) {
                long[] iv = resolve(d, w);
                long s = Math.max(iv[0], bStart);
                long e = Math.min(iv[1], bEnd);
                if (s < e) {
                    raw.add(new long[] {s, e});
                }
            }
        }
        raw.sort(Comparator.comparingLong(a -> a[0]));
        long[] starts = new long[raw.size()];
        long[] ends = new long[raw.size()];
        int n = 0;
        for (long[] iv : raw) {
            if (n > 0 && iv[0] <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], iv[1]);
            } else {
                starts[n] = iv[0];
                ends[n] = iv[1];
                n++;
            }
        }
        return new YearBlock(year, bStart, bEnd, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
                work.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * The instants {@code [start, end)} of a window starting on a date, in epoch seconds.
     *
     * @param date the date the window starts on
     * @param w the window
     * @return two epoch seconds; equal when the window lies wholly inside one daylight-saving gap
     */
    long[] resolve(LocalDate date, WorkWindow w) {
        LocalDateTime ls = date.atTime(w.start());
        LocalDateTime le = w.crossesMidnight() ? date.plusDays(1).atTime(w.end()) : date.atTime(w.end());
        long s = ZonedDateTime.of(ls, zone).toEpochSecond();
        long e = ZonedDateTime.of(le, zone).toEpochSecond();
        if (rules.getValidOffsets(ls).isEmpty() && rules.getValidOffsets(le).isEmpty()) {
            ZoneOffsetTransition t = rules.getTransition(ls);
            if (t != null && t.equals(rules.getTransition(le))) {
                return new long[] {s, s};
            }
        }
        return new long[] {s, e};
    }

    /**
     * The working periods (merged windows) overlapping {@code [from, to)}, clipped to it, for
     * explanations.
     *
     * @param from the first instant
     * @param to the end, exclusive
     * @return the periods in order
     */
    public List<Interval> workingPeriods(Instant from, Instant to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        List<Interval> out = new ArrayList<>();
        if (!from.isBefore(to)) {
            return out;
        }
        YearBlock b = block(from.getEpochSecond());
        while (true) {
            for (int i = Math.max(0, b.atOrBefore(from.getEpochSecond())); i < b.n; i++) {
                Instant s = Instant.ofEpochSecond(b.starts[i]);
                Instant e = Instant.ofEpochSecond(b.ends[i]);
                if (!s.isBefore(to)) {
                    return out;
                }
                if (e.isAfter(from)) {
                    Instant cs = s.isBefore(from) ? from : s;
                    Instant ce = e.isAfter(to) ? to : e;
                    int last = out.size() - 1;
                    if (last >= 0 && out.get(last).getEnd().equals(cs)) {
                        out.set(last, Interval.of(out.get(last).getStart(), ce));
                    } else {
                        out.add(Interval.of(cs, ce));
                    }
                }
            }
            if (!Instant.ofEpochSecond(b.endSec).isBefore(to)) {
                return out;
            }
            b = block(b.endSec);
        }
    }

    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ");
        s.add(zone.getId()).add(weekly.toString());
        if (!holidays.isEmpty()) {
            s.add(holidays.size() + " own holiday" + (holidays.size() == 1 ? "" : "s"));
        }
        if (!workingDays.isEmpty()) {
            s.add(workingDays.size() + " own make-up working day" + (workingDays.size() == 1 ? "" : "s"));
        }
        if (!special.isEmpty()) {
            s.add(special.size() + " date" + (special.size() == 1 ? "" : "s") + " with special hours");
        }
        includes.forEach(h -> s.add("holidays of " + h));
        return s.toString();
    }

    /**
     * Builds a {@link BusinessCalendar}; each call adds to what is there, so a public holiday set
     * and the property's own closures compose.
     *
     * <p>Implementation requirements: not thread-safe; use one builder per thread.
     */
    public static final class Builder {
        private final ZoneId zone;
        private WeeklyHours weekly = new WeeklyHours(Map.of());
        private final Map<LocalDate, String> holidays = new HashMap<>();
        private final Set<LocalDate> workingDays = new HashSet<>();
        private final Map<LocalDate, List<WorkWindow>> special = new HashMap<>();
        private final List<HolidayData> includes = new ArrayList<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * Sets the regular weekly hours (replacing earlier ones).
         *
         * @param hours the hours
         * @return this builder
         */
        public Builder weekly(WeeklyHours hours) {
            this.weekly = Objects.requireNonNull(hours, "hours must not be null");
            return this;
        }

        /**
         * Adds a holiday or closure: no window starts on it.
         *
         * @param date the date
         * @param name what it is, e.g. {@code "office closure"}
         * @return this builder
         * @throws IllegalArgumentException when the date is also a make-up working day of this builder
         */
        public Builder holiday(LocalDate date, String name) {
            Objects.requireNonNull(date, "date must not be null");
            Objects.requireNonNull(name, "name must not be null");
            if (workingDays.contains(date)) {
                throw new IllegalArgumentException("date " + date + " cannot be both a holiday and a working day");
            }
            holidays.put(date, name);
            return this;
        }

        /**
         * Adds every date of an inclusive range as a holiday.
         *
         * @param from the first date
         * @param to the last date, not before {@code from}
         * @param name what it is
         * @return this builder
         */
        public Builder holidays(LocalDate from, LocalDate to, String name) {
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
            if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 3660) {
                throw new IllegalArgumentException("holiday range " + from + "/" + to
                        + " must not end before it starts or span more than ten years");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                holiday(d, name);
            }
            return this;
        }

        /**
         * Adds a make-up working day (调休): it gets a Monday's hours whatever its weekday.
         *
         * @param date the date
         * @return this builder
         * @throws IllegalArgumentException when the date is also a holiday of this builder
         */
        public Builder workingDay(LocalDate date) {
            Objects.requireNonNull(date, "date must not be null");
            if (holidays.containsKey(date)) {
                throw new IllegalArgumentException("date " + date + " cannot be both a holiday and a working day");
            }
            workingDays.add(date);
            return this;
        }

        /**
         * Gives a date its own windows, overriding everything else about it (an empty list closes it).
         *
         * @param date the date
         * @param windows the windows
         * @return this builder
         */
        public Builder specialHours(LocalDate date, List<WorkWindow> windows) {
            Objects.requireNonNull(date, "date must not be null");
            special.put(date, List.copyOf(windows));
            return this;
        }

        /**
         * Includes a built-in data set such as {@link HolidayData#chinaMainland()}; the calendar then
         * covers only the data's years.
         *
         * @param data the data set
         * @return this builder
         */
        public Builder include(HolidayData data) {
            Objects.requireNonNull(data, "data must not be null");
            if (!includes.contains(data)) {
                includes.add(data);
            }
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the immutable calendar
         * @throws IllegalArgumentException when included data sets share no year
         */
        public BusinessCalendar build() {
            return new BusinessCalendar(this);
        }
    }
}
