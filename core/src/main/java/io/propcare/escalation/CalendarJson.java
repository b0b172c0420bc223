package io.propcare.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads business calendars from the JSON format of the command line:
 * <pre>{@code
 * {"zone": "Asia/Shanghai",
 *  "weekly": {"MON": ["08:30-17:30"], "TUE": ["08:30-17:30"], ...}   or "24x7",
 *  "holidays": ["2026-05-01", "2026-10-01/2026-10-07"],
 *  "workingDays": ["2026-09-27"],
 *  "special": {"2026-12-31": ["08:30-12:00"]},
 *  "include": ["cn"]}
 * }</pre>
 * {@code zone} and {@code weekly} are required. {@code special} (dates with their own windows; an
 * empty list closes the date) is Propcare's compatible extension. An {@code include} entry may
 * also extend a built-in data set with years announced after this version shipped, as files in
 * the format of the shipped ones ({@link HolidayData#readYear(Path)}), each the year after the
 * one before it, resolved against the calendar file's folder:
 * <pre>{@code
 *  "include": [{"data": "cn", "years": ["holidays/2027.json"]}]
 * }</pre> Unknown members are errors, so
 * typos surface. A wrong calendar is one {@link ConfigurationException} that names the source and
 * the JSON path and value of every problem in it ({@link ConfigurationException#problems()}).
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CalendarJson {
    private static final Set<String> MEMBERS = Set.of("zone", "weekly", "holidays", "workingDays", "special", "include");
    private static final Set<String> INCLUDE_MEMBERS = Set.of("data", "years");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY,
            "SAT", DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    private CalendarJson() {
    }

    /**
     * Reads a calendar file.
     *
     * @param file the file
     * @return the calendar
     * @throws ConfigurationException when the file cannot be read or is not JSON, or naming every
     *         problem of a wrong calendar
     */
    public static BusinessCalendar read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return fromTree(ConfigReader.tree(in, file.toString()), file.toString(), "$", folderOf(file));
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, file.toString(), "$", "",
                    "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a calendar from a parsed JSON object, e.g. one embedded in a request line. Year files
     * named in {@code include} are resolved against the working directory.
     *
     * @param node the object
     * @param source the name used in messages
     * @return the calendar
     * @throws ConfigurationException naming the JSON path and value of every problem found
     */
    public static BusinessCalendar fromTree(JsonNode node, String source) {
        return fromTree(node, source, "$");
    }

    /**
     * Reads a calendar from a parsed JSON object found at a JSON path of a larger document; year
     * files named in {@code include} are resolved against the working directory.
     *
     * @param node the object
     * @param source the name used in messages
     * @param at the JSON path of the object, e.g. {@code "$.calendar"}
     * @return the calendar
     * @throws ConfigurationException naming the JSON path and value of every problem found
     * @see #fromTree(JsonNode, String, String, Path)
     */
    public static BusinessCalendar fromTree(JsonNode node, String source, String at) {
        return fromTree(node, source, at, Path.of(""));
    }

    /** The folder relative names in a file are resolved against: the file's own. */
    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    /**
     * Reads a calendar from a parsed JSON object found at a JSON path of a larger document.
     *
     * <p>Every member is checked, and every holiday, date and window on its own (a special date's
     * date and each of its windows too), so one exception
     * names all the problems of the object (see {@link ConfigurationException#problems()}); only an
     * object that is not an object at all ends the read at once.
     *
     * @param node the object
     * @param source the name used in messages
     * @param at the JSON path of the object, e.g. {@code "$.calendar"}
     * @param base the folder that relative year files in {@code include} are resolved against
     *        (usually the folder of the file holding the calendar)
     * @return the calendar
     * @throws ConfigurationException naming the JSON path and value of every problem found, those
     *         of included year files with their own file name
     */
    public static BusinessCalendar fromTree(JsonNode node, String source, String at, Path base) {
        Objects.requireNonNull(node, "node must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(base, "base must not be null");
        if (!node.isObject()) {
            throw bad(source, at, node, "expected a calendar object with \"zone\" and \"weekly\"");
        }
        ConfigProblems problems = ConfigProblems.create();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!MEMBERS.contains(f)) {
                problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source, at + "." + f,
                        "\"" + f + "\"", "expected one of " + MEMBERS));
            }
        }
        Optional<ZoneId> zone = problems.attempt(() -> zone(node.get("zone"), source, at + ".zone"));
        // with a wrong zone the other members are still checked, on a builder that is then never built
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone.orElse(ZoneOffset.UTC));
        problems.attempt(() -> {
            JsonNode weekly = node.get("weekly");
            if (weekly == null) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, at + ".weekly", "",
                        "weekly hours are required: an object MON..SUN of windows, or \"24x7\"");
            }
            return b.weekly(weekly(weekly, source, at + ".weekly"));
        });
        each(list(node, "holidays", source, at, problems), at + ".holidays", problems,
                (n, path) -> holiday(b, n, source, path));
        each(list(node, "workingDays", source, at, problems), at + ".workingDays", problems, (n, path) -> {
            LocalDate date = date(text(n, source, path), n, source, path);
            try {
                return b.workingDay(date);
            } catch (IllegalArgumentException e) {
                throw bad(source, path, n, e.getMessage());
            }
        });
        JsonNode sp = node.path("special");
        if (!sp.isMissingNode() && !sp.isObject()) {
            problems.add(bad(source, at + ".special", sp, "expected an object of dates to windows"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sp.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = at + ".special." + e.getKey();
            problems.attempt(() -> special(b, e.getKey(), e.getValue(), source, path));
        }
        each(list(node, "include", source, at, problems), at + ".include", problems,
                (n, path) -> b.include(included(n, source, path, base)));
        problems.throwIfAny();
        return b.build();
    }

    /**
     * One {@code include} entry: a built-in data set's id, or {@code {"data": id, "years": [file, ...]}}
     * for that data set followed by the years read from the files. Every problem of the entry is
     * reported: its members, each year file's own problems, a year that does not follow on.
     */
    private static HolidayData included(JsonNode n, String source, String path, Path base) {
        if (n != null && n.isObject()) {
            ConfigProblems entry = ConfigProblems.create();
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!INCLUDE_MEMBERS.contains(f)) {
                    entry.add(new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source,
                            path + "." + f, "\"" + f + "\"", "expected one of " + INCLUDE_MEMBERS));
                }
            }
            Optional<HolidayData> data = entry.attempt(() -> {
                JsonNode id = n.get("data");
                if (id == null) {
                    throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path + ".data", "",
                            "the built-in data set the years extend is required: \"cn\"");
                }
                return builtIn(id, source, path + ".data");
            });
            List<HolidayData> years = each(list(n, "years", source, path, entry), path + ".years", entry,
                    (y, p) -> year(y, source, p, base));
            entry.throwIfAny();
            HolidayData all = data.orElseThrow();
            JsonNode files = n.path("years");
            for (int i = 0; i < years.size(); i++) {
                try {
                    all = all.followedBy(years.get(i));
                } catch (IllegalArgumentException e) {
                    throw bad(source, path + ".years[" + i + "]", files.get(i), e.getMessage());
                }
            }
            return all;
        }
        if (n == null || !n.isTextual()) {
            throw bad(source, path, n, "expected a built-in data set such as \"cn\", or {\"data\": \"cn\", \"years\": [files]}");
        }
        return builtIn(n, source, path);
    }

    private static HolidayData builtIn(JsonNode n, String source, String path) {
        String id = text(n, source, path);
        return HolidayData.builtIn(id).orElseThrow(() -> new ConfigurationException(
                ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source, path, "\"" + id + "\"",
                "expected a built-in data set: \"cn\""));
    }

    /** A year file named in an {@code include} entry, read with {@link HolidayData#readYear(Path)}. */
    private static HolidayData year(JsonNode n, String source, String path, Path base) {
        String name = text(n, source, path);
        if (name.isEmpty()) {
            throw bad(source, path, n, "expected the path of a year file, e.g. \"holidays/2027.json\"");
        }
        Path file;
        try {
            file = base.resolve(name);
        } catch (InvalidPathException e) {
            throw bad(source, path, n, "expected the path of a year file: " + e.getReason());
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, source, path, n.toString(),
                    "no such year file: " + file);
        }
        try {
            return HolidayData.readYear(file);
        } catch (UncheckedIOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, source, path, n.toString(),
                    "cannot read the year file " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private static ZoneId zone(JsonNode z, String source, String path) {
        if (z == null) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path, "",
                    "a zone such as \"Asia/Shanghai\" is required");
        }
        try {
            return ZoneId.of(z.asText());
        } catch (DateTimeException e) {
            throw bad(source, path, z, "expected a zone id such as \"Asia/Shanghai\"");
        }
    }

    private static BusinessCalendar.Builder holiday(BusinessCalendar.Builder b, JsonNode n, String source,
                                                    String path) {
        String t = text(n, source, path);
        int slash = t.indexOf('/');
        LocalDate from = date(slash < 0 ? t : t.substring(0, slash), n, source, path);
        LocalDate to = slash < 0 ? from : date(t.substring(slash + 1), n, source, path);
        try {
            return b.holidays(from, to, "holiday");
        } catch (IllegalArgumentException e) {
            throw bad(source, path, n, e.getMessage());
        }
    }

    /** One special date; a bad date and bad windows are reported together. */
    private static BusinessCalendar.Builder special(BusinessCalendar.Builder b, String key, JsonNode value,
                                                    String source, String path) {
        ConfigProblems entry = ConfigProblems.create();
        Optional<LocalDate> date = entry.attempt(() -> date(key, TextNode.valueOf(key), source, path));
        Optional<List<WorkWindow>> windows = entry.attempt(() -> windows(value, source, path));
        entry.throwIfAny();
        return b.specialHours(date.orElseThrow(), windows.orElseThrow());
    }

    private static WeeklyHours weekly(JsonNode w, String source, String path) {
        if (w.isTextual()) {
            if (w.asText().strip().equalsIgnoreCase("24x7")) {
                return WeeklyHours.ofAlwaysOpen();
            }
            throw bad(source, path, w, "expected \"24x7\" or an object MON..SUN of windows");
        }
        if (!w.isObject()) {
            throw bad(source, path, w, "expected \"24x7\" or an object MON..SUN of windows");
        }
        ConfigProblems problems = ConfigProblems.create();
        EnumMap<DayOfWeek, List<WorkWindow>> m = new EnumMap<>(DayOfWeek.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            DayOfWeek d = DAYS.get(e.getKey());
            if (d == null) {
                problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source,
                        path + "." + e.getKey(), "\"" + e.getKey() + "\"", "expected MON, TUE, WED, THU, FRI, SAT or SUN"));
                continue;
            }
            problems.attempt(() -> windows(e.getValue(), source, path + "." + e.getKey())).ifPresent(ws -> m.put(d, ws));
        }
        problems.throwIfAny();
        return new WeeklyHours(m);
    }

    private static List<WorkWindow> windows(JsonNode list, String source, String path) {
        if (!list.isArray()) {
            throw bad(source, path, list, "expected a list of windows such as [\"08:30-17:30\"]");
        }
        ConfigProblems problems = ConfigProblems.create();
        List<WorkWindow> out = each(list, path, problems, (n, p) -> {
            try {
                return WorkWindow.parse(text(n, source, p));
            } catch (InvalidInputException e) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, p, "\"" + n.asText()
                        + "\"", e.violations().get(0).message(), e);
            }
        });
        problems.throwIfAny();
        return out;
    }

    /**
     * Reads each element of a list on its own, so that a broken element is reported and the
     * others are still read.
     */
    private static <T> List<T> each(JsonNode list, String path, ConfigProblems problems,
                                    BiFunction<JsonNode, String, T> element) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String p = path + "[" + i + "]";
            problems.attempt(() -> element.apply(n, p)).ifPresent(out::add);
        }
        return out;
    }

    /** The member if it is a list; missing or (reported) not a list reads as an empty list. */
    private static JsonNode list(JsonNode node, String member, String source, String at, ConfigProblems problems) {
        JsonNode n = node.get(member);
        if (n != null && !n.isArray()) {
            problems.add(bad(source, at + "." + member, n, "expected a list"));
            return MissingNode.getInstance();
        }
        return n == null ? MissingNode.getInstance() : n;
    }

    private static String text(JsonNode n, String source, String path) {
        if (n == null || !n.isTextual()) {
            throw bad(source, path, n, "expected a string");
        }
        return n.asText().strip();
    }

    private static LocalDate date(String t, JsonNode n, String source, String path) {
        try {
            return LocalDate.parse(t.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, path, "\"" + n.asText() + "\"",
                    "expected a date YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD", e);
        }
    }

    private static ConfigurationException bad(String source, String path, JsonNode n, String expected) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path,
                n == null ? "" : n.toString(), expected);
    }
}
