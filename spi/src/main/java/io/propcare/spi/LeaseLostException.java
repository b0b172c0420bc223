package io.propcare.spi;

/**
 * A worker tried to mark a message it no longer holds: the lease token does not match (the lease
 * expired and another worker claimed it) or the message is no longer in flight.
 *
 * @since 0.1
 */
public class LeaseLostException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param adapter the adapter's name
     * @param operation the operation
     * @param message what happened
     */
    public LeaseLostException(String adapter, String operation, String message) {
        super(SpiErrorCode.LEASE_LOST, adapter, operation, message, null);
    }
}
