package io.propcare.spi;

/**
 * Work done in one transaction: everything it writes through the given session commits together
 * or not at all.
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
