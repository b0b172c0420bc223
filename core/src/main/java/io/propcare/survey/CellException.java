package io.propcare.survey;

/** A response rejected because of one cell; carries the column and value for the row report. */
final class CellException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String column;
    private final String value;

    CellException(String column, String value, String expected) {
        super(expected);
        this.column = column;
        this.value = value;
    }

    String column() {
        return column;
    }

    String value() {
        return value;
    }
}
