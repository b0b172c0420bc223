package io.propcare.desk;

import io.propcare.spi.ComplaintStore;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.RosterStore;
import io.propcare.spi.Storage;
import io.propcare.spi.SurveyStore;
import io.propcare.spi.UnitOfWork;

/**
 * A storage whose units of work are not isolated: work runs directly on the delegate's stores, so
 * two threads interleave and only the store's optimistic version check keeps them apart, as with
 * two processes on one database.
 */
final class UnlockedStorage implements Storage {
    private final Storage delegate;

    UnlockedStorage(Storage delegate) {
        this.delegate = delegate;
    }

    @Override
    public String adapterName() {
        return "unlocked-" + delegate.adapterName();
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        return work.run(delegate);
    }

    @Override
    public ComplaintStore complaints() {
        return delegate.complaints();
    }

    @Override
    public NotificationOutbox outbox() {
        return delegate.outbox();
    }

    @Override
    public RosterStore rosters() {
        return delegate.rosters();
    }

    @Override
    public SurveyStore surveys() {
        return delegate.surveys();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
