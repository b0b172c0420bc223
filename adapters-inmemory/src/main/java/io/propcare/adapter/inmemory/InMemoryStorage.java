package io.propcare.adapter.inmemory;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.spi.ComplaintStore;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.RosterStore;
import io.propcare.spi.SurveyStore;
import io.propcare.spi.Storage;
import io.propcare.spi.UnitOfWork;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Storage held in memory: every SPI contract, thread-safe, for tests and single-JVM deployments.
 *
 * <p>All operations are serialised by one lock; a unit of work holds it for its whole duration and
 * keeps an undo log, so a failing unit leaves nothing written and no other thread sees its
 * intermediate state. Nested units join the outer one.
 *
 * <p>Implementation requirements: thread-safe; passes the SPI compatibility kit.
 *
 * @since 0.1
 */
public final class InMemoryStorage implements Storage {
    /** The adapter's name. */
    public static final String NAME = "memory";

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private Deque<Runnable> undoLog;
    private volatile boolean closed;
    private final InMemoryComplaintStore complaints = new InMemoryComplaintStore(this);
    private final InMemoryOutbox outbox = new InMemoryOutbox(this);
    private final InMemoryRosterStore rosters = new InMemoryRosterStore(this);
    private final InMemorySurveyStore surveys = new InMemorySurveyStore(this);

    private InMemoryStorage(Clock clock) {
        this.clock = clock;
    }

    /**
     * Opens an empty in-memory storage.
     *
     * @param clock the clock (used for nothing that changes results; kept for symmetry with other adapters)
     * @return the storage
     */
    public static InMemoryStorage open(Clock clock) {
        return new InMemoryStorage(Checks.notNull(clock, "clock"));
    }

    @Override
    public String adapterName() {
        return NAME;
    }

    @Override
    public ComplaintStore complaints() {
        return complaints;
    }

    @Override
    public NotificationOutbox outbox() {
        return outbox;
    }

    @Override
    public RosterStore rosters() {
        return rosters;
    }

    @Override
    public SurveyStore surveys() {
        return surveys;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        lock.lock();
        try {
            checkOpen();
            if (undoLog != null) {
                return work.run(this);
            }
            undoLog = new ArrayDeque<>();
            try {
                T result = work.run(this);
                undoLog = null;
                return result;
            } catch (RuntimeException | Error e) {
                Deque<Runnable> log = undoLog;
                undoLog = null;
                while (!log.isEmpty()) {
                    log.pop().run();
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs an operation under the lock. */
    <T> T locked(java.util.function.Supplier<T> op) {
        lock.lock();
        try {
            checkOpen();
            return op.get();
        } finally {
            lock.unlock();
        }
    }

    /** Records how to undo a write, when inside a unit of work. Call with the lock held. */
    void onRollback(Runnable undo) {
        if (undoLog != null) {
            undoLog.push(undo);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("in-memory storage is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A key scoped to a property. */
    record Key(PropertyId property, String id) {
    }
}
