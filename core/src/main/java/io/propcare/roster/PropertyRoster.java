package io.propcare.roster;

import io.propcare.complaint.OnDutyLookup;
import io.propcare.config.ConfigReader;
import io.propcare.escalation.HolidayData;
import io.propcare.model.PersonName;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Post;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.model.roster.RosterStatus;
import io.propcare.model.roster.ShiftType;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.Violation;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * A property's monthly roster problem: posts with timed shifts and headcounts by day type,
 * staff, leave, wishes and the previous month's tail, mapped onto a {@link RosterProblem}; plus
 * the conversions a property needs: to and from the stored {@link Roster}, who is on duty at an
 * instant (also as a duty router's {@link OnDutyLookup}), and the monthly {@link DutyTable}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PropertyRoster {
    private static final int DEFAULT_MIN_REST = 660;
    private static final int DEFAULT_MAX_CONSECUTIVE = 6;
    private static final int COVER_UNDER_WEIGHT = 100;

    private final PropertyRosterSpec spec;
    private final ZoneId zone;
    private final RosterProblem problem;
    private final Map<String, ShiftType> shifts;
    private final List<Post> posts;
    private final Map<String, PersonName> names;

    private PropertyRoster(PropertyRosterSpec spec, ZoneId zone, RosterProblem problem, Map<String, ShiftType> shifts,
            List<Post> posts, Map<String, PersonName> names) {
        this.spec = spec;
        this.zone = zone;
        this.problem = problem;
        this.shifts = shifts;
        this.posts = posts;
        this.names = names;
    }

    /**
     * The default rules of a property roster (see {@link PropertyRosterSpec}).
     *
     * @return the rules
     */
    public static List<Rule> defaultRules() {
        List<Rule> rules = new ArrayList<>();
        for (RuleKind k : new RuleKind[] {RuleKind.COVER_UNDER, RuleKind.LEAVE, RuleKind.QUALIFICATION,
                RuleKind.FORBIDDEN_SUCCESSION, RuleKind.MAX_CONSECUTIVE_SHIFTS, RuleKind.MIN_CONSECUTIVE_DAYS_OFF,
                RuleKind.MAX_WEEKENDS, RuleKind.MAX_TOTAL_MINUTES}) {
            rules.add(Rule.hard(k));
        }
        rules.add(Rule.soft(RuleKind.COVER_OVER, 1));
        rules.add(Rule.soft(RuleKind.SHIFT_ON_REQUEST, 1));
        rules.add(Rule.soft(RuleKind.SHIFT_OFF_REQUEST, 1));
        rules.add(Rule.soft(RuleKind.MIN_TOTAL_MINUTES, 1));
        rules.add(Rule.soft(RuleKind.MIN_CONSECUTIVE_SHIFTS, 5));
        rules.add(Rule.soft(RuleKind.FAIRNESS_NIGHTS, 20));
        rules.add(Rule.soft(RuleKind.FAIRNESS_WEEKENDS, 20));
        rules.add(Rule.soft(RuleKind.FAIRNESS_HOLIDAYS, 20));
        return List.copyOf(rules);
    }

    /**
     * Reads a property roster problem from a JSON file.
     *
     * @param file the file
     * @return the problem
     * @throws io.propcare.config.ConfigurationException when the JSON does not fit
     * @throws InvalidInputException listing every inconsistent value
     */
    public static PropertyRoster read(Path file) {
        return of(ConfigReader.read(Objects.requireNonNull(file, "file must not be null"), PropertyRosterSpec.class));
    }

    /**
     * Reads a property roster problem from JSON text.
     *
     * @param in the JSON
     * @param source a name for messages, such as the file name
     * @return the problem
     * @throws io.propcare.config.ConfigurationException when the JSON does not fit
     * @throws InvalidInputException listing every inconsistent value
     */
    public static PropertyRoster read(java.io.InputStream in, String source) {
        return of(ConfigReader.read(Objects.requireNonNull(in, "in must not be null"), source, PropertyRosterSpec.class));
    }

    /**
     * The built-in example: a month of front desk, duty phone, fire-control center and morning
     * greeting at an apartment, twelve people.
     *
     * @return the example problem
     */
    public static PropertyRoster sample() {
        try (java.io.InputStream in = PropertyRoster.class.getResourceAsStream("sample-property-roster.json")) {
            if (in == null) {
                throw new IllegalStateException("sample-property-roster.json is missing from the jar");
            }
            return read(in, "sample-property-roster.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Builds the problem from its description.
     *
     * @param spec the description
     * @return the problem
     * @throws InvalidInputException listing every inconsistent value (unknown shifts, bad dates and times, ...)
     */
    public static PropertyRoster of(PropertyRosterSpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        List<Violation> bad = new ArrayList<>();
        YearMonth month = parse(bad, "month", spec.month(), YearMonth::parse, "a month such as 2026-12");
        ZoneId zone = parse(bad, "zone", spec.zone(), ZoneId::of, "a time zone such as Asia/Shanghai");
        if (spec.posts() == null || spec.posts().isEmpty()) {
            bad.add(violation("posts", "[]", "expected at least one post"));
        }
        if (spec.staff() == null || spec.staff().isEmpty()) {
            bad.add(violation("staff", "[]", "expected at least one staff member"));
        }
        if (month == null || zone == null || !bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        LocalDate first = month.atDay(1);
        int days = month.lengthOfMonth();
        RosterProblem.Builder b = RosterProblem.builder(spec.name() == null ? "roster-" + month : spec.name(), first, days);
        Set<Integer> holidays = new HashSet<>();
        for (String h : orEmpty(spec.holidays())) {
            LocalDate d = parse(bad, "holidays", h, LocalDate::parse, "a date such as 2026-12-25");
            if (d != null && d.getMonth() == month.getMonth() && d.getYear() == month.getYear()) {
                holidays.add(d.getDayOfMonth() - 1);
            }
        }
        Set<Integer> makeUpDays = new HashSet<>();
        if (spec.calendar() != null) {
            applyCalendar(bad, spec.calendar(), month, holidays, makeUpDays);
        }
        holidays.stream().sorted().forEach(b::holiday);
        Map<String, ShiftType> shifts = new LinkedHashMap<>();
        Map<String, PropertyRosterSpec.PostSpec> postOf = new HashMap<>();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < orEmpty(spec.posts()).size(); i++) {
            PropertyRosterSpec.PostSpec post = spec.posts().get(i);
            String path = "posts[" + i + "]";
            if (post.id() == null || post.shifts() == null || post.shifts().isEmpty()) {
                bad.add(violation(path, post.id(), "expected an id and at least one shift"));
                continue;
            }
            posts.add(Post.of(post.id(), post.name() == null ? post.id() : post.name(), Set.copyOf(orEmpty(post.qualifications()))));
            for (int j = 0; j < post.shifts().size(); j++) {
                PropertyRosterSpec.ShiftSpec s = post.shifts().get(j);
                String sp = path + ".shifts[" + j + "]";
                LocalTime start = parse(bad, sp + ".start", s.start(), LocalTime::parse, "a time such as 08:30");
                LocalTime end = parse(bad, sp + ".end", s.end(), LocalTime::parse, "a time such as 17:30");
                if (s.id() == null || shifts.containsKey(s.id())) {
                    bad.add(violation(sp + ".id", s.id(), "expected a shift code unique over all posts"));
                    continue;
                }
                if (start == null || end == null) {
                    continue;
                }
                ShiftType type = ShiftType.of(s.id(), post.id(), start, end);
                shifts.put(s.id(), type);
                postOf.put(s.id(), post);
                b.shift(s.id(), (int) type.duration().toMinutes(), s.night() == null ? type.crossesMidnight() : s.night());
                int weekend = s.weekend() == null ? s.weekday() : s.weekend();
                int holiday = s.holiday() == null ? weekend : s.holiday();
                for (int d = 0; d < days; d++) {
                    DayOfWeek dow = first.plusDays(d).getDayOfWeek();
                    boolean weekendDay = (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) && !makeUpDays.contains(d);
                    int need = holidays.contains(d) ? holiday : weekendDay ? weekend : s.weekday();
                    b.cover(d, s.id(), need, COVER_UNDER_WEIGHT, 1);
                }
            }
        }
        int minRest = spec.minRestMinutes() == null ? DEFAULT_MIN_REST : spec.minRestMinutes();
        for (ShiftType a : shifts.values()) {
            for (ShiftType c : shifts.values()) {
                LocalDate day = first;
                long rest = Duration.between(a.endOn(day), c.startOn(day.plusDays(1))).toMinutes();
                if (rest < minRest) {
                    b.forbidSuccession(a.id(), c.id());
                }
            }
        }
        Map<String, PersonName> names = new LinkedHashMap<>();
        for (int i = 0; i < orEmpty(spec.staff()).size(); i++) {
            PropertyRosterSpec.StaffSpec st = spec.staff().get(i);
            String path = "staff[" + i + "]";
            if (st.id() == null || st.name() == null || st.name().isBlank()) {
                bad.add(violation(path, st.id(), "expected an id and a name"));
                continue;
            }
            names.put(st.id(), PersonName.of(st.name()));
            b.staff(st.id(), new StaffLimits(st.maxMinutes() == null ? Integer.MAX_VALUE : st.maxMinutes(),
                    st.minMinutes() == null ? 0 : st.minMinutes(),
                    st.maxConsecutive() == null ? DEFAULT_MAX_CONSECUTIVE : st.maxConsecutive(),
                    st.minConsecutive() == null ? 1 : st.minConsecutive(), st.minDaysOff() == null ? 1 : st.minDaysOff(),
                    st.maxWeekends() == null ? Integer.MAX_VALUE : st.maxWeekends()));
            Set<String> held = Set.copyOf(orEmpty(st.qualifications()));
            for (Map.Entry<String, PropertyRosterSpec.PostSpec> e : postOf.entrySet()) {
                PropertyRosterSpec.PostSpec post = e.getValue();
                boolean ok = held.containsAll(orEmpty(post.qualifications()))
                        && (post.onlyStaff() == null || post.onlyStaff().contains(st.id()));
                if (!ok) {
                    b.unqualified(st.id(), e.getKey());
                }
            }
            for (String l : orEmpty(st.leave())) {
                LocalDate d = parse(bad, path + ".leave", l, LocalDate::parse, "a date such as 2026-12-03");
                if (d != null && inMonth(month, d)) {
                    b.leave(st.id(), d.getDayOfMonth() - 1);
                }
            }
            for (PropertyRosterSpec.RequestSpec r : orEmpty(st.requests())) {
                LocalDate d = parse(bad, path + ".requests.date", r.date(), LocalDate::parse, "a date such as 2026-12-03");
                if (d != null && inMonth(month, d)) {
                    b.request(st.id(), d.getDayOfMonth() - 1, r.shift(), r.weight(), r.on());
                }
            }
            if (st.tail() != null) {
                try {
                    b.tail(st.id(), new Tail(st.tail().workedDays(), st.tail().daysOff(),
                            st.tail().lastShift() == null ? "" : st.tail().lastShift()));
                } catch (IllegalArgumentException ex) {
                    bad.add(violation(path + ".tail", st.tail(), ex.getMessage()));
                }
            }
        }
        for (Rule r : defaultRules()) {
            b.rule(r);
        }
        for (PropertyRosterSpec.RuleSpec r : orEmpty(spec.rules())) {
            try {
                b.rule(new Rule(RuleKind.ofId(r.id()), r.hard(), r.weight()));
            } catch (IllegalArgumentException ex) {
                bad.add(violation("rules", r.id(), ex.getMessage()));
            }
        }
        for (PropertyRosterSpec.PinSpec pin : orEmpty(spec.pins())) {
            LocalDate d = parse(bad, "pins.date", pin.date(), LocalDate::parse, "a date such as 2026-12-03");
            if (d != null && inMonth(month, d)) {
                b.pin(pin.staff(), d.getDayOfMonth() - 1, pin.shift());
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return new PropertyRoster(spec, zone, b.build(), Map.copyOf(shifts), List.copyOf(posts), Map.copyOf(names));
    }

    /**
     * Adds the month's public holidays and make-up working days from a built-in data set, or a
     * violation naming {@code calendar} when the set is unknown or does not cover the month.
     */
    private static void applyCalendar(List<Violation> bad, String id, YearMonth month, Set<Integer> holidays,
            Set<Integer> makeUpDays) {
        Optional<HolidayData> data = HolidayData.builtIn(id);
        if (data.isEmpty()) {
            bad.add(violation("calendar", id, "expected a built-in holiday data set: cn"));
            return;
        }
        if (!data.get().covers(month.getYear())) {
            bad.add(violation("calendar", id, "the " + id + " data covers " + data.get().firstYear() + "-"
                    + data.get().lastYear() + " only, not " + month + "; list the month's holidays explicitly"));
            return;
        }
        for (int d = 0; d < month.lengthOfMonth(); d++) {
            int day = d;
            data.get().find(month.atDay(d + 1)).ifPresent(entry -> {
                if (entry.offDay()) {
                    holidays.add(day);
                } else {
                    makeUpDays.add(day);
                }
            });
        }
    }

    private static boolean inMonth(YearMonth m, LocalDate d) {
        return YearMonth.from(d).equals(m);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Violation violation(String path, Object value, String message) {
        return Violation.of(path, String.valueOf(value), SpiErrorCode.INVALID_INPUT, message);
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(List<Violation> bad, String path, String text, Parser<T> parser, String expected) {
        if (text == null) {
            bad.add(violation(path, "null", "expected " + expected));
            return null;
        }
        try {
            return parser.parse(text.strip());
        } catch (DateTimeException ex) {
            bad.add(violation(path, text, "expected " + expected));
            return null;
        }
    }

    /**
     * The roster problem to solve or check.
     *
     * @return the problem
     */
    public RosterProblem problem() {
        return problem;
    }

    /**
     * The property's time zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The posts as stored values.
     *
     * @return the posts in description order
     */
    public List<Post> posts() {
        return posts;
    }

    /**
     * The shifts as stored values.
     *
     * @return shift code to shift, unmodifiable
     */
    public Map<String, ShiftType> shiftTypes() {
        return shifts;
    }

    /**
     * A staff member's name.
     *
     * @param staffId the id
     * @return the name (masked in {@code toString})
     * @throws IllegalArgumentException if the id is unknown
     */
    public PersonName name(String staffId) {
        PersonName n = names.get(Objects.requireNonNull(staffId, "staffId must not be null"));
        if (n == null) {
            throw new IllegalArgumentException("unknown staff member '" + staffId + "'");
        }
        return n;
    }

    /**
     * The roster as the stored value: a draft, version 0.
     *
     * @param schedule a roster of {@link #problem()}
     * @param propertyId the property
     * @param rosterId the roster id
     * @return the stored form
     */
    public Roster toRoster(Schedule schedule, PropertyId propertyId, RosterId rosterId) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        List<Assignment> list = new ArrayList<>();
        for (int e = 0; e < problem.staffCount(); e++) {
            for (int d = 0; d < problem.days; d++) {
                int v = schedule.cell(e, d);
                if (v >= 0) {
                    list.add(new Assignment(StaffId.of(problem.staffIds[e]), problem.date(d), problem.shiftIds[v],
                            problem.pins[e][d] != RosterProblem.UNPINNED));
                }
            }
        }
        return new Roster(propertyId, rosterId,
                LocalDateRange.of(problem.firstDay, problem.firstDay.plusDays(problem.days)), RosterStatus.DRAFT, 0, list);
    }

    /**
     * Checks a stored roster (ours or hand-made): every rule of the problem, plus
     * {@link RuleKind#ONE_SHIFT_PER_DAY} for people given more than one shift on a day.
     *
     * @param roster the stored roster
     * @return the evaluation
     * @throws InvalidInputException listing assignments of unknown people or shifts
     */
    public Evaluation evaluate(Roster roster) {
        Objects.requireNonNull(roster, "roster must not be null");
        int[][] grid = Schedule.empty(problem).cells();
        List<Violation> bad = new ArrayList<>();
        List<RuleViolation> extra = new ArrayList<>();
        for (int i = 0; i < roster.assignments().size(); i++) {
            Assignment a = roster.assignments().get(i);
            Optional<Integer> e = problem.findStaff(a.staffId().value());
            Optional<Integer> s = problem.findShift(a.shiftId());
            int d = (int) (a.date().toEpochDay() - problem.firstDay.toEpochDay());
            if (e.isEmpty() || s.isEmpty() || d < 0 || d >= problem.days) {
                bad.add(violation("assignments[" + i + "]", a, "expected a known staff member and shift within the month"));
                continue;
            }
            if (grid[e.get()][d] != RosterProblem.OFF) {
                extra.add(new RuleViolation(RuleKind.ONE_SHIFT_PER_DAY.id(), true, Optional.of(a.staffId().value()), d, d,
                        a.date(), a.date(), Optional.of(a.shiftId()), 2, 1, 1, 1));
                continue;
            }
            grid[e.get()][d] = s.get();
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        List<RuleViolation> all = new ArrayList<>(RosterEvaluator.evaluate(new Schedule(problem, grid)).violations());
        all.addAll(extra);
        return new Evaluation(all);
    }

    /**
     * Who is on duty at an instant: every shift worked that contains it (half-open), including
     * night shifts that started the day before.
     *
     * @param schedule a roster of {@link #problem()}
     * @param at the instant
     * @return the people on duty, in staff order; empty when nobody is
     */
    public List<OnDuty> onDuty(Schedule schedule, Instant at) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        Objects.requireNonNull(at, "at must not be null");
        LocalDate today = at.atZone(zone).toLocalDate();
        List<OnDuty> out = new ArrayList<>();
        for (int e = 0; e < problem.staffCount(); e++) {
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                int d = (int) (day.toEpochDay() - problem.firstDay.toEpochDay());
                if (d < 0 || d >= problem.days || schedule.cell(e, d) < 0) {
                    continue;
                }
                ShiftType t = shifts.get(problem.shiftIds[schedule.cell(e, d)]);
                ZonedDateTime from = t.startOn(day).atZone(zone);
                ZonedDateTime to = t.endOn(day).atZone(zone);
                Interval span = Interval.of(from.toInstant(), to.toInstant());
                if (span.contains(at)) {
                    out.add(new OnDuty(problem.staffIds[e], names.get(problem.staffIds[e]), t.id(),
                            t.postId().orElse(""), from.toOffsetDateTime(), to.toOffsetDateTime()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Who is on duty at each service point of a duty router, from a roster of this property: the
     * first person (in staff order) of {@link #onDuty(Schedule, Instant)} whose shift is at the post
     * the service point maps to. A service point that is not in the map, or whose post nobody works
     * at that instant, names nobody.
     *
     * <p>For example {@code month.onDutyLookup(schedule, Map.of("front_desk", "front-desk",
     * "duty_phone", "duty-phone", "fire_control_center", "fire-control"))} links the default
     * {@link io.propcare.complaint.DutyHours} to the posts of {@link #sample()}.
     *
     * @param schedule a roster of {@link #problem()}
     * @param postByReceiver service point id (as in {@link io.propcare.complaint.DutyHours.Receiver#id()})
     *        to post id (as in {@link #posts()}); may be empty
     * @return the lookup, immutable and thread-safe
     * @throws IllegalArgumentException if the map names a post this property does not have
     */
    public OnDutyLookup onDutyLookup(Schedule schedule, Map<String, String> postByReceiver) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        Map<String, String> postOf = Map.copyOf(Objects.requireNonNull(postByReceiver,
                "postByReceiver must not be null"));
        List<String> known = posts.stream().map(Post::id).toList();
        postOf.forEach((receiver, post) -> {
            if (!known.contains(post)) {
                throw new IllegalArgumentException("postByReceiver: service point '" + receiver + "' maps to post '"
                        + post + "', which is not one of the posts " + known);
            }
        });
        return (receiver, at) -> {
            Objects.requireNonNull(receiver, "receiver must not be null");
            Objects.requireNonNull(at, "at must not be null");
            String post = postOf.get(receiver);
            if (post == null) {
                return Optional.empty();
            }
            return onDuty(schedule, at).stream().filter(d -> d.postId().equals(post)).findFirst()
                    .map(d -> StaffId.of(d.staffId()));
        };
    }

    /**
     * The monthly duty table: people by days, shift codes in the cells.
     *
     * @param schedule a roster of {@link #problem()}
     * @return the table
     */
    public DutyTable dutyTable(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        List<DutyTable.Row> rows = new ArrayList<>();
        for (int e = 0; e < problem.staffCount(); e++) {
            List<String> cells = new ArrayList<>();
            for (int d = 0; d < problem.days; d++) {
                int v = schedule.cell(e, d);
                cells.add(v < 0 ? "" : problem.shiftIds[v]);
            }
            rows.add(new DutyTable.Row(problem.staffIds[e], names.get(problem.staffIds[e]).masked(), cells));
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < problem.days; d++) {
            dates.add(problem.date(d));
        }
        return new DutyTable(problem.name(), dates, rows);
    }

    @Override
    public String toString() {
        return "PropertyRoster[" + spec.name() + ", " + spec.month() + ", " + problem + "]";
    }
}
