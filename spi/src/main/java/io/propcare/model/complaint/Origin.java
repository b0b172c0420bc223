package io.propcare.model.complaint;

/**
 * Where a complaint entered the office's procedure.
 *
 * @since 0.1
 */
public enum Origin {
    /** Received by the office directly from the resident or staff. */
    DIRECT,
    /** Transferred down from the company complaint-handling center: its result is reported back. */
    COMPANY_CENTER
}
