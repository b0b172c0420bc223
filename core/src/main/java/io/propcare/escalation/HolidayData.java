package io.propcare.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A built-in data set of public holidays and make-up working days (调休), covering whole years.
 * Dates it does not list follow the calendar's regular weekly hours.
 *
 * <p>{@link #chinaMainland()} is mainland China's data, one file per State Council notice year
 * (2019-2026 in this version), copied unchanged from the MIT-licensed project
 * {@code NateScarlet/holiday-cn}; the licence and the source notice ship beside the files in
 * {@code io/propcare/escalation/holidays/cn/}. A year after the last notice is <em>not
 * known</em>, not "without holidays": a calendar that includes the data refuses such dates with
 * {@link DeadlineErrorCode#CALENDAR_OUTSIDE_DATA} instead of guessing.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HolidayData {
    private static final String CN_DIR = "/io/propcare/escalation/holidays/cn/";
    private static final class ChinaHolder {
        static final HolidayData CN = loadChina();
    }

    private final String id;
    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, DataDay> days;

    /**
     * A date the data set names: a day off or a make-up working day, with the holiday's name.
     *
     * @param date the local date
     * @param offDay true for a day off, false for a make-up working day
     * @param name the holiday's name as published, e.g. {@code "春节"}
     * @since 0.1
     */
    public record DataDay(LocalDate date, boolean offDay, String name) {
        /** Checks the components. */
        public DataDay {
            Objects.requireNonNull(date, "date must not be null");
            Objects.requireNonNull(name, "name must not be null");
        }
    }

    private HolidayData(String id, int firstYear, int lastYear, Map<LocalDate, DataDay> days) {
        this.id = id;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.days = Map.copyOf(days);
    }

    /**
     * A data set from a list of dates, for a property's own published closures or for tests.
     *
     * @param id the name used in messages and explanations
     * @param firstYear the first year covered
     * @param lastYear the last year covered
     * @param days the dates named
     * @return the data set
     * @throws IllegalArgumentException when a date lies outside the years or appears twice
     */
    public static HolidayData of(String id, int firstYear, int lastYear, List<DataDay> days) {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(days, "days must not be null");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " must not be before firstYear " + firstYear);
        }
        Map<LocalDate, DataDay> m = new HashMap<>();
        for (DataDay d : days) {
            Objects.requireNonNull(d, "days must not contain null");
            if (m.put(d.date(), d) != null) {
                throw new IllegalArgumentException("date " + d.date() + " appears twice in " + id);
            }
        }
        return new HolidayData(id, firstYear, lastYear, m);
    }

    /**
     * Mainland China's public holidays and make-up working days for every year shipped.
     *
     * @return the shared data set
     */
    public static HolidayData chinaMainland() {
        return ChinaHolder.CN;
    }

    /**
     * Looks up a built-in data set by the id used in calendar files' {@code include}.
     *
     * @param id the id, {@code "cn"}
     * @return the data set, or empty when no such data set ships
     */
    public static Optional<HolidayData> builtIn(String id) {
        Objects.requireNonNull(id, "id must not be null");
        return id.equals("cn") ? Optional.of(chinaMainland()) : Optional.empty();
    }

    /**
     * Reads one year of a data set from a file in the format of {@code holiday-cn} (the format of
     * the shipped files: {@code {"year": 2027, "days": [{"name", "date", "isOffDay"}, ...]}}), so
     * that a year announced after this version shipped can be used before the next version:
     * {@code HolidayData.chinaMainland().followedBy(HolidayData.readYear(Path.of("2027.json")))}.
     * The data set covers {@code $.year}; it may also name late-December dates of the year before,
     * as a notice does.
     *
     * @param file the year's file
     * @return the data set, with the id {@code "file:" + the file name}
     * @throws ConfigurationException naming the file, JSON path and value of every problem found (a
     *         missing or unusable year, a day outside the year and the December before, a broken day)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static HolidayData readYear(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String source = file.toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = ConfigReader.tree(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday file " + source + ": " + e.getMessage(), e);
        }
        ConfigProblems problems = ConfigProblems.create();
        JsonNode y = root.path("year");
        int year = y.canConvertToInt() && y.isIntegralNumber() ? y.intValue() : 0;
        if (year < 1900 || year > 2300) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.year",
                    y.isMissingNode() ? "" : y.toString(), "expected the notice's year, e.g. 2027"));
        }
        Map<LocalDate, DataDay> days = new HashMap<>();
        year(root, source, days, problems);
        if (year >= 1900 && year <= 2300) {
            LocalDate from = LocalDate.of(year - 1, 12, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            JsonNode list = root.path("days");
            for (int i = 0; i < list.size(); i++) {
                LocalDate date = parsedDate(list.get(i));
                if (date != null && (date.isBefore(from) || date.isAfter(to))) {
                    problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source,
                            "$.days[" + i + "].date", date.toString(), "expected a date of " + year
                            + " (or of December " + (year - 1) + ")"));
                }
            }
        }
        problems.throwIfAny();
        return new HolidayData("file:" + file.getFileName(), year, year, days);
    }

    private static LocalDate parsedDate(JsonNode day) {
        try {
            return LocalDate.parse(day.path("date").asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * This data set followed by the next years of the same kind, e.g. the shipped Chinese data and
     * a year read with {@link #readYear(Path)}. The result keeps this data set's id, so calendars
     * and explanations read as before, and covers both data sets' years.
     *
     * @param next the data set for the years right after {@link #lastYear()}
     * @return the combined data set
     * @throws IllegalArgumentException when {@code next} does not start the year after
     *         {@link #lastYear()}, or when both name a date and disagree on whether it is a day off
     */
    public HolidayData followedBy(HolidayData next) {
        Objects.requireNonNull(next, "next must not be null");
        if (next.firstYear != lastYear + 1) {
            throw new IllegalArgumentException(next.id + " starts in " + next.firstYear + "; expected " + (lastYear + 1)
                    + ", the year after the last year of " + id);
        }
        Map<LocalDate, DataDay> all = new HashMap<>(days);
        for (DataDay d : next.days.values()) {
            DataDay earlier = all.put(d.date(), d);
            if (earlier != null && earlier.offDay() != d.offDay()) {
                throw new IllegalArgumentException(id + " and " + next.id + " disagree on " + d.date()
                        + ": a day off in one, a make-up working day in the other");
            }
        }
        return new HolidayData(id, firstYear, next.lastYear, all);
    }

    private static HolidayData loadChina() {
        return fromResources("cn", CN_DIR);
    }

    /**
     * Reads a data set shipped as class-path resources: {@code years.txt} (the first and the last
     * year, {@code #} comments) and one {@code YYYY.json} per year in the format of
     * {@code holiday-cn}. Every year file is read and every listed day checked on its own (a bad
     * date and a bad {@code isOffDay} of one day are both reported), so one exception names all the
     * problems found.
     *
     * @param id the data set's id
     * @param dir the resource folder, e.g. {@code "/io/propcare/escalation/holidays/cn/"}
     * @return the data set
     * @throws ConfigurationException naming the file, JSON path and value of every problem found
     * @throws UncheckedIOException when a resource is missing or cannot be read
     */
    static HolidayData fromResources(String id, String dir) {
        List<String> header = new ArrayList<>();
        try (InputStream in = resource(dir, "years.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    header.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday index " + dir + "years.txt", e);
        }
        int first = Integer.parseInt(header.get(0));
        int last = Integer.parseInt(header.get(1));
        ConfigProblems problems = ConfigProblems.create();
        Map<LocalDate, DataDay> days = new HashMap<>();
        for (int y = first; y <= last; y++) {
            String source = dir + y + ".json";
            String name = y + ".json";
            Optional<JsonNode> root = problems.attempt(() -> {
                try (InputStream in = resource(dir, name)) {
                    return ConfigReader.tree(in, source);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + source, e);
                }
            });
            root.ifPresent(r -> year(r, source, days, problems));
        }
        problems.throwIfAny();
        return new HolidayData(id, first, last, days);
    }

    /** Adds one notice year's days, reporting each broken day and each disagreement with an earlier year. */
    private static void year(JsonNode root, String source, Map<LocalDate, DataDay> days, ConfigProblems problems) {
        JsonNode list = root.path("days");
        if (!list.isArray()) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.days",
                    list.isMissingNode() ? "" : list.toString(), "expected a list of days"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String path = "$.days[" + i + "]";
            problems.attempt(() -> day(d, source, path)).ifPresent(day -> {
                DataDay earlier = days.put(day.date(), day);
                if (earlier != null && earlier.offDay() != day.offDay()) {
                    problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path,
                            day.date().toString(), "a date listed by two notices must agree on isOffDay"));
                }
            });
        }
    }

    /** One day; a bad date and a bad {@code isOffDay} are reported together. */
    private static DataDay day(JsonNode d, String source, String path) {
        ConfigProblems problems = ConfigProblems.create();
        Optional<LocalDate> date = problems.attempt(() -> {
            try {
                return LocalDate.parse(d.path("date").asText());
            } catch (DateTimeParseException e) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, path + ".date",
                        d.path("date").asText(), "expected a date YYYY-MM-DD", e);
            }
        });
        JsonNode off = d.path("isOffDay");
        if (!off.isBoolean()) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path + ".isOffDay",
                    off.isMissingNode() ? "" : off.toString(), "expected true (a day off) or false (a make-up working day)"));
        }
        problems.throwIfAny();
        return new DataDay(date.orElseThrow(), off.booleanValue(), d.path("name").asText());
    }

    private static InputStream resource(String dir, String name) {
        InputStream in = HolidayData.class.getResourceAsStream(dir + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + dir + name));
        }
        return in;
    }

    /**
     * The id, e.g. {@code "cn"}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The first year covered.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The last year covered; later dates are unknown.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * What the data says about a date. Dates listed just outside the covered years (a notice may
     * name late-December dates of the year before) are answered too.
     *
     * @param date the date
     * @return the entry, or empty when the data does not name the date
     */
    public Optional<DataDay> find(LocalDate date) {
        return Optional.ofNullable(days.get(Objects.requireNonNull(date, "date must not be null")));
    }

    DataDay get(LocalDate date) {
        return days.get(date);
    }

    /**
     * Whether the data covers a year.
     *
     * @param year the year
     * @return true when the year lies within {@link #firstYear()}..{@link #lastYear()}
     */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    @Override
    public String toString() {
        return id + " (" + firstYear + "-" + lastYear + ", " + days.size() + " dates)";
    }
}
