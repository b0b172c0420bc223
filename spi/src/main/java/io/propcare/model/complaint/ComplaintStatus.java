package io.propcare.model.complaint;

/**
 * Where a complaint stands in the procedure. Open statuses are watched for deadlines.
 *
 * @since 0.1
 */
public enum ComplaintStatus {
    /** Logged, not yet classified or assigned. */
    RECEIVED(true),
    /** Someone is handling it. */
    IN_PROGRESS(true),
    /** Clocks stopped while waiting. */
    PAUSED(true),
    /** Settled; report back and callback may still be due. */
    SETTLED(true),
    /** Finished. */
    CLOSED(false);

    private final boolean open;

    ComplaintStatus(boolean open) {
        this.open = open;
    }

    /**
     * Whether complaints in this status are still open (listed and swept for deadlines).
     *
     * @return true when open
     */
    public boolean isOpen() {
        return open;
    }
}
