package io.propcare.desk;

import io.propcare.spi.ErrorCode;

/**
 * Error codes of the complaint desk.
 *
 * @since 0.1
 */
public enum DeskErrorCode implements ErrorCode {
    /** A command is not allowed in the complaint's status, or a condition it needs does not hold. */
    ILLEGAL_STEP,
    /** The complaint does not exist in the property. */
    COMPLAINT_NOT_FOUND,
    /** The complaint kept changing under the command (concurrent staff); reload and decide again. */
    COMPLAINT_CHANGED;

    @Override
    public String code() {
        return name();
    }
}
