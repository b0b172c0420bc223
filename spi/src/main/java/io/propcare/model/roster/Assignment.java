package io.propcare.model.roster;

import io.propcare.model.StaffId;
import io.propcare.model.internal.Checks;
import java.time.LocalDate;

/**
 * One person working one shift that starts on one date.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param staffId who works
 * @param date the date the shift starts on
 * @param shiftId the shift's id ({@link ShiftType#id()})
 * @param pinned true when the assignment was fixed by a person and the solver must keep it
 * @since 0.1
 */
public record Assignment(StaffId staffId, LocalDate date, String shiftId, boolean pinned) {
    /** Checks the fields. */
    public Assignment {
        Checks.notNull(staffId, "assignment.staffId");
        Checks.notNull(date, "assignment.date");
        Checks.text(shiftId, "assignment.shiftId", 16);
    }

    /**
     * Creates an assignment that is not pinned.
     *
     * @param staffId who works
     * @param date the date
     * @param shiftId the shift
     * @return the assignment
     */
    public static Assignment of(StaffId staffId, LocalDate date, String shiftId) {
        return new Assignment(staffId, date, shiftId, false);
    }

    /**
     * A copy with the pinned flag set or cleared.
     *
     * @param value whether the assignment is pinned
     * @return the copy
     */
    public Assignment withPinned(boolean value) {
        return new Assignment(staffId, date, shiftId, value);
    }

    /**
     * A copy for another shift.
     *
     * @param newShiftId the shift id
     * @return the copy
     */
    public Assignment withShiftId(String newShiftId) {
        return new Assignment(staffId, date, newShiftId, pinned);
    }

    @Override
    public String toString() {
        return staffId + "@" + date + ":" + shiftId + (pinned ? " (pinned)" : "");
    }
}
