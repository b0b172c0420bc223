package io.propcare.adapter.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Where the adapter gets its connections: the caller's {@link DataSource} (normally a pool), or,
 * when storage is opened from a URL, a small pool of driver connections kept by the adapter.
 * Connections handed out are in manual-commit mode; the adapter commits or rolls back before it
 * releases them.
 */
abstract class Connections implements AutoCloseable {
    /**
     * A connection in manual-commit mode.
     *
     * @return the connection
     * @throws SQLException when none can be had
     */
    abstract Connection acquire() throws SQLException;

    /**
     * Gives a connection back, after commit or rollback.
     *
     * @param c the connection
     * @param broken true when it failed in a way that may have left it unusable
     */
    abstract void release(Connection c, boolean broken);

    @Override
    public abstract void close();

    static Connections of(DataSource dataSource, boolean readCommitted) {
        return new FromDataSource(dataSource, readCommitted);
    }

    static Connections of(String url, Properties info, boolean readCommitted, int maxIdle) {
        return new DriverPool(url, info, readCommitted, maxIdle);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // the connection is being discarded; there is nothing more to do with it
        }
    }

    /** Connections borrowed from the caller's data source and closed (returned) after each use. */
    private static final class FromDataSource extends Connections {
        private final DataSource dataSource;
        private final boolean readCommitted;
        /** Connections this adapter switched to manual commit, to switch back on release. */
        private final Set<Connection> switched = ConcurrentHashMap.newKeySet();

        FromDataSource(DataSource dataSource, boolean readCommitted) {
            this.dataSource = dataSource;
            this.readCommitted = readCommitted;
        }

        @Override
        Connection acquire() throws SQLException {
            Connection c = dataSource.getConnection();
            try {
                if (c.getAutoCommit()) {
                    c.setAutoCommit(false);
                    switched.add(c);
                }
                if (readCommitted && c.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                return c;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
        }

        @Override
        void release(Connection c, boolean broken) {
            try {
                if (switched.remove(c) && !broken) {
                    c.setAutoCommit(true);
                }
            } catch (SQLException | RuntimeException ignored) {
                // closing below returns or discards it either way
            }
            closeQuietly(c);
        }

        @Override
        public void close() {
            // the caller owns the data source
        }
    }

    /** A bounded pool of driver connections, for storage opened from a URL. */
    private static final class DriverPool extends Connections {
        private final String url;
        private final Properties info;
        private final boolean readCommitted;
        private final BlockingQueue<Connection> idle;
        private volatile boolean closed;

        DriverPool(String url, Properties info, boolean readCommitted, int maxIdle) {
            this.url = url;
            this.info = info;
            this.readCommitted = readCommitted;
            this.idle = new ArrayBlockingQueue<>(maxIdle);
        }

        @Override
        Connection acquire() throws SQLException {
            Connection c = idle.poll();
            if (c != null) {
                return c;
            }
            c = DriverManager.getConnection(url, info);
            try {
                c.setAutoCommit(false);
                if (readCommitted) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                return c;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
        }

        @Override
        void release(Connection c, boolean broken) {
            if (broken || closed || !idle.offer(c)) {
                closeQuietly(c);
            }
        }

        @Override
        public void close() {
            closed = true;
            Connection c;
            while ((c = idle.poll()) != null) {
                closeQuietly(c);
            }
        }
    }
}
