package io.propcare.escalation;

import io.propcare.spi.ErrorCode;

/**
 * Error codes of the escalation engine.
 *
 * @since 0.1
 */
public enum DeadlineErrorCode implements ErrorCode {
    /**
     * A date lies outside the years covered by the built-in holiday data the calendar includes,
     * e.g. a 2027 date on a calendar with {@code "include": ["cn"]}: the holidays of that year are
     * not known, so no answer is guessed.
     */
    CALENDAR_OUTSIDE_DATA,
    /** An instant or date lies outside the years the engine computes with (1900-2300). */
    CALENDAR_OUTSIDE_RANGE,
    /** The calendar has no working time within the search horizon (50 years). */
    CALENDAR_NO_WORKING_TIME,
    /** A request is missing a field or has a malformed one. */
    DEADLINE_BAD_REQUEST;

    @Override
    public String code() {
        return name();
    }
}
