package io.propcare.spi;

/**
 * A notifier could not deliver a notification. {@link #retryable()} says whether trying again
 * later may help (a timeout) or not (an invalid address).
 *
 * @since 0.1
 */
public class DeliveryException extends PropcareException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    /**
     * Creates the exception.
     *
     * @param message what happened (no personal data)
     * @param retryable whether a later attempt may succeed
     * @param cause the underlying failure, may be null
     */
    public DeliveryException(String message, boolean retryable, Throwable cause) {
        super(SpiErrorCode.DELIVERY_FAILED, message, cause);
        this.retryable = retryable;
    }

    /**
     * Whether a later attempt may succeed.
     *
     * @return true when retryable
     */
    public boolean retryable() {
        return retryable;
    }
}
