package io.propcare.adapter.jdbc;

import io.propcare.spi.PropcareException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs SQL work in transactions: the calling thread's unit of work when it has one, otherwise a
 * transaction of its own that is retried a few times on deadlocks and serialization failures.
 * Maps {@link SQLException} to {@link StorageException} naming the operation.
 */
final class Db {
    private static final Logger log = LoggerFactory.getLogger(Db.class);
    private static final int ATTEMPTS = 6;

    /** SQL work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connections connections;
    private final Dialect dialect;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private volatile boolean closed;

    Db(Connections connections, Dialect dialect) {
        this.connections = connections;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Whether the calling thread is inside a unit of work of this storage. */
    boolean inUnitOfWork() {
        return current.get() != null;
    }

    /**
     * Runs work in the current unit of work, or in a transaction of its own.
     *
     * @param op the operation's name for messages, e.g. {@code "complaints.append"}
     * @param work the work
     * @return its result
     */
    <T> T call(String op, Work<T> work) {
        checkOpen();
        Connection tx = current.get();
        if (tx != null) {
            try {
                return work.run(tx);
            } catch (SQLException e) {
                throw failure(op, e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            Connection c = acquire(op);
            boolean broken = false;
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                broken = rollback(c) || isConnectionError(e);
                if (attempt < ATTEMPTS && Dialect.isTransient(e)) {
                    log.debug("{}: transient failure (SQLState {}), attempt {} of {}", op, e.getSQLState(), attempt,
                            ATTEMPTS);
                    pause(attempt);
                    continue;
                }
                throw failure(op, e);
            } catch (RuntimeException | Error e) {
                broken = rollback(c);
                throw e;
            } finally {
                connections.release(c, broken);
            }
        }
    }

    /**
     * Runs a unit of work on one connection bound to this thread; nested calls join it.
     *
     * @param work the work, given the bound connection
     * @return its result
     */
    <T> T inTransaction(Function<Connection, T> work) {
        checkOpen();
        Connection joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        Connection c = acquire("inTransaction");
        boolean broken = false;
        current.set(c);
        try {
            T result = work.apply(c);
            try {
                c.commit();
            } catch (SQLException e) {
                broken = rollback(c) || isConnectionError(e);
                throw failure("inTransaction.commit", e);
            }
            return result;
        } catch (RuntimeException | Error e) {
            broken = broken || rollback(c);
            throw e;
        } finally {
            current.remove();
            connections.release(c, broken);
        }
    }

    /**
     * Runs a query and streams its rows through a database cursor: rows are read as the stream is
     * consumed, never all at once. Outside a unit of work the stream holds a connection of its own
     * until it is closed.
     *
     * @param op the operation's name
     * @param prepare prepares the query (with its fetch size) on the connection
     * @param mapper reads one row
     * @return the rows; close it
     */
    <T> Stream<T> stream(String op, Work<PreparedStatement> prepare, RowMapper<T> mapper) {
        checkOpen();
        Connection tx = current.get();
        Connection c = tx != null ? tx : acquire(op);
        PreparedStatement ps = null;
        ResultSet rs;
        try {
            ps = prepare.run(c);
            rs = ps.executeQuery();
        } catch (SQLException | RuntimeException e) {
            closeQuietly(ps);
            if (tx == null) {
                connections.release(c, rollback(c));
            }
            if (e instanceof SQLException) {
                throw failure(op, (SQLException) e);
            }
            throw (RuntimeException) e;
        }
        PreparedStatement statement = ps;
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                closeQuietly(rs);
                closeQuietly(statement);
                if (tx == null) {
                    connections.release(c, rollback(c));
                }
            }
        };
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (closed.get()) {
                    throw new IllegalStateException(op + ": the stream is closed");
                }
                try {
                    if (!rs.next()) {
                        return false;
                    }
                    action.accept(mapper.map(rs));
                    return true;
                } catch (SQLException e) {
                    throw failure(op, e);
                }
            }
        };
        return StreamSupport.stream(rows, false).onClose(close);
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // releasing a cursor; nothing more can be done
            }
        }
    }

    private Connection acquire(String op) {
        try {
            return connections.acquire();
        } catch (SQLException e) {
            throw failure(op, e);
        }
    }

    /** Rolls back; returns true when even that failed, so the connection should be discarded. */
    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return false;
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    private static boolean isConnectionError(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 << attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    static PropcareException failure(String op, SQLException e) {
        return new StorageException(SpiErrorCode.STORAGE_FAILURE, JdbcStorage.NAME, op,
                "SQL failed (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + "): " + e.getMessage(), e);
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("JDBC storage is closed");
        }
    }

    void close() {
        closed = true;
        connections.close();
    }
}
