package io.propcare.spi;

/**
 * An optimistic-concurrency check failed: the entity's version was not the one expected.
 * Reload and retry.
 *
 * @since 0.1
 */
public class ConcurrentModificationException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param adapter the adapter's name
     * @param operation the operation
     * @param entity what was written, e.g. {@code "complaint C-1"}
     * @param expectedVersion the version the caller expected
     * @param actualVersion the version found
     */
    public ConcurrentModificationException(String adapter, String operation, String entity,
                                           long expectedVersion, long actualVersion) {
        super(SpiErrorCode.CONCURRENT_MODIFICATION, adapter, operation,
                entity + " is at version " + actualVersion + ", expected " + expectedVersion
                        + "; reload it and retry", null);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * The version the caller expected.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version found in storage.
     *
     * @return the actual version
     */
    public long actualVersion() {
        return actualVersion;
    }
}
