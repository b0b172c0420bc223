package io.propcare.roster;

/**
 * One person's contract limits over the roster's horizon, as the benchmark's staff line gives them.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param maxMinutes the most minutes worked, 0 or more
 * @param minMinutes the fewest minutes worked, 0 to {@code maxMinutes}
 * @param maxConsecutiveShifts the longest run of working days, 1 or more
 * @param minConsecutiveShifts the shortest run of working days between days off, 1 or more
 * @param minConsecutiveDaysOff the shortest run of days off between working days, 1 or more
 * @param maxWeekends the most weekends with any work, 0 or more
 * @since 0.1
 */
public record StaffLimits(int maxMinutes, int minMinutes, int maxConsecutiveShifts, int minConsecutiveShifts,
        int minConsecutiveDaysOff, int maxWeekends) {
    /** Checks the fields. */
    public StaffLimits {
        if (maxMinutes < 0 || minMinutes < 0 || maxConsecutiveShifts < 1 || minConsecutiveShifts < 1
                || minConsecutiveDaysOff < 1 || maxWeekends < 0) {
            throw new IllegalArgumentException("staff limits out of range: " + fields(maxMinutes, minMinutes,
                    maxConsecutiveShifts, minConsecutiveShifts, minConsecutiveDaysOff, maxWeekends)
                    + "; expected minutes and weekends 0 or more, runs 1 or more");
        }
    }

    private static String fields(int a, int b, int c, int d, int e, int f) {
        return "maxMinutes=" + a + ", minMinutes=" + b + ", maxConsecutiveShifts=" + c + ", minConsecutiveShifts=" + d
                + ", minConsecutiveDaysOff=" + e + ", maxWeekends=" + f;
    }

    /**
     * No limits at all: any minutes, any run length, every weekend.
     *
     * @return the limits
     */
    public static StaffLimits unlimited() {
        return new StaffLimits(Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 1, 1, Integer.MAX_VALUE);
    }
}
