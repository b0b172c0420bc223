package io.propcare.spi;

/**
 * Error codes raised by the SPI contracts and every adapter that implements them.
 *
 * @since 0.1
 */
public enum SpiErrorCode implements ErrorCode {
    /** An argument or a value failed validation. */
    INVALID_INPUT,
    /** The entity asked for does not exist in the property. */
    NOT_FOUND,
    /** An optimistic-concurrency check failed: another writer got there first. */
    CONCURRENT_MODIFICATION,
    /** A create with an existing id but another idempotency key, or a duplicate id. */
    DUPLICATE,
    /** An outbox message is not (or no longer) leased by the caller. */
    LEASE_LOST,
    /** The storage backend failed (I/O, SQL, connectivity). */
    STORAGE_FAILURE,
    /** The storage schema is missing or older than the adapter expects. */
    SCHEMA_OUTDATED,
    /** No storage provider accepts the locator. */
    NO_STORAGE_PROVIDER,
    /** No classifier provider accepts the name asked for. */
    NO_CLASSIFIER_PROVIDER,
    /** A provider was built against another SPI version. */
    SPI_VERSION_MISMATCH,
    /** A notifier failed to deliver. */
    DELIVERY_FAILED;

    @Override
    public String code() {
        return name();
    }
}
