package io.propcare.examples.bench;

import io.propcare.adapter.jdbc.JdbcStorage;
import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.model.notification.Recipient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A benchmark command for the JDBC adapter on one database: complaint events appended per second,
 * outbox messages claimed and marked delivered per second, and the due-sweep query on a table of
 * many complaints, with the database's query plan for it. Not a test; run it from the shaded jar:
 *
 * <pre>
 * java -cp examples/target/propcare.jar io.propcare.examples.bench.JdbcBenchmark postgresql
 * java -cp examples/target/propcare.jar io.propcare.examples.bench.JdbcBenchmark mariadb --rows 1000000
 * java -Xmx3g -cp examples/target/propcare.jar io.propcare.examples.bench.JdbcBenchmark h2
 * </pre>
 *
 * <p>Options: {@code --threads 1,8} (append and claim threads), {@code --batch 1,50} (appends per
 * transaction; batched outbox marks when above 1), {@code --only appends|outbox|sweep},
 * {@code --seconds 10} (per append run),
 * {@code --messages 5000}, {@code --rows 1000000} (complaints for the sweep). Connection
 * settings come from the same environment variables as the tests ({@code PROPCARE_PG_URL}, ...).
 * Tables get the prefix {@code bench_} and are dropped before and after.
 */
public final class JdbcBenchmark {
    private static final PropertyId P = PropertyId.of("bench-estate");
    private static final String PREFIX = "bench_";
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private final String db;
    private final String url;
    private final Properties credentials = new Properties();
    private int[] threads = {1, 8};
    private int seconds = 10;
    private int messages = 5_000;
    private int[] batches = {1, 50};
    private String only = "all";
    private int rows = 1_000_000;

