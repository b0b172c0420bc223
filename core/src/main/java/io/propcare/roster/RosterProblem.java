package io.propcare.roster;

import io.propcare.spi.InvalidInputException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A roster problem: days, shift types, staff with their limits, leave, qualifications,
 * requests, headcounts, pinned days, the previous period's tail and the rules with their
 * weights. Days are indexes {@code 0 .. days()-1} counted from {@link #firstDay()}; a weekend
 * is a Saturday and the Sunday after it (either may lie outside the horizon).
 *
 * <p>Build one with {@link #builder(String, LocalDate, int)}; {@link #toBuilder()} starts a
 * changed copy (someone falls ill, a shift is added), which is how repairs begin.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RosterProblem {
    /** A cell value meaning "day off". */
    static final int OFF = -1;
    /** A pin value meaning "not pinned". */
    static final int UNPINNED = -2;
    /** A request's shift meaning "any shift" (a wanted day off). */
    static final int ANY = -1;

    final String name;
    final LocalDate firstDay;
    final int days;
    final String[] shiftIds;
    final int[] shiftMinutes;
    final boolean[] night;
    final boolean[][] forbidden;
    final String[] staffIds;
    final int[][] maxShifts;
    final int[] maxMinutes;
    final int[] minMinutes;
    final int[] maxCons;
    final int[] minCons;
    final int[] minConsOff;
    final int[] maxWeekends;
    final boolean[][] leave;
    final boolean[][] qualified;
    final int[][] coverReq;
    final int[][] coverUnder;
    final int[][] coverOver;
    final List<Request> requests;
    final Tail[] tails;
    final int[] tailLastShift;
    final int[][] pins;
    final int[][] reference;
    final Rule[] rules;
    final boolean[] holiday;
    final int[] weekendOf;
    final int weekendCount;
    private final Map<String, Integer> shiftIndex;
    private final Map<String, Integer> staffIndex;

    /** One shift-on or shift-off request by index; {@code shift} is {@link #ANY} for a wanted day off. */
    record Request(int staff, int day, int shift, int weight, boolean on) {
    }

    private RosterProblem(Builder b) {
        name = b.name;
        firstDay = b.firstDay;
        days = b.days;
        int s = b.shifts.size();
        int e = b.staff.size();
        shiftIds = b.shifts.toArray(new String[0]);
        shiftMinutes = toInts(b.shiftMinutes);
        night = new boolean[s];
        for (int i = 0; i < s; i++) {
            night[i] = b.night.get(i);
        }
        forbidden = new boolean[s][s];
        for (int[] p : b.forbidden) {
            forbidden[p[0]][p[1]] = true;
        }
        staffIds = b.staff.toArray(new String[0]);
        maxShifts = new int[e][s];
        qualified = new boolean[e][s];
        maxMinutes = new int[e];
        minMinutes = new int[e];
        maxCons = new int[e];
        minCons = new int[e];
        minConsOff = new int[e];
        maxWeekends = new int[e];
        for (int i = 0; i < e; i++) {
            StaffLimits l = b.limits.get(i);
            maxMinutes[i] = l.maxMinutes();
            minMinutes[i] = l.minMinutes();
            maxCons[i] = l.maxConsecutiveShifts();
            minCons[i] = l.minConsecutiveShifts();
            minConsOff[i] = l.minConsecutiveDaysOff();
            maxWeekends[i] = l.maxWeekends();
            for (int j = 0; j < s; j++) {
                Integer m = b.maxShifts.get(i + ":" + j);
                maxShifts[i][j] = m == null ? Integer.MAX_VALUE : m;
                qualified[i][j] = !b.unqualified.contains(i + ":" + j);
            }
        }
        leave = new boolean[e][days];
        for (int[] p : b.leave) {
            leave[p[0]][p[1]] = true;
        }
        coverReq = new int[days][s];
        coverUnder = new int[days][s];
        coverOver = new int[days][s];
        for (int[] c : b.cover) {
            coverReq[c[0]][c[1]] = c[2];
            coverUnder[c[0]][c[1]] = c[3];
            coverOver[c[0]][c[1]] = c[4];
        }
        requests = List.copyOf(b.requests);
        tails = new Tail[e];
        tailLastShift = new int[e];
        Arrays.fill(tailLastShift, OFF);
        b.tails.forEach((i, t) -> {
            tails[i] = t;
            tailLastShift[i] = t.lastShiftId().isEmpty() ? OFF : b.shifts.indexOf(t.lastShiftId());
        });
        pins = new int[e][days];
        for (int[] row : pins) {
            Arrays.fill(row, UNPINNED);
        }
        for (int[] p : b.pins) {
            pins[p[0]][p[1]] = p[2];
        }
        if (b.reference == null) {
            reference = null;
        } else {
            reference = new int[e][days];
            for (int i = 0; i < e; i++) {
                Arrays.fill(reference[i], OFF);
                if (i < b.reference.length) {
                    System.arraycopy(b.reference[i], 0, reference[i], 0, Math.min(days, b.reference[i].length));
                }
            }
        }
        rules = new Rule[RuleKind.values().length];
        b.rules.forEach((k, r) -> rules[k.ordinal()] = r);
        holiday = new boolean[days];
        for (int d : b.holidays) {
            holiday[d] = true;
        }
        weekendOf = new int[days];
        int k = -1;
        int lastSat = Integer.MIN_VALUE;
        for (int d = 0; d < days; d++) {
            DayOfWeek dow = firstDay.plusDays(d).getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || (dow == DayOfWeek.SUNDAY && lastSat != d - 1)) {
                k++;
                weekendOf[d] = k;
                if (dow == DayOfWeek.SATURDAY) {
                    lastSat = d;
                }
            } else if (dow == DayOfWeek.SUNDAY) {
                weekendOf[d] = k;
            } else {
                weekendOf[d] = -1;
            }
        }
        weekendCount = k + 1;
        shiftIndex = index(shiftIds);
        staffIndex = index(staffIds);
    }

    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], i);
        }
        return Collections.unmodifiableMap(m);
    }

    private static int[] toInts(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    static int[][] copy(int[][] grid) {
        int[][] c = new int[grid.length][];
        for (int i = 0; i < grid.length; i++) {
            c[i] = grid[i].clone();
        }
        return c;
    }

    /**
     * Starts a problem.
     *
     * @param name the problem's name, used in reports
     * @param firstDay the date of day 0
     * @param days the number of days, 1 to 3660
     * @return a builder
     */
    public static Builder builder(String name, LocalDate firstDay, int days) {
        return new Builder(name, firstDay, days);
    }

    /**
     * A builder holding everything this problem holds, for a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, firstDay, days);
        for (int s = 0; s < shiftIds.length; s++) {
            b.shift(shiftIds[s], shiftMinutes[s], night[s]);
        }
        for (int s = 0; s < shiftIds.length; s++) {
            for (int t = 0; t < shiftIds.length; t++) {
                if (forbidden[s][t]) {
                    b.forbidSuccession(shiftIds[s], shiftIds[t]);
                }
            }
        }
        for (int e = 0; e < staffIds.length; e++) {
            b.staff(staffIds[e], new StaffLimits(maxMinutes[e], minMinutes[e], maxCons[e], minCons[e], minConsOff[e],
                    maxWeekends[e]));
            for (int s = 0; s < shiftIds.length; s++) {
                if (maxShifts[e][s] != Integer.MAX_VALUE) {
                    b.maxShifts(staffIds[e], shiftIds[s], maxShifts[e][s]);
                }
                if (!qualified[e][s]) {
                    b.unqualified(staffIds[e], shiftIds[s]);
                }
            }
            for (int d = 0; d < days; d++) {
                if (leave[e][d]) {
                    b.leave(staffIds[e], d);
                }
                if (pins[e][d] != UNPINNED) {
                    b.pin(staffIds[e], d, pins[e][d] == OFF ? null : shiftIds[pins[e][d]]);
                }
            }
            if (tails[e] != null) {
                b.tail(staffIds[e], tails[e]);
            }
        }
        for (Request r : requests) {
            b.request(staffIds[r.staff()], r.day(), r.shift() == ANY ? null : shiftIds[r.shift()], r.weight(), r.on());
        }
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < shiftIds.length; s++) {
                if (coverReq[d][s] != 0 || coverUnder[d][s] != 0 || coverOver[d][s] != 0) {
                    b.cover(d, shiftIds[s], coverReq[d][s], coverUnder[d][s], coverOver[d][s]);
                }
            }
            if (holiday[d]) {
                b.holiday(d);
            }
        }
        for (Rule r : rules) {
            if (r != null) {
                b.rule(r);
            }
        }
        if (reference != null) {
            b.reference = copy(reference);
        }
        return b;
    }

    /**
     * The problem's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The date of day 0.
     *
     * @return the first day
     */
    public LocalDate firstDay() {
        return firstDay;
    }

    /**
     * The number of days.
     *
     * @return at least 1
     */
    public int days() {
        return days;
    }

    /**
     * The date of a day index.
     *
     * @param day the index
     * @return the date
     */
    public LocalDate date(int day) {
        return firstDay.plusDays(day);
    }

    /**
     * The shift ids in order.
     *
     * @return the ids, unmodifiable
     */
    public List<String> shiftIds() {
        return List.of(shiftIds);
    }

    /**
     * The staff ids in order.
     *
     * @return the ids, unmodifiable
     */
    public List<String> staffIds() {
        return List.of(staffIds);
    }

    /**
     * The length of a shift.
     *
     * @param shiftId the shift
     * @return its minutes
     * @throws IllegalArgumentException if the shift is unknown
     */
    public int shiftMinutes(String shiftId) {
        return shiftMinutes[shiftIndexOf(shiftId)];
    }

    /**
     * The rules in force, in {@link RuleKind} order.
     *
     * @return the rules, unmodifiable
     */
    public List<Rule> rules() {
        List<Rule> list = new ArrayList<>();
        for (Rule r : rules) {
            if (r != null) {
                list.add(r);
            }
        }
        return List.copyOf(list);
    }

    /**
     * The rule of a kind, if in force.
     *
     * @param kind the kind
     * @return the rule, or empty
     */
    public Optional<Rule> rule(RuleKind kind) {
        return Optional.ofNullable(rules[Objects.requireNonNull(kind, "kind must not be null").ordinal()]);
    }

    /**
     * The reference roster that repair tries to keep, if any.
     *
     * @return the reference, or empty
     */
    public Optional<Schedule> reference() {
        return reference == null ? Optional.empty() : Optional.of(new Schedule(this, reference));
    }

    /**
     * Whether a shift type counts as a night shift (for night fairness).
     *
     * @param shiftId the shift type
     * @return true for a night shift
     * @throws IllegalArgumentException if the shift is unknown
     */
    public boolean isNight(String shiftId) {
        return night[shiftIndexOf(shiftId)];
    }

    /**
     * Whether working {@code next} on the day after {@code first} is a forbidden succession.
     *
     * @param first the shift type of one day
     * @param next the shift type of the next day
     * @return true if forbidden
     * @throws IllegalArgumentException if a shift is unknown
     */
    public boolean isForbiddenSuccession(String first, String next) {
        return forbidden[shiftIndexOf(first)][shiftIndexOf(next)];
    }

    /**
     * A person's contract limits.
     *
     * @param staffId the person
     * @return the limits
     * @throws IllegalArgumentException if the person is unknown
     */
    public StaffLimits limits(String staffId) {
        int e = staffIndexOf(staffId);
        return new StaffLimits(maxMinutes[e], minMinutes[e], maxCons[e], minCons[e], minConsOff[e], maxWeekends[e]);
    }

    /**
     * The most shifts of one type a person may work over the horizon.
     *
     * @param staffId the person
     * @param shiftId the shift type
     * @return the limit, or empty when there is none
     * @throws IllegalArgumentException if the person or the shift is unknown
     */
    public OptionalInt maxShifts(String staffId, String shiftId) {
        int m = maxShifts[staffIndexOf(staffId)][shiftIndexOf(shiftId)];
        return m == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(m);
    }

    /**
     * Whether a person holds the qualification a shift type needs.
     *
     * @param staffId the person
     * @param shiftId the shift type
     * @return true if qualified
     * @throws IllegalArgumentException if the person or the shift is unknown
     */
    public boolean isQualified(String staffId, String shiftId) {
        return qualified[staffIndexOf(staffId)][shiftIndexOf(shiftId)];
    }

    /**
     * Whether a person is on approved leave on a day.
     *
     * @param staffId the person
     * @param day the day index, 0 to {@code days() - 1}
     * @return true on leave
     * @throws IllegalArgumentException if the person or the day is unknown
     */
    public boolean isOnLeave(String staffId, int day) {
        return leave[staffIndexOf(staffId)][dayIndex(day)];
    }

    /**
     * The cover a shift type needs on a day, with the weights of each person short or over.
     *
     * @param day the day index
     * @param shiftId the shift type
     * @return the cover
     * @throws IllegalArgumentException if the day or the shift is unknown
     */
    public Cover cover(int day, String shiftId) {
        int d = dayIndex(day);
        int s = shiftIndexOf(shiftId);
        return new Cover(coverReq[d][s], coverUnder[d][s], coverOver[d][s]);
    }

    /**
     * The shift-on and shift-off requests (preferences), in the order they were added.
     *
     * @return the requests
     */
    public List<ShiftRequest> requests() {
        List<ShiftRequest> out = new ArrayList<>(requests.size());
        for (Request r : requests) {
            out.add(new ShiftRequest(staffIds[r.staff()], r.day(),
                    r.shift() == ANY ? Optional.empty() : Optional.of(shiftIds[r.shift()]), r.weight(), r.on()));
        }
        return List.copyOf(out);
    }

    /**
     * The pinned (fixed) assignments, by person then day.
     *
     * @return the pins
     */
    public List<Pin> pins() {
        List<Pin> out = new ArrayList<>();
        for (int e = 0; e < staffIds.length; e++) {
            for (int d = 0; d < days; d++) {
                int v = pins[e][d];
                if (v != UNPINNED) {
                    out.add(new Pin(staffIds[e], d, v == OFF ? Optional.empty() : Optional.of(shiftIds[v])));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The end of a person's previous period, if given.
     *
     * @param staffId the person
     * @return the tail, or empty
     * @throws IllegalArgumentException if the person is unknown
     */
    public Optional<Tail> tail(String staffId) {
        return Optional.ofNullable(tails[staffIndexOf(staffId)]);
    }

    /**
     * Whether a day is a public holiday (for holiday fairness).
     *
     * @param day the day index
     * @return true on a holiday
     * @throws IllegalArgumentException if the day is unknown
     */
    public boolean isHoliday(int day) {
        return holiday[dayIndex(day)];
    }

    /**
     * The weekend a day belongs to, numbered from 0 in date order (a Saturday and the Sunday
     * after it are one weekend; a lone Sunday at the start is a weekend of its own).
     *
     * @param day the day index
     * @return the weekend's number, or empty on a weekday
     * @throws IllegalArgumentException if the day is unknown
     */
    public OptionalInt weekendOf(int day) {
        int w = weekendOf[dayIndex(day)];
        return w < 0 ? OptionalInt.empty() : OptionalInt.of(w);
    }

    /**
     * How many weekends the horizon touches.
     *
     * @return the count
     */
    public int weekendCount() {
        return weekendCount;
    }

    /**
     * The cover of one shift type on one day.
     *
     * @param requirement how many people it needs
     * @param underWeight the cost of each person short
     * @param overWeight the cost of each person over
     */
    public record Cover(int requirement, int underWeight, int overWeight) {
    }

    /**
     * A shift-on or shift-off request.
     *
     * @param staffId the person
     * @param day the day index
     * @param shiftId the shift type, or empty for "any shift" (with {@code on} false: a wanted day off)
     * @param weight the cost when the request is not granted
     * @param on true for "wants to work it", false for "wants not to"
     */
    public record ShiftRequest(String staffId, int day, Optional<String> shiftId, int weight, boolean on) {
        /** Checks the fields. */
        public ShiftRequest {
            Objects.requireNonNull(staffId, "staffId must not be null");
            Objects.requireNonNull(shiftId, "shiftId must not be null");
        }
    }

    /**
     * A pinned assignment.
     *
     * @param staffId the person
     * @param day the day index
     * @param shiftId the shift type, or empty for a pinned day off
     */
    public record Pin(String staffId, int day, Optional<String> shiftId) {
        /** Checks the fields. */
        public Pin {
            Objects.requireNonNull(staffId, "staffId must not be null");
            Objects.requireNonNull(shiftId, "shiftId must not be null");
        }
    }

    private int dayIndex(int day) {
        if (day < 0 || day >= days) {
            throw new IllegalArgumentException("day " + day + " is outside the horizon; expected 0 to " + (days - 1));
        }
        return day;
    }

    int shiftIndexOf(String id) {
        Integer i = shiftIndex.get(Objects.requireNonNull(id, "shiftId must not be null"));
        if (i == null) {
            throw new IllegalArgumentException("unknown shift '" + id + "'; expected one of " + Arrays.toString(shiftIds));
        }
        return i;
    }

    int staffIndexOf(String id) {
        Integer i = staffIndex.get(Objects.requireNonNull(id, "staffId must not be null"));
        if (i == null) {
            throw new IllegalArgumentException("unknown staff member '" + id + "'");
        }
        return i;
    }

    Optional<Integer> findStaff(String id) {
        return Optional.ofNullable(staffIndex.get(id));
    }

    Optional<Integer> findShift(String id) {
        return Optional.ofNullable(shiftIndex.get(id));
    }

    boolean active(RuleKind k) {
        Rule r = rules[k.ordinal()];
        return r != null && r.weight() > 0;
    }

    int staffCount() {
        return staffIds.length;
    }

    int shiftCount() {
        return shiftIds.length;
    }

    /** Whether a person may be given a shift at all: qualified and a limit above zero. */
    boolean allowed(int e, int s) {
        return (qualified[e][s] || !active(RuleKind.QUALIFICATION))
                && (maxShifts[e][s] > 0 || !active(RuleKind.MAX_SHIFTS_PER_TYPE));
    }

    /** The fair share of one fairness rule: {lo, hi}, or null when no one is eligible. */
    int[] fairShare(RuleKind kind) {
        long demand = 0;
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < shiftIds.length; s++) {
                if (counts(kind, d, s)) {
                    demand += coverReq[d][s];
                }
            }
        }
        int eligible = 0;
        for (int e = 0; e < staffIds.length; e++) {
            if (eligibleFor(kind, e)) {
                eligible++;
            }
        }
        if (eligible == 0) {
            return null;
        }
        return new int[] {(int) (demand / eligible), (int) ((demand + eligible - 1) / eligible)};
    }

    /** Whether a shift on a day counts towards a fairness rule. */
    boolean counts(RuleKind kind, int d, int s) {
        switch (kind) {
            case FAIRNESS_NIGHTS:
                return night[s];
            case FAIRNESS_WEEKENDS:
                return weekendOf[d] >= 0;
            case FAIRNESS_HOLIDAYS:
                return holiday[d];
            default:
                return false;
        }
    }

    /** Whether a person takes part in a fairness rule: allowed at least one counting shift. */
    boolean eligibleFor(RuleKind kind, int e) {
        for (int s = 0; s < shiftIds.length; s++) {
            if (allowed(e, s) && (kind != RuleKind.FAIRNESS_NIGHTS || night[s])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "RosterProblem[" + name + ", " + days + " days from " + firstDay + ", " + shiftIds.length + " shifts, "
                + staffIds.length + " staff, " + requests.size() + " requests]";
    }

    /**
     * Collects a problem; {@link #build()} checks everything at once.
     *
     * <p>Implementation requirements: not thread-safe; use one builder from one thread.
     */
    public static final class Builder {
        private final String name;
        private final LocalDate firstDay;
        private final int days;
        private final List<String> shifts = new ArrayList<>();
        private final List<Integer> shiftMinutes = new ArrayList<>();
        private final List<Boolean> night = new ArrayList<>();
        private final List<int[]> forbidden = new ArrayList<>();
        private final List<String> staff = new ArrayList<>();
        private final List<StaffLimits> limits = new ArrayList<>();
        private final Map<String, Integer> maxShifts = new HashMap<>();
        private final java.util.Set<String> unqualified = new java.util.HashSet<>();
        private final List<int[]> leave = new ArrayList<>();
        private final List<int[]> cover = new ArrayList<>();
        private final List<Request> requests = new ArrayList<>();
        private final Map<Integer, Tail> tails = new HashMap<>();
        private final List<int[]> pins = new ArrayList<>();
        private final List<Integer> holidays = new ArrayList<>();
        private final EnumMap<RuleKind, Rule> rules = new EnumMap<>(RuleKind.class);
        private final List<Violation> problems = new ArrayList<>();
        private int[][] reference;

        Builder(String name, LocalDate firstDay, int days) {
            this.name = Objects.requireNonNull(name, "name must not be null");
            this.firstDay = Objects.requireNonNull(firstDay, "firstDay must not be null");
            if (days < 1 || days > 3660) {
                throw new IllegalArgumentException("days must be 1 to 3660, got " + days);
            }
            this.days = days;
        }

        private void problem(String path, Object value, String message) {
            problems.add(Violation.of(path, value, SpiErrorCode.INVALID_INPUT, message));
        }

        private int shiftOf(String path, String id) {
            int i = shifts.indexOf(id);
            if (i < 0) {
                problem(path, id, "expected a known shift id " + shifts);
            }
            return i;
        }

        private int staffOf(String path, String id) {
            int i = staff.indexOf(id);
            if (i < 0) {
                problem(path, id, "expected a known staff id");
            }
            return i;
        }

        private boolean dayOk(String path, int day) {
            if (day < 0 || day >= days) {
                problem(path, day, "expected a day index from 0 to " + (days - 1));
                return false;
            }
            return true;
        }

        /**
         * Adds a shift type.
         *
         * @param id its id, unique
         * @param minutes its length, 1 to 1440
         * @param isNight whether it counts as a night for fairness
         * @return this builder
         */
        public Builder shift(String id, int minutes, boolean isNight) {
            Objects.requireNonNull(id, "id must not be null");
            if (shifts.contains(id)) {
                problem("shifts", id, "expected each shift id once");
            }
            if (minutes < 1 || minutes > 1440) {
                problem("shifts." + id + ".minutes", minutes, "expected 1 to 1440");
            }
            shifts.add(id);
            shiftMinutes.add(minutes);
            night.add(isNight);
            return this;
        }

        /**
         * Forbids a shift on the day after another.
         *
         * @param first the earlier day's shift
         * @param next the shift that may not follow it
         * @return this builder
         */
        public Builder forbidSuccession(String first, String next) {
            int a = shiftOf("forbidden.first", first);
            int b = shiftOf("forbidden.next", next);
            if (a >= 0 && b >= 0) {
                forbidden.add(new int[] {a, b});
            }
            return this;
        }

        /**
         * Adds a staff member.
         *
         * @param id the id, unique
         * @param staffLimits the contract limits
         * @return this builder
         */
        public Builder staff(String id, StaffLimits staffLimits) {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(staffLimits, "staffLimits must not be null");
            if (staff.contains(id)) {
                problem("staff", id, "expected each staff id once");
            }
            if (staffLimits.minMinutes() > staffLimits.maxMinutes()) {
                problem("staff." + id + ".minMinutes", staffLimits.minMinutes(),
                        "expected at most maxMinutes " + staffLimits.maxMinutes());
            }
            staff.add(id);
            limits.add(staffLimits);
            return this;
        }

        /**
         * Limits how many shifts of a type a person works (0: never).
         *
         * @param staffId the person
         * @param shiftId the shift
         * @param limit the most, 0 or more
         * @return this builder
         */
        public Builder maxShifts(String staffId, String shiftId, int limit) {
            int e = staffOf("maxShifts.staff", staffId);
            int s = shiftOf("maxShifts.shift", shiftId);
            if (limit < 0) {
                problem("maxShifts." + staffId + "." + shiftId, limit, "expected 0 or more");
            }
            if (e >= 0 && s >= 0) {
                maxShifts.put(e + ":" + s, limit);
            }
            return this;
        }

        /**
         * Marks a person as lacking the qualification a shift's post needs.
         *
         * @param staffId the person
         * @param shiftId the shift
         * @return this builder
         */
        public Builder unqualified(String staffId, String shiftId) {
            int e = staffOf("qualification.staff", staffId);
            int s = shiftOf("qualification.shift", shiftId);
            if (e >= 0 && s >= 0) {
                unqualified.add(e + ":" + s);
            }
            return this;
        }

        /**
         * Records approved leave or a fixed day off.
         *
         * @param staffId the person
         * @param day the day index
         * @return this builder
         */
        public Builder leave(String staffId, int day) {
            int e = staffOf("leave.staff", staffId);
            if (dayOk("leave.day", day) && e >= 0) {
                leave.add(new int[] {e, day});
            }
            return this;
        }

        /**
         * Records a wish to work a shift (on) or not to work it (off).
         *
         * @param staffId the person
         * @param day the day index
         * @param shiftId the shift, or null for "any shift" (only for off: a wanted day off)
         * @param weight the cost when not granted, 0 or more
         * @param on true for a shift-on request
         * @return this builder
         */
        public Builder request(String staffId, int day, String shiftId, int weight, boolean on) {
            int e = staffOf("requests.staff", staffId);
            int s = shiftId == null ? ANY : shiftOf("requests.shift", shiftId);
            if (shiftId == null && on) {
                problem("requests.shift", "null", "expected a shift for a shift-on request");
            }
            if (weight < 0) {
                problem("requests.weight", weight, "expected 0 or more");
            }
            if (dayOk("requests.day", day) && e >= 0 && (s >= 0 || shiftId == null)) {
                requests.add(new Request(e, day, s, weight, on));
            }
            return this;
        }

        /**
         * Sets the headcount of a shift on a day and the price of missing or extra people.
         *
         * @param day the day index
         * @param shiftId the shift
         * @param requirement people needed, 0 or more
         * @param underWeight cost per missing person
         * @param overWeight cost per extra person
         * @return this builder
         */
        public Builder cover(int day, String shiftId, int requirement, int underWeight, int overWeight) {
            int s = shiftOf("cover.shift", shiftId);
            if (requirement < 0 || underWeight < 0 || overWeight < 0) {
                problem("cover." + day + "." + shiftId, requirement + "," + underWeight + "," + overWeight,
                        "expected numbers 0 or more");
            }
            if (dayOk("cover.day", day) && s >= 0) {
                cover.add(new int[] {day, s, requirement, underWeight, overWeight});
            }
            return this;
        }

        /**
         * Fixes a person's day: the solver keeps it.
         *
         * @param staffId the person
         * @param day the day index
         * @param shiftId the shift, or null for a fixed day off
         * @return this builder
         */
        public Builder pin(String staffId, int day, String shiftId) {
            int e = staffOf("pins.staff", staffId);
            int s = shiftId == null ? OFF : shiftOf("pins.shift", shiftId);
            if (dayOk("pins.day", day) && e >= 0 && (s >= 0 || shiftId == null)) {
                pins.add(new int[] {e, day, s});
            }
            return this;
        }

        /**
         * Records how a person's previous period ended.
         *
         * @param staffId the person
         * @param tail the tail
         * @return this builder
         */
        public Builder tail(String staffId, Tail tail) {
            Objects.requireNonNull(tail, "tail must not be null");
            int e = staffOf("tails.staff", staffId);
            if (!tail.lastShiftId().isEmpty()) {
                shiftOf("tails.lastShiftId", tail.lastShiftId());
            }
            if (e >= 0) {
                tails.put(e, tail);
            }
            return this;
        }

        /**
         * Marks a day as a public holiday (for holiday fairness).
         *
         * @param day the day index
         * @return this builder
         */
        public Builder holiday(int day) {
            if (dayOk("holidays", day)) {
                holidays.add(day);
            }
            return this;
        }

        /**
         * Puts a rule in force, replacing any rule of the same kind.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder rule(Rule rule) {
            Objects.requireNonNull(rule, "rule must not be null");
            rules.put(rule.kind(), rule);
            return this;
        }

        /**
         * Removes the rule of a kind.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder withoutRule(RuleKind kind) {
            rules.remove(Objects.requireNonNull(kind, "kind must not be null"));
            return this;
        }

        /**
         * Sets the roster a repair should change as little as possible (used with a
         * {@link RuleKind#CHANGE} rule). Rows are matched to staff by id; staff missing from
         * it get all days off.
         *
         * @param previous the previous roster
         * @return this builder
         */
        public Builder reference(Schedule previous) {
            Objects.requireNonNull(previous, "previous must not be null");
            int[][] grid = new int[staff.size()][days];
            for (int e = 0; e < staff.size(); e++) {
                Arrays.fill(grid[e], OFF);
                for (int d = 0; d < days; d++) {
                    Optional<String> cell = previous.problem().findStaff(staff.get(e)).isPresent()
                            && d < previous.problem().days()
                            ? previous.shiftAt(staff.get(e), d) : Optional.empty();
                    if (cell.isPresent() && shifts.contains(cell.get())) {
                        grid[e][d] = shifts.indexOf(cell.get());
                    }
                }
            }
            reference = grid;
            return this;
        }

        /**
         * Checks everything and builds the problem.
         *
         * @return the problem
         * @throws InvalidInputException listing every problem found
         */
        public RosterProblem build() {
            List<Violation> all = new ArrayList<>(problems);
            if (shifts.isEmpty()) {
                all.add(Violation.of("shifts", "[]", SpiErrorCode.INVALID_INPUT, "expected at least one shift"));
            }
            if (staff.isEmpty()) {
                all.add(Violation.of("staff", "[]", SpiErrorCode.INVALID_INPUT, "expected at least one staff member"));
            }
            if (!all.isEmpty()) {
                throw new InvalidInputException(all);
            }
            return new RosterProblem(this);
        }
    }
}
