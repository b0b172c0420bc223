package io.propcare.roster;

import io.propcare.spi.InvalidInputException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes the text format of the Curtois &amp; Qu shift-scheduling benchmark
 * (instances 1-24 of schedulingbenchmarks.org): the instance file and the solution grid.
 *
 * <p>The instance maps onto {@link RosterProblem} as the benchmark's definitions say: day 0 is
 * a Monday ({@link #FIRST_DAY}); the staff lines' limits become hard rules; a maximum of 0
 * shifts of a type stands for a missing qualification; fixed days off are hard {@link RuleKind#LEAVE};
 * cover and requests are soft with rule weight 1, so the objective is exactly the benchmark's.
 *
 * <p>A solution is one line per employee: the employee id, then one tab-separated cell per
 * day holding a shift id or nothing for a day off. Rows are matched by id.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CurtoisFormat {
    /** The date used for day 0, a Monday. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private static final List<String> SECTIONS = List.of("SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF",
            "SECTION_DAYS_OFF", "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER");

    private CurtoisFormat() {
    }

    /**
     * The benchmark's rules: cover and requests soft with weight 1, everything else hard.
     *
     * @return the rules
     */
    public static List<Rule> benchmarkRules() {
        List<Rule> rules = new ArrayList<>();
        for (RuleKind k : new RuleKind[] {RuleKind.COVER_UNDER, RuleKind.COVER_OVER, RuleKind.SHIFT_ON_REQUEST,
                RuleKind.SHIFT_OFF_REQUEST}) {
            rules.add(Rule.soft(k, 1));
        }
        for (RuleKind k : new RuleKind[] {RuleKind.FORBIDDEN_SUCCESSION, RuleKind.MAX_SHIFTS_PER_TYPE,
                RuleKind.MAX_TOTAL_MINUTES, RuleKind.MIN_TOTAL_MINUTES, RuleKind.MAX_CONSECUTIVE_SHIFTS,
                RuleKind.MIN_CONSECUTIVE_SHIFTS, RuleKind.MIN_CONSECUTIVE_DAYS_OFF, RuleKind.MAX_WEEKENDS, RuleKind.LEAVE}) {
            rules.add(Rule.hard(k));
        }
        return List.copyOf(rules);
    }

    /**
     * Reads an instance file.
     *
     * @param file the file
     * @return the problem, named after the file without its extension
     * @throws UncheckedIOException naming the file when it cannot be read
     * @throws InvalidInputException listing every malformed line
     */
    public static RosterProblem read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return read(r, name);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an instance.
     *
     * @param in the text
     * @param name the problem's name, used in messages
     * @return the problem
     * @throws InvalidInputException listing every malformed line
     */
    public static RosterProblem read(Reader in, String name) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        String current = null;
        int lineNo = 0;
        try {
            BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                line = line.strip();
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isEmpty()) {
                    current = null;
                    continue;
                }
                if (line.startsWith("SECTION_")) {
                    if (!SECTIONS.contains(line)) {
                        problems.add(Violation.of(name + ":" + lineNo, line, SpiErrorCode.INVALID_INPUT,
                                "expected one of " + SECTIONS));
                    }
                    current = line;
                    sections.put(line, new ArrayList<>());
                    continue;
                }
                if (current == null) {
                    problems.add(Violation.of(name + ":" + lineNo, line, SpiErrorCode.INVALID_INPUT,
                            "expected a data line inside a section"));
                    continue;
                }
                String[] fields = line.split(",", -1);
                String[] withLine = Arrays.copyOf(fields, fields.length + 1);
                withLine[fields.length] = Integer.toString(lineNo);
                sections.get(current).add(withLine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        for (String s : SECTIONS) {
            if (!sections.containsKey(s)) {
                problems.add(Violation.of(name, s, SpiErrorCode.INVALID_INPUT, "expected section " + s));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Parser p = new Parser(name, problems);
        List<String[]> horizon = sections.get("SECTION_HORIZON");
        int days = horizon.size() == 1 ? p.num(horizon.get(0), 0) : -1;
        if (days < 1) {
            throw InvalidInputException.of(name + ":SECTION_HORIZON", horizon.size(), "expected one positive day count");
        }
        RosterProblem.Builder b = RosterProblem.builder(name, FIRST_DAY, days);
        List<String[]> shiftLines = sections.get("SECTION_SHIFTS");
        for (String[] f : shiftLines) {
            if (p.fields(f, 3)) {
                b.shift(f[0], p.num(f, 1), false);
            }
        }
        for (String[] f : shiftLines) {
            if (f.length == 4 && !f[2].isEmpty()) {
                for (String next : f[2].split("\\|")) {
                    b.forbidSuccession(f[0], next);
                }
            }
        }
        for (String[] f : sections.get("SECTION_STAFF")) {
            if (!p.fields(f, 8)) {
                continue;
            }
            b.staff(f[0], new StaffLimits(p.num(f, 2), p.num(f, 3), Math.max(1, p.num(f, 4)), Math.max(1, p.num(f, 5)),
                    Math.max(1, p.num(f, 6)), p.num(f, 7)));
            if (!f[1].isEmpty()) {
                for (String pair : f[1].split("\\|")) {
                    String[] kv = pair.split("=", -1);
                    if (kv.length != 2) {
                        p.bad(f, pair, "expected ShiftID=limit");
                        continue;
                    }
                    b.maxShifts(f[0], kv[0], p.parse(f, kv[1]));
                }
            }
        }
        for (String[] f : sections.get("SECTION_DAYS_OFF")) {
            for (int i = 1; i < f.length - 1; i++) {
                b.leave(f[0], p.num(f, i));
            }
        }
        for (String[] f : sections.get("SECTION_SHIFT_ON_REQUESTS")) {
            if (p.fields(f, 4)) {
                b.request(f[0], p.num(f, 1), f[2], p.num(f, 3), true);
            }
        }
        for (String[] f : sections.get("SECTION_SHIFT_OFF_REQUESTS")) {
            if (p.fields(f, 4)) {
                b.request(f[0], p.num(f, 1), f[2], p.num(f, 3), false);
            }
        }
        for (String[] f : sections.get("SECTION_COVER")) {
            if (p.fields(f, 5)) {
                b.cover(p.num(f, 0), f[1], p.num(f, 2), p.num(f, 3), p.num(f, 4));
            }
        }
        for (Rule r : benchmarkRules()) {
            b.rule(r);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return b.build();
    }

    /** Field parsing with line numbers in messages. */
    private static final class Parser {
        private final String name;
        private final List<Violation> problems;

        Parser(String name, List<Violation> problems) {
            this.name = name;
            this.problems = problems;
        }

        void bad(String[] f, Object value, String message) {
            problems.add(Violation.of(name + ":" + f[f.length - 1], value, SpiErrorCode.INVALID_INPUT, message));
        }

        boolean fields(String[] f, int n) {
            if (f.length - 1 != n) {
                bad(f, String.join(",", Arrays.copyOf(f, f.length - 1)), "expected " + n + " comma-separated fields");
                return false;
            }
            return true;
        }

        int num(String[] f, int i) {
            if (i >= f.length - 1) {
                bad(f, "", "expected a number in field " + (i + 1));
                return 0;
            }
            return parse(f, f[i]);
        }

        int parse(String[] f, String text) {
            try {
                int v = Integer.parseInt(text.strip());
                if (v < 0) {
                    bad(f, text, "expected a non-negative integer");
                    return 0;
                }
                return v;
            } catch (NumberFormatException e) {
                bad(f, text, "expected a non-negative integer");
                return 0;
            }
        }
    }

    /**
     * Reads a solution grid for a problem.
     *
     * @param in the text
     * @param problem the problem
     * @return the roster
     * @throws InvalidInputException listing unknown employees or shifts, wrong row lengths and
     *     missing rows
     */
    public static Schedule readSolution(Reader in, RosterProblem problem) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
        int[][] grid = new int[problem.staffCount()][problem.days];
        boolean[] seen = new boolean[grid.length];
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> shifts = new HashMap<>();
        for (int s = 0; s < problem.shiftCount(); s++) {
            shifts.put(problem.shiftIds[s], s);
        }
        int lineNo = 0;
        try {
            BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String where = "solution:" + lineNo;
                var e = problem.findStaff(cells[0].strip());
                if (e.isEmpty()) {
                    problems.add(Violation.of(where, cells[0], SpiErrorCode.INVALID_INPUT, "expected an employee id of the instance"));
                    continue;
                }
                if (seen[e.get()]) {
                    problems.add(Violation.of(where, cells[0], SpiErrorCode.INVALID_INPUT, "expected each employee once"));
                    continue;
                }
                seen[e.get()] = true;
                if (cells.length - 1 != problem.days) {
                    problems.add(Violation.of(where, cells.length - 1, SpiErrorCode.INVALID_INPUT,
                            "expected " + problem.days + " day cells after the id"));
                    continue;
                }
                for (int d = 0; d < problem.days; d++) {
                    String c = cells[d + 1].strip();
                    if (c.isEmpty()) {
                        grid[e.get()][d] = RosterProblem.OFF;
                    } else if (shifts.containsKey(c)) {
                        grid[e.get()][d] = shifts.get(c);
                    } else {
                        problems.add(Violation.of(where + ":day" + d, c, SpiErrorCode.INVALID_INPUT,
                                "expected a shift id " + shifts.keySet() + " or an empty cell"));
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the solution: " + ex.getMessage(), ex);
        }
        for (int e = 0; e < seen.length; e++) {
            if (!seen[e]) {
                problems.add(Violation.of("solution", problem.staffIds[e], SpiErrorCode.INVALID_INPUT,
                        "expected a row for every employee; this one is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Schedule(problem, grid);
    }

    /**
     * Writes a solution grid: one line per employee in problem order.
     *
     * @param schedule the roster
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public static void writeSolution(Schedule schedule, Writer out) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try {
            out.write(schedule.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the solution: " + e.getMessage(), e);
        }
    }
}
