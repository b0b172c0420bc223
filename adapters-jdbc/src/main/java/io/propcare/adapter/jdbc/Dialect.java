package io.propcare.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What differs between the databases the adapter supports: where its migrations are, how an
 * insert that may meet an existing unique key is written, and how generated keys are asked for.
 * Everything else is the common subset of SQL the three accept.
 */
enum Dialect {
    /** H2 2.x (embedded, the demo and tests). */
    H2("h2") {
        @Override
        PreparedStatement prepareInsertReturningSeq(Connection c, String sql) throws SQLException {
            return c.prepareStatement(sql, new String[] {"SEQ"});
        }

        @Override
        boolean limitsBeforeSkippingLocked() {
            return true;
        }

        @Override
        String upsert(String table, List<String> keys, List<String> values) {
            List<String> all = new ArrayList<>(keys);
            all.addAll(values);
            return "MERGE INTO " + table + " (" + String.join(", ", all) + ") KEY (" + String.join(", ", keys)
                    + ") VALUES (" + marks(all.size()) + ")";
        }
    },
    /** PostgreSQL 12 and later. */
    POSTGRESQL("postgresql") {
        @Override
        String insertIfAbsent(String insert, String conflictColumns) {
            return insert + " ON CONFLICT (" + conflictColumns + ") DO NOTHING";
        }

        @Override
        boolean duplicateAbortsTransaction() {
            return true;
        }

        @Override
        PreparedStatement prepareInsertReturningSeq(Connection c, String sql) throws SQLException {
            return c.prepareStatement(sql, new String[] {"seq"});
        }

        @Override
        String upsert(String table, List<String> keys, List<String> values) {
            List<String> all = new ArrayList<>(keys);
            all.addAll(values);
            return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + marks(all.size())
                    + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
                    + values.stream().map(v -> v + " = EXCLUDED." + v).collect(Collectors.joining(", "));
        }
    },
    /** MariaDB 10.6 and later, and MySQL 8 (both have {@code SKIP LOCKED}). */
    MARIADB("mariadb") {
        @Override
        boolean needsReadCommitted() {
            return true;
        }

        @Override
        String orderBy(String equalityColumns, String sortColumns) {
            // an equality column in ORDER BY, compared with a parameter of the connection's collation,
            // keeps MariaDB from reading the index in order (it sorts the whole range instead)
            return " ORDER BY " + sortColumns;
        }

        @Override
        PreparedStatement prepareInsertReturningSeq(Connection c, String sql) throws SQLException {
            return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        }

        @Override
        String upsert(String table, List<String> keys, List<String> values) {
            List<String> all = new ArrayList<>(keys);
            all.addAll(values);
            return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + marks(all.size())
                    + ") ON DUPLICATE KEY UPDATE "
                    + values.stream().map(v -> v + " = VALUES(" + v + ")").collect(Collectors.joining(", "));
        }
    };

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    /**
     * The dialect's short name, which is also the folder of its migrations.
     *
     * @return {@code "h2"}, {@code "postgresql"} or {@code "mariadb"}
     */
    String id() {
        return id;
    }

    /** Where Flyway finds this dialect's migrations. */
    String migrationLocation() {
        return "classpath:io/propcare/adapter/jdbc/migration/" + id;
    }

    /** Flyway placeholders besides the prefix. */
    Map<String, String> placeholders(String productName) {
        if (this == MARIADB) {
            boolean mysql = productName.toLowerCase(Locale.ROOT).contains("mysql");
            return Map.of("collation", mysql ? "utf8mb4_0900_bin" : "utf8mb4_nopad_bin");
        }
        return Map.of();
    }

    /**
     * An insert that does nothing, without failing the transaction, when the unique key exists;
     * dialects without such a form return the plain insert and the caller catches the duplicate.
     */
    String insertIfAbsent(String insert, String conflictColumns) {
        return insert;
    }

    /** Whether a failed statement spoils the whole transaction (PostgreSQL). */
    boolean duplicateAbortsTransaction() {
        return false;
    }

    /** Whether connections must be switched to READ COMMITTED (the InnoDB default is REPEATABLE READ). */
    boolean needsReadCommitted() {
        return false;
    }

    /** Prepares an insert whose generated {@code seq} column is read back. */
    abstract PreparedStatement prepareInsertReturningSeq(Connection c, String sql) throws SQLException;

    /**
     * An insert that replaces the non-key columns when the key exists; parameters are the key
     * columns then the value columns, in order.
     */
    abstract String upsert(String table, List<String> keys, List<String> values);

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /**
     * The ORDER BY clause of a keyset query whose WHERE fixes {@code equalityColumns}: H2 reads an
     * index in order only when those lead the ORDER BY too; MariaDB only when they do not.
     */
    String orderBy(String equalityColumns, String sortColumns) {
        return " ORDER BY " + equalityColumns + ", " + sortColumns;
    }

    /**
     * Whether {@code LIMIT n ... FOR UPDATE SKIP LOCKED} takes the first n rows and then drops the
     * locked ones, returning fewer (or none) while later rows are free. H2 2.3 does; PostgreSQL and
     * MariaDB skip locked rows before counting. Such a dialect claims row by row instead.
     */
    boolean limitsBeforeSkippingLocked() {
        return false;
    }

    /** The row lock clause that skips rows other transactions hold. */
    String forUpdateSkipLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    /**
     * Recognises a database from its JDBC product name.
     *
     * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
     * @return the dialect, or empty for a database the adapter does not support
     */
    static Optional<Dialect> of(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.equals("h2")) {
            return Optional.of(H2);
        }
        if (p.contains("postgres")) {
            return Optional.of(POSTGRESQL);
        }
        if (p.contains("mariadb") || p.contains("mysql")) {
            return Optional.of(MARIADB);
        }
        return Optional.empty();
    }

    /** Whether an exception reports a unique-key violation. */
    static boolean isDuplicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.equals("23505") || state.equals("23000") && s.getErrorCode() == 1062)) {
                return true;
            }
            if (s.getErrorCode() == 1062 || s.getErrorCode() == 23505) {
                return true;
            }
        }
        return false;
    }

    /** Whether retrying the whole transaction may succeed: deadlock, serialization failure, lock timeout. */
    static boolean isTransient(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.equals("40001") || state.equals("40P01") || state.equals("HYT00")
                    || state.startsWith("40"))) {
                return true;
            }
            int code = s.getErrorCode();
            // MariaDB deadlock and lock wait timeout; H2 lock timeout, deadlock and concurrent update
            if (code == 1213 || code == 1205 || code == 50200 || code == 40001 || code == 90131) {
                return true;
            }
        }
        return false;
    }
}
