package io.propcare.survey;

/**
 * One bad cell of a responses file: where it is, what it holds, what was expected.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param row the row: in CSV the spreadsheet row (the header is row 1, the first response row 2);
 *            in JSON the position of the object, from 1
 * @param column the column (item id or other field), or {@code ""} for the whole row
 * @param value the offending value, shortened to 60 characters
 * @param expected what was expected
 */
public record RowProblem(long row, String column, String value, String expected) {
    /** Checks that nothing is null. */
    public RowProblem {
        java.util.Objects.requireNonNull(column, "column must not be null");
        java.util.Objects.requireNonNull(value, "value must not be null");
        java.util.Objects.requireNonNull(expected, "expected must not be null");
        if (value.length() > 60) {
            value = value.substring(0, 57) + "...";
        }
    }

    @Override
    public String toString() {
        return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": got '" + value + "'; expected " + expected;
    }
}
