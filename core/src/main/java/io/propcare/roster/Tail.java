package io.propcare.roster;

/**
 * The end of one person's previous roster, so rest and run rules hold across the boundary.
 * Exactly one of {@code workedDays} and {@code daysOff} is positive: the length of the run the
 * previous period ended with.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param workedDays working days at the end of the previous period, 0 or more
 * @param daysOff days off at the end of the previous period, 0 or more
 * @param lastShiftId the shift worked on the previous period's last day, or {@code ""} when it was a day off
 * @since 0.1
 */
public record Tail(int workedDays, int daysOff, String lastShiftId) {
    /** Checks the fields. */
    public Tail {
        java.util.Objects.requireNonNull(lastShiftId, "lastShiftId must not be null");
        if (workedDays < 0 || daysOff < 0 || (workedDays > 0) == (daysOff > 0)) {
            throw new IllegalArgumentException("tail: exactly one of workedDays and daysOff must be positive, got "
                    + workedDays + " and " + daysOff);
        }
        if ((workedDays > 0) == lastShiftId.isEmpty()) {
            throw new IllegalArgumentException("tail: lastShiftId must name the last shift exactly when the period ended working, got '"
                    + lastShiftId + "'");
        }
    }

    /**
     * A previous period that ended with a run of working days.
     *
     * @param days the run's length, 1 or more
     * @param lastShiftId the shift on the last day
     * @return the tail
     */
    public static Tail worked(int days, String lastShiftId) {
        java.util.Objects.requireNonNull(lastShiftId, "lastShiftId must not be null");
        return new Tail(days, 0, lastShiftId);
    }

    /**
     * A previous period that ended with days off.
     *
     * @param days the run's length, 1 or more
     * @return the tail
     */
    public static Tail off(int days) {
        return new Tail(0, days, "");
    }
}
