package io.propcare.spi;

/**
 * Work done in one transaction: everything it writes through the given session commits together
 * or not at all.
 *
 * <p>The session belongs to the thread that runs the unit: do not hand it, or a store obtained
 * from it, to another thread, and do not keep it after {@link #run} returns. When a store call
 * inside the unit fails (a {@link PropcareException}, e.g. a conflict or a database error), the
 * transaction is lost: let the exception leave {@code run} (the storage rolls back) rather than
 * catch it and go on writing through the same session; retry with a new unit of work.
 *
 * @param <T> the result type
 * @since 0.1
 */
@FunctionalInterface
public interface UnitOfWork<T> {
    /**
     * Does the work.
     *
     * @param session the stores bound to the transaction; use only these inside the unit
     * @return the result
     */
    T run(StorageSession session);
}