    private JdbcBenchmark(String db) {
        this.db = db;
        switch (db) {
            case "h2" -> {
                url = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
                credentials.setProperty("user", "sa");
                credentials.setProperty("password", "");
            }
            case "postgresql" -> {
                url = env("PROPCARE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
                credentials.setProperty("user", env("PROPCARE_PG_USER", "postgres"));
                credentials.setProperty("password", env("PROPCARE_PG_PASSWORD", ""));
            }
            case "mariadb" -> {
                url = env("PROPCARE_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
                credentials.setProperty("user", env("PROPCARE_MARIADB_USER", "root"));
                credentials.setProperty("password", env("PROPCARE_MARIADB_PASSWORD", ""));
            }
            default -> throw new IllegalArgumentException("database must be h2, postgresql or mariadb, got " + db);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /**
     * Runs the benchmark.
     *
     * @param args the database, then options
     * @throws Exception when the database fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: JdbcBenchmark h2|postgresql|mariadb [--threads 1,8] [--seconds 10] "
                    + "[--messages 20000] [--rows 1000000]");
            System.exit(2);
        }
        JdbcBenchmark b = new JdbcBenchmark(args[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--threads" -> b.threads = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--seconds" -> b.seconds = Integer.parseInt(args[i + 1]);
                case "--messages" -> b.messages = Integer.parseInt(args[i + 1]);
                case "--rows" -> b.rows = Integer.parseInt(args[i + 1]);
                case "--only" -> b.only = args[i + 1];
                case "--batch" -> b.batches = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        b.run();
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, credentials);
        c.setAutoCommit(false);
        return c;
    }

    private JdbcStorage open() {
        return JdbcStorage.builder().url(url)
                .credentials(credentials.getProperty("user"), credentials.getProperty("password"))
                .tablePrefix(PREFIX).migrate(true).clock(Clock.systemUTC()).build();
    }

    private void run() throws Exception {
        try (Connection anchor = connect()) { // keeps an H2 memory database alive
            drop(anchor);
            try (JdbcStorage storage = open()) {
                System.out.printf("# %s (%s), schema %s%n", db, anchor.getMetaData().getDatabaseProductVersion(),
                        storage.schemaVersion());
                for (int batch : batches) {
                    for (int t : threads) {
                        if (only.equals("all") || only.equals("appends")) {
                            appends(storage, t, batch);
                        }
                    }
                }
                for (int batch : batches) {
                    for (int t : threads) {
                        if (only.equals("all") || only.equals("outbox")) {
                            outbox(storage, t, batch > 1);
                        }
                    }
                }
                if (only.equals("all") || only.equals("sweep")) {
                    sweep(storage);
                }
            } finally {
                drop(anchor);
            }
        }
    }

    /**
     * Events appended per second by {@code n} threads, each on its own complaints, one event per
     * append, {@code batch} appends per transaction (1: each append commits on its own).
     */
    private void appends(JdbcStorage storage, int n, int batch) throws Exception {
        truncate();
        int complaints = 2_000 * n;
        seedComplaints(complaints, false);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Long>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < n; t++) {
            int first = t;
            counts.add(pool.submit(() -> {
                long[] versions = new long[complaints];
                long done = 0;
                int[] next = {first};
                while (!stop.get()) {
                    if (batch == 1) {
                        append(storage, versions, next[0] % complaints);
                        next[0] += n;
                    } else {
                        storage.inTransaction(tx -> {
                            for (int j = 0; j < batch; j++) {
                                append(storage, versions, next[0] % complaints);
                                next[0] += n;
                            }
                            return null;
                        });
                    }
                    done += batch;
                }
                return done;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get(1, TimeUnit.MINUTES);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("appends    threads=%-2d per-transaction=%-3d events=%-8d seconds=%.1f -> %,.0f events/s%n", n,
                batch, total, elapsed, total / elapsed);
    }

    private static void append(JdbcStorage storage, long[] versions, int k) {
        ComplaintId id = ComplaintId.of(String.format("C-%07d", k));
        ComplaintEvent e = ComplaintEvent.of(EventType.ACKNOWLEDGED, Actor.of("E017"), NOW, Map.of("step", "first_reply"));
        storage.complaints().append(P, id, versions[k], ComplaintChange.of(e,
                ComplaintState.initial().withStatus(ComplaintStatus.IN_PROGRESS)
                        .withDeadlines(Map.of("on_site", NOW.plusSeconds(900)), Optional.of(NOW.plusSeconds(900)))));
        versions[k]++;
    }

    /**
     * Messages claimed (100 at a time) and marked delivered per second by {@code n} workers; each
     * mark commits on its own, or the marks of one claimed batch commit together.
     */
    private void outbox(JdbcStorage storage, int n, boolean batchedMarks) throws Exception {
        truncate();
        long t0 = System.nanoTime();
        for (int from = 0; from < messages; from += 500) {
            int start = from;
            storage.inTransaction(tx -> {
                for (int i = start; i < Math.min(messages, start + 500); i++) {
                    tx.outbox().enqueue(new Notification(P, Recipient.staff("E042"), NotificationChannel.SMS,
                            "escalation.director", Map.of("complaint", "C-" + i), "esc:" + i, true, NOW));
                }
                return null;
            });
        }
        double enqueueSeconds = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Long>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < n; t++) {
            String worker = "worker-" + t;
            counts.add(pool.submit(() -> {
                long done = 0;
                List<OutboxMessage> got;
                while (!(got = storage.outbox().claim(P, worker, NOW, Duration.ofMinutes(5), 100)).isEmpty()) {
                    List<OutboxMessage> batch = got;
                    if (batchedMarks) {
                        storage.inTransaction(tx -> {
                            for (OutboxMessage m : batch) {
                                tx.outbox().markDelivered(P, m.id(), m.lease().orElseThrow().token(), NOW);
                            }
                            return null;
                        });
                    } else {
                        for (OutboxMessage m : batch) {
                            storage.outbox().markDelivered(P, m.id(), m.lease().orElseThrow().token(), NOW);
                        }
                    }
                    done += batch.size();
                }
                return done;
            }));
        }
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get(10, TimeUnit.MINUTES);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("outbox     workers=%-2d marks=%-9s messages=%-6d seconds=%.1f -> %,.0f claimed+marked/s "
                + "(enqueue in units of 500: %,.0f/s)%n", n, batchedMarks ? "batched" : "each", total, elapsed,
                total / elapsed, messages / enqueueSeconds);
    }

    /** The due sweep on {@code rows} complaints: 90% closed, 10% open with due instants spread over 60 days. */
    private void sweep(JdbcStorage storage) throws Exception {
        truncate();
        long t0 = System.nanoTime();
        seedComplaints(rows, true);
        System.out.printf("sweep      seeded %,d complaints in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
        analyze();
        int runs = 300;
        long[] micros = new long[runs];
        int found = 0;
        for (int i = -20; i < runs; i++) {
            long s = System.nanoTime();
            // a different instant each call, so no database can answer from a result cache
            found = storage.complaints().findDue(P, NOW.minusSeconds(i + 21), 100).size();
            if (i >= 0) {
                micros[i] = (System.nanoTime() - s) / 1000;
            }
        }
        Arrays.sort(micros);
        System.out.printf("sweep      findDue(limit 100) on %,d complaints: %d due returned; median %.2f ms, "
                + "p99 %.2f ms, max %.2f ms%n", rows, found, micros[runs / 2] / 1000.0,
                micros[runs * 99 / 100] / 1000.0, micros[runs - 1] / 1000.0);
        explain();
    }

    private void seedComplaints(int n, boolean mixed) throws SQLException {
        String sql = "INSERT INTO " + PREFIX + "complaints (property_id, complaint_id, idempotency_key, channel, "
                + "origin, text, received_at, version, status, is_open, deadlines, next_due_at, sweep_at, created_at, "
                + "updated_at) VALUES (?, ?, ?, 'PATROL', 'DIRECT', 'seeded', ?, 0, ?, ?, '{}', ?, ?, 0, 0)";
        java.util.Random random = new java.util.Random(42);
        long now = nanos(NOW);
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                boolean open = !mixed || random.nextInt(10) == 0;
                long due = now + (long) ((random.nextDouble() - 0.5) * 60 * 86_400) * 1_000_000_000L;
                ps.setString(1, P.value());
                ps.setString(2, String.format("C-%07d", i));
                ps.setString(3, "k" + i);
                ps.setLong(4, now - 86_400_000_000_000L);
                ps.setString(5, open ? "IN_PROGRESS" : "CLOSED");
                ps.setBoolean(6, open);
                ps.setLong(7, due);
                if (open && mixed) {
                    ps.setLong(8, due);
                } else {
                    ps.setNull(8, java.sql.Types.BIGINT);
                }
                ps.addBatch();
                if (i % 2_000 == 1_999) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private void analyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            switch (db) {
                case "postgresql" -> s.execute("ANALYZE " + PREFIX + "complaints");
                case "mariadb" -> s.execute("ANALYZE TABLE " + PREFIX + "complaints");
                default -> s.execute("ANALYZE TABLE " + PREFIX + "complaints");
            }
            c.commit();
        }
    }

    /** Prints the database's plan for the due-sweep query the adapter runs (same text, values inlined). */
    private void explain() throws SQLException {
        // the adapter's query (JdbcComplaintStore), with the values inlined
        String order = db.equals("mariadb") ? "sweep_at, complaint_id" : "property_id, sweep_at, complaint_id";
        String query = "SELECT complaint_id, version, status, next_due_at FROM " + PREFIX + "complaints "
                + "WHERE property_id = '" + P.value() + "' AND sweep_at >= " + Long.MIN_VALUE + " AND sweep_at <= "
                + nanos(NOW) + " ORDER BY " + order + " LIMIT 100";
        String explain = switch (db) {
            case "postgresql" -> "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + query;
            case "mariadb" -> "EXPLAIN " + query;
            default -> "EXPLAIN ANALYZE " + query;
        };
        System.out.println("plan       " + explain);
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(explain)) {
            int columns = rs.getMetaData().getColumnCount();
            if (columns > 1) {
                StringBuilder head = new StringBuilder("  ");
                for (int i = 1; i <= columns; i++) {
                    head.append(rs.getMetaData().getColumnLabel(i)).append(i < columns ? " | " : "");
                }
                System.out.println(head);
            }
            while (rs.next()) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 1; i <= columns; i++) {
                    line.append(rs.getString(i)).append(i < columns ? " | " : "");
                }
                System.out.println(line);
            }
            c.commit();
        }
    }

    private void truncate() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : List.of("complaint_events", "complaint_keys", "complaints", "outbox")) {
                s.executeUpdate(db.equals("h2") ? "TRUNCATE TABLE " + PREFIX + t : "TRUNCATE TABLE " + PREFIX + t);
            }
            c.commit();
        }
    }

    private void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : List.of("complaint_events", "complaint_keys", "complaints", "outbox", "roster_assignments",
                    "rosters", "survey_responses", "survey_rounds", "questionnaires")) {
                s.executeUpdate("DROP TABLE IF EXISTS " + PREFIX + t);
            }
            String q = db.equals("mariadb") ? "`" : "\"";
            s.executeUpdate("DROP TABLE IF EXISTS " + q + PREFIX + "schema_history" + q);
            c.commit();
        }
    }
}
