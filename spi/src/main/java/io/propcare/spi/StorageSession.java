package io.propcare.spi;

/**
 * The stores of one storage, either bound to a unit of work (inside
 * {@link Storage#inTransaction}) or each call on its own.
 *
 * @since 0.1
 */
public interface StorageSession {
    /**
     * The complaint store.
     *
     * @return the store
     */
    ComplaintStore complaints();

    /**
     * The notification outbox.
     *
     * @return the outbox
     */
    NotificationOutbox outbox();

    /**
     * The roster store.
     *
     * @return the store
     */
    RosterStore rosters();

    /**
     * The survey store.
     *
     * @return the store
     */
    SurveyStore surveys();
}
