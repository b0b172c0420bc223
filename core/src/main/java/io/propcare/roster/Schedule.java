package io.propcare.roster;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A roster for a {@link RosterProblem}: for every staff member and day, one shift or a day off.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Schedule {
    private final RosterProblem problem;
    private final int[][] cells;

    Schedule(RosterProblem problem, int[][] cells) {
        this.problem = problem;
        this.cells = RosterProblem.copy(cells);
    }

    /**
     * The roster with every day off.
     *
     * @param problem the problem
     * @return the empty roster
     */
    public static Schedule empty(RosterProblem problem) {
        Objects.requireNonNull(problem, "problem must not be null");
        int[][] c = new int[problem.staffCount()][problem.days];
        for (int[] row : c) {
            Arrays.fill(row, RosterProblem.OFF);
        }
        return new Schedule(problem, c);
    }

    /**
     * The problem this roster belongs to.
     *
     * @return the problem
     */
    public RosterProblem problem() {
        return problem;
    }

    /**
     * The shift a person works on a day.
     *
     * @param staffId the person
     * @param day the day index
     * @return the shift id, or empty for a day off
     * @throws IllegalArgumentException if the person is unknown or the day out of range
     */
    public Optional<String> shiftAt(String staffId, int day) {
        int e = problem.staffIndexOf(staffId);
        if (day < 0 || day >= problem.days) {
            throw new IllegalArgumentException("day must be 0 to " + (problem.days - 1) + ", got " + day);
        }
        int v = cells[e][day];
        return v == RosterProblem.OFF ? Optional.empty() : Optional.of(problem.shiftIds[v]);
    }

    /**
     * A copy with one day changed.
     *
     * @param staffId the person
     * @param day the day index
     * @param shiftId the shift, or empty for a day off
     * @return the changed copy
     */
    public Schedule with(String staffId, int day, Optional<String> shiftId) {
        Objects.requireNonNull(shiftId, "shiftId must not be null");
        int e = problem.staffIndexOf(staffId);
        if (day < 0 || day >= problem.days) {
            throw new IllegalArgumentException("day must be 0 to " + (problem.days - 1) + ", got " + day);
        }
        int[][] c = RosterProblem.copy(cells);
        c[e][day] = shiftId.isPresent() ? problem.shiftIndexOf(shiftId.get()) : RosterProblem.OFF;
        return new Schedule(problem, c);
    }

    /**
     * The same days on another problem with the same staff ids and shift ids (such as a
     * changed copy of this one); people or shifts the other problem lacks are dropped.
     *
     * @param other the other problem
     * @return the roster for it
     */
    public Schedule on(RosterProblem other) {
        Objects.requireNonNull(other, "other must not be null");
        int[][] c = new int[other.staffCount()][other.days];
        for (int e = 0; e < c.length; e++) {
            Arrays.fill(c[e], RosterProblem.OFF);
            Optional<Integer> mine = problem.findStaff(other.staffIds[e]);
            if (mine.isEmpty()) {
                continue;
            }
            for (int d = 0; d < Math.min(other.days, problem.days); d++) {
                int v = cells[mine.get()][d];
                if (v != RosterProblem.OFF) {
                    c[e][d] = other.findShift(problem.shiftIds[v]).orElse(RosterProblem.OFF);
                }
            }
        }
        return new Schedule(other, c);
    }

    /**
     * How many (person, day) cells differ from another roster of the same problem.
     *
     * @param other the other roster
     * @return the number of differing cells
     */
    public int distanceTo(Schedule other) {
        Objects.requireNonNull(other, "other must not be null");
        Schedule o = other.problem == problem ? other : other.on(problem);
        int n = 0;
        for (int e = 0; e < cells.length; e++) {
            for (int d = 0; d < problem.days; d++) {
                if (cells[e][d] != o.cells[e][d]) {
                    n++;
                }
            }
        }
        return n;
    }

    int cell(int e, int d) {
        return cells[e][d];
    }

    int[][] cells() {
        return RosterProblem.copy(cells);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule && ((Schedule) o).problem == problem && Arrays.deepEquals(((Schedule) o).cells, cells);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cells);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int e = 0; e < cells.length; e++) {
            sb.append(problem.staffIds[e]);
            for (int d = 0; d < problem.days; d++) {
                sb.append('\t').append(cells[e][d] == RosterProblem.OFF ? "" : problem.shiftIds[cells[e][d]]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
