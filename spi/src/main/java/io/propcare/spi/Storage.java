package io.propcare.spi;

/**
 * An open storage: its stores, usable call by call, and units of work.
 *
 * <p>Implementation requirements: thread-safe. {@link #inTransaction} commits when the work
 * returns normally and rolls back everything it wrote when the work throws, rethrowing the same
 * exception. The compatibility kit's {@code UnitOfWorkContract} checks it.
 *
 * @since 0.1
 */
public interface Storage extends StorageSession, AutoCloseable {
    /**
     * The adapter's name, e.g. {@code "memory"} or {@code "jdbc"}.
     *
     * @return the name
     */
    String adapterName();

    /**
     * Runs work in one transaction.
     *
     * @param work the work
     * @param <T> the result type
     * @return what the work returned
     * @throws RuntimeException whatever the work threw, after rolling back
     */
    <T> T inTransaction(UnitOfWork<T> work);

    /** Releases resources. Further calls fail with {@link IllegalStateException}. */
    @Override
    void close();
}
