package io.propcare.survey;

import java.util.List;
import java.util.Objects;

/**
 * What reading a responses file found: rows read, rows accepted, and every problem. A row with
 * any problem is not accepted, and each of its bad cells is listed; nothing is dropped silently.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param source the file name
 * @param rows response rows read
 * @param accepted rows passed on
 * @param problems every problem, in file order
 */
public record ReadSummary(String source, long rows, long accepted, List<RowProblem> problems) {
    /** Copies the list. */
    public ReadSummary {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
    }

    /**
     * Rows rejected.
     *
     * @return {@code rows - accepted}
     */
    public long rejected() {
        return rows - accepted;
    }
}
