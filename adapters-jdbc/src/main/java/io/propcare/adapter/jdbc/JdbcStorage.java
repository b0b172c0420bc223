package io.propcare.adapter.jdbc;

import io.propcare.model.internal.Checks;
import io.propcare.spi.ComplaintStore;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.RosterStore;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.Storage;
import io.propcare.spi.StorageException;
import io.propcare.spi.StorageLocator;
import io.propcare.spi.SurveyStore;
import io.propcare.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage on a relational database through plain JDBC: H2 2.x, PostgreSQL 12+ and MariaDB 10.6+
 * (or MySQL 8). Every SPI contract (complaints, outbox, rosters, surveys), with the schema kept by Flyway migrations under an optional
 * table prefix.
 *
 * <pre>{@code
 * Storage storage = JdbcStorage.builder()
 *         .dataSource(pooledDataSource)   // explicit wiring comes first
 *         .tablePrefix("pc_")
 *         .migrate(true)
 *         .clock(clock)
 *         .build();
 * Storage demo = JdbcStorage.open("jdbc:h2:mem:demo");
 * }</pre>
 *
 * <p>Every call outside a unit of work runs in a transaction of its own (retried on deadlocks and
 * serialization failures). {@link #inTransaction} binds one connection to the calling thread: the
 * session it passes, and this storage's own stores called on that thread, use that connection,
 * and nested units join it. Connections come from the caller's {@link DataSource} (use a pool) or,
 * for {@link #open(String)}, from a small pool the storage keeps. Transactions use READ COMMITTED.
 * Opening the storage runs Flyway, which needs two connections at once: give a pool of at least two.
 *
 * <p>Several application nodes may share one database. Outbox claims use
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and leases, so concurrent workers never get the same
 * message. {@link ComplaintStore#findDue} called inside a unit of work locks the complaints it
 * returns the same way until the unit ends, so nodes sweeping in units of work take disjoint
 * batches; outside a unit it only reads, and optimistic versions still let one escalation win.
 *
 * <p>Instants are stored as nanoseconds since the epoch in {@code BIGINT} columns, so the range
 * is 1677-09-21 to 2262-04-11; instants outside it are rejected with {@code InvalidInputException}.
 * The clock only stamps when rows were written (audit columns); no result depends on it.
 *
 * <p>Implementation requirements: thread-safe; passes the SPI compatibility kit on each database.
 *
 * @since 0.1
 */
public final class JdbcStorage implements Storage {
    /** The adapter's name. */
    public static final String NAME = "jdbc";

    private static final Logger log = LoggerFactory.getLogger(JdbcStorage.class);

    private final Db db;
    private final Dialect dialect;
    private final Tables tables;
    private final String schemaVersion;
    private final JdbcComplaintStore complaints;
    private final JdbcOutbox outbox;
    private final JdbcRosterStore rosters;
    private final JdbcSurveyStore surveys;
    private final Connection anchor;

    private JdbcStorage(Db db, Tables tables, Clock clock, String schemaVersion, Connection anchor) {
        this.db = db;
        this.dialect = db.dialect();
        this.tables = tables;
        this.schemaVersion = schemaVersion;
        this.anchor = anchor;
        this.complaints = new JdbcComplaintStore(db, tables, clock);
        this.outbox = new JdbcOutbox(db, tables, clock);
        this.rosters = new JdbcRosterStore(db, tables, clock);
        this.surveys = new JdbcSurveyStore(db, tables);
    }

    /**
     * A builder for storage on a data source or URL.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens storage from a JDBC URL, applying migrations, with no table prefix and the system UTC
     * clock for audit columns; for the demo and small setups (an embedded H2 file or memory
     * database). Credentials may be in the URL ({@code user=...&password=...}).
     *
     * @param url a {@code jdbc:h2:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL
     * @return the open storage
     * @throws StorageException when the database cannot be reached or migrated
     */
    public static JdbcStorage open(String url) {
        Checks.notNull(url, "url");
        return builder().url(url).migrate(true).clock(Clock.systemUTC()).build();
    }

    @Override
    public String adapterName() {
        return NAME;
    }

    @Override
    public ComplaintStore complaints() {
        db.checkOpen();
        return complaints;
    }

    @Override
    public NotificationOutbox outbox() {
        db.checkOpen();
        return outbox;
    }

    @Override
    public RosterStore rosters() {
        db.checkOpen();
        return rosters;
    }

    @Override
    public SurveyStore surveys() {
        db.checkOpen();
        return surveys;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        return db.inTransaction(c -> work.run(this));
    }

    /**
     * The database the storage runs on.
     *
     * @return {@code "h2"}, {@code "postgresql"} or {@code "mariadb"}
     */
    public String dialect() {
        return dialect.id();
    }

    /**
     * The table prefix.
     *
     * @return the prefix, possibly empty
     */
    public String tablePrefix() {
        return tables.prefix();
    }

    /**
     * The schema version found (or reached by migrating) when the storage was opened.
     *
     * @return the Flyway version, e.g. {@code "1"}
     */
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        db.close();
        if (anchor != null) {
            Connections.closeQuietly(anchor);
        }
    }

    @Override
    public String toString() {
        return "JdbcStorage[" + dialect.id() + ", prefix '" + tables.prefix() + "', schema " + schemaVersion + "]";
    }

    /**
     * Builds {@link JdbcStorage}. Give a data source or a URL; a setting given twice is an
     * {@link IllegalStateException} showing the earlier value, and {@link #build()} reports every
     * problem at once.
     *
     * <p>Implementation requirements: not thread-safe; use it from one thread.
     *
     * @since 0.1
     */
    public static final class Builder {
        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private String tablePrefix;
        private Boolean migrate;
        private Clock clock;

        private Builder() {
        }

        /**
         * The data source to take connections from, normally a connection pool the caller owns
         * and closes.
         *
         * @param dataSource the data source
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            Checks.notNull(dataSource, "dataSource");
            once(this.dataSource, "dataSource");
            this.dataSource = dataSource;
            return this;
        }

        /**
         * A JDBC URL to connect to when no data source is given; the storage keeps a small pool.
         *
         * @param url the URL, e.g. {@code "jdbc:h2:mem:demo"}
         * @return this builder
         */
        public Builder url(String url) {
            Checks.notNull(url, "url");
            once(this.url == null ? null : StorageLocator.parse(this.url), "url");
            this.url = url;
            return this;
        }

        /**
         * Credentials for {@link #url(String)}.
         *
         * @param user the user
         * @param password the password, possibly empty
         * @return this builder
         */
        public Builder credentials(String user, String password) {
            Checks.notNull(user, "user");
            Checks.notNull(password, "password");
            once(this.user, "credentials");
            this.user = user;
            this.password = password;
            return this;
        }

        /**
         * A prefix for every table name, so the schema can sit inside a host's database.
         *
         * @param prefix empty, or a lower-case letter then up to 19 lower-case letters, digits or {@code _}
         * @return this builder
         */
        public Builder tablePrefix(String prefix) {
            Checks.notNull(prefix, "tablePrefix");
            once(this.tablePrefix == null ? null : "'" + this.tablePrefix + "'", "tablePrefix");
            this.tablePrefix = prefix;
            return this;
        }

        /**
         * Whether to apply pending migrations on start; when false (the default) the schema is
         * only verified and a missing migration fails {@link #build()} naming the version.
         *
         * @param migrate true to migrate
         * @return this builder
         */
        public Builder migrate(boolean migrate) {
            once(this.migrate, "migrate");
            this.migrate = migrate;
            return this;
        }

        /**
         * The clock stamping when rows were written (audit columns only).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            Checks.notNull(clock, "clock");
            once(this.clock, "clock");
            this.clock = clock;
            return this;
        }

        private static void once(Object earlier, String setting) {
            if (earlier != null) {
                throw new IllegalStateException(setting + " was already set to " + earlier);
            }
        }

        /**
         * Connects, detects the database, migrates or verifies the schema and opens the storage.
         *
         * @return the storage
         * @throws IllegalStateException listing every missing or conflicting setting
         * @throws StorageException when the database cannot be reached, is not supported
         *     ({@code STORAGE_FAILURE}) or its schema is outdated ({@code SCHEMA_OUTDATED})
         */
        public JdbcStorage build() {
            List<String> problems = new ArrayList<>();
            if (dataSource == null && url == null) {
                problems.add("a dataSource or a url is required");
            }
            if (dataSource != null && url != null) {
                problems.add("dataSource and url " + StorageLocator.parse(url) + " were both given; give one");
            }
            if (dataSource != null && user != null) {
                problems.add("credentials apply to url only; the dataSource brings its own");
            }
            if (clock == null) {
                problems.add("a clock is required");
            }
            String prefix = tablePrefix == null ? "" : tablePrefix;
            if (!Tables.PREFIX.matcher(prefix).matches()) {
                problems.add("tablePrefix must be empty or a lower-case letter followed by up to 19 lower-case "
                        + "letters, digits or '_', got '" + prefix + "'");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("cannot build JdbcStorage: " + String.join("; ", problems));
            }
            return open(new Tables(prefix));
        }

        private JdbcStorage open(Tables tables) {
            String where = dataSource != null ? "dataSource" : StorageLocator.parse(url).toString();
            Properties info = new Properties();
            if (user != null) {
                info.setProperty("user", user);
                info.setProperty("password", password);
            }
            Connection anchor = null;
            String product;
            String productVersion;
            Dialect dialect;
            try (Connection c = dataSource != null ? dataSource.getConnection() : DriverManager.getConnection(url, info)) {
                DatabaseMetaData md = c.getMetaData();
                product = md.getDatabaseProductName();
                productVersion = md.getDatabaseProductVersion();
                Optional<Dialect> d = Dialect.of(product);
                if (d.isEmpty()) {
                    throw new StorageException(SpiErrorCode.STORAGE_FAILURE, NAME, "open", where + " is " + product
                            + ", which the JDBC adapter does not support; supported: H2, PostgreSQL, MariaDB, MySQL",
                            null);
                }
                dialect = d.get();
            } catch (SQLException e) {
                throw new StorageException(SpiErrorCode.STORAGE_FAILURE, NAME, "open", "cannot connect to " + where
                        + " (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
            }
            try {
                if (dataSource == null && url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(java.util.Locale.ROOT)
                        .contains("DB_CLOSE_DELAY")) {
                    // an H2 memory database lives while a connection is open: keep one for the storage's life
                    anchor = DriverManager.getConnection(url, info);
                }
            } catch (SQLException e) {
                throw new StorageException(SpiErrorCode.STORAGE_FAILURE, NAME, "open", "cannot connect to " + where
                        + ": " + e.getMessage(), e);
            }
            try {
                Migrations migrations = dataSource != null
                        ? Migrations.of(dialect, product, tables, dataSource)
                        : Migrations.of(dialect, product, tables, url, info.getProperty("user"),
                        info.getProperty("password"));
                String version = Boolean.TRUE.equals(migrate) ? migrations.migrate() : migrations.verify();
                Connections connections = dataSource != null
                        ? Connections.of(dataSource, dialect.needsReadCommitted())
                        : Connections.of(url, info, dialect.needsReadCommitted(), 16);
                log.info("JDBC storage opened on {} {} ({}), table prefix '{}', schema version {}", product,
                        productVersion, where, tables.prefix(), version);
                return new JdbcStorage(new Db(connections, dialect), tables, clock, version, anchor);
            } catch (RuntimeException e) {
                if (anchor != null) {
                    Connections.closeQuietly(anchor);
                }
                throw e;
            }
        }
    }
}
