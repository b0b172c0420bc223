package io.propcare.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * empty list closes the date) is Propcare's compatible extension. Unknown members are errors, so
 * typos surface; every error is a {@link ConfigurationException} naming the source, the JSON
 * path and the value.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CalendarJson {
    private static final Set<String> MEMBERS = Set.of("zone", "weekly", "holidays", "workingDays", "special", "include");
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
     * @throws ConfigurationException when the file cannot be read or is wrong
     */
    public static BusinessCalendar read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return fromTree(ConfigReader.tree(in, file.toString()), file.toString());
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, file.toString(), "$", "",
                    "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a calendar from a parsed JSON object, e.g. one embedded in a request line.
     *
     * @param node the object
     * @param source the name used in messages
     * @return the calendar
     * @throws ConfigurationException when the object is wrong
     */
    public static BusinessCalendar fromTree(JsonNode node, String source) {
        return fromTree(node, source, "$");
    }

    /**
     * Reads a calendar from a parsed JSON object found at a JSON path of a larger document.
     *
     * @param node the object
     * @param source the name used in messages
     * @param at the JSON path of the object, e.g. {@code "$.calendar"}
     * @return the calendar
     * @throws ConfigurationException when the object is wrong
     */
    public static BusinessCalendar fromTree(JsonNode node, String source, String at) {
        Objects.requireNonNull(node, "node must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(at, "at must not be null");
        if (!node.isObject()) {
            throw bad(source, at, node, "expected a calendar object with \"zone\" and \"weekly\"");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!MEMBERS.contains(f)) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source, at + "." + f,
                        "\"" + f + "\"", "expected one of " + MEMBERS);
            }
        }
        JsonNode z = node.get("zone");
        if (z == null) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, at + ".zone", "",
                    "a zone such as \"Asia/Shanghai\" is required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(z.asText());
        } catch (DateTimeException e) {
            throw bad(source, at + ".zone", z, "expected a zone id such as \"Asia/Shanghai\"");
        }
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
        JsonNode weekly = node.get("weekly");
        if (weekly == null) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, at + ".weekly", "",
                    "weekly hours are required: an object MON..SUN of windows, or \"24x7\"");
        }
        b.weekly(weekly(weekly, source, at + ".weekly"));
        array(node, "holidays", source, at);
        array(node, "workingDays", source, at);
        array(node, "include", source, at);
        JsonNode hol = node.path("holidays");
        for (int i = 0; i < hol.size(); i++) {
            String path = at + ".holidays[" + i + "]";
            String t = text(hol.get(i), source, path);
            int slash = t.indexOf('/');
            LocalDate from = date(slash < 0 ? t : t.substring(0, slash), hol.get(i), source, path);
            LocalDate to = slash < 0 ? from : date(t.substring(slash + 1), hol.get(i), source, path);
            try {
                b.holidays(from, to, "holiday");
            } catch (IllegalArgumentException e) {
                throw bad(source, path, hol.get(i), e.getMessage());
            }
        }
        JsonNode wd = node.path("workingDays");
        for (int i = 0; i < wd.size(); i++) {
            String path = at + ".workingDays[" + i + "]";
            try {
                b.workingDay(date(text(wd.get(i), source, path), wd.get(i), source, path));
            } catch (IllegalArgumentException e) {
                throw bad(source, path, wd.get(i), e.getMessage());
            }
        }
        JsonNode sp = node.path("special");
        if (!sp.isMissingNode() && !sp.isObject()) {
            throw bad(source, at + ".special", sp, "expected an object of dates to windows");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sp.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = at + ".special." + e.getKey();
            b.specialHours(date(e.getKey(), e.getValue(), source, path), windows(e.getValue(), source, path));
        }
        JsonNode inc = node.path("include");
        for (int i = 0; i < inc.size(); i++) {
            String path = at + ".include[" + i + "]";
            String id = text(inc.get(i), source, path);
            b.include(HolidayData.builtIn(id).orElseThrow(() -> new ConfigurationException(
                    ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source, path, "\"" + id + "\"",
                    "expected a built-in data set: \"cn\"")));
        }
        return b.build();
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
        EnumMap<DayOfWeek, List<WorkWindow>> m = new EnumMap<>(DayOfWeek.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            DayOfWeek d = DAYS.get(e.getKey());
            if (d == null) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source,
                        path + "." + e.getKey(), "\"" + e.getKey() + "\"", "expected MON, TUE, WED, THU, FRI, SAT or SUN");
            }
            m.put(d, windows(e.getValue(), source, path + "." + e.getKey()));
        }
        return new WeeklyHours(m);
    }

    private static List<WorkWindow> windows(JsonNode list, String source, String path) {
        if (!list.isArray()) {
            throw bad(source, path, list, "expected a list of windows such as [\"08:30-17:30\"]");
        }
        List<WorkWindow> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            try {
                out.add(WorkWindow.parse(text(list.get(i), source, p)));
            } catch (InvalidInputException e) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, p, "\"" + list.get(i).asText()
                        + "\"", e.violations().get(0).message(), e);
            }
        }
        return out;
    }

    private static void array(JsonNode node, String member, String source, String at) {
        JsonNode n = node.get(member);
        if (n != null && !n.isArray()) {
            throw bad(source, at + "." + member, n, "expected a list");
        }
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
