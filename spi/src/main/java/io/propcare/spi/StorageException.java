package io.propcare.spi;

/**
 * A storage operation failed; names the adapter and the operation.
 *
 * @since 0.1
 */
public class StorageException extends PropcareException {
    private static final long serialVersionUID = 1L;
    private final String adapter;
    private final String operation;

    /**
     * Creates the exception.
     *
     * @param code the code
     * @param adapter the adapter's name, e.g. {@code "jdbc"}
     * @param operation the operation, e.g. {@code "complaints.append"}
     * @param message what happened
     * @param cause the underlying failure, may be null
     */
    public StorageException(ErrorCode code, String adapter, String operation, String message, Throwable cause) {
        super(code, adapter + " " + operation + ": " + message, cause);
        this.adapter = adapter;
        this.operation = operation;
    }

    /**
     * The adapter that failed.
     *
     * @return the adapter name
     */
    public String adapter() {
        return adapter;
    }

    /**
     * The operation that failed.
     *
     * @return the operation name
     */
    public String operation() {
        return operation;
    }
}
