package io.propcare.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.tck.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several application nodes on one database: each node is a storage with its own connection
 * pool, sweeping due complaints (escalating each in a unit of work that appends the event and
 * enqueues its notification) and delivering the outbox, all at once.
 */
class OutboxAcrossNodesIT {
    private static final PropertyId P = Fixtures.PROPERTY;
    private static final Instant NOW = Instant.parse("2025-03-03T12:00:00Z");
    private static final int COMPLAINTS = 10_000;
    private static final int NODES = 4;
    private TestDatabase db;

    @AfterEach
    void closeNodes() {
        if (db != null) {
            db.closeNodes();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("4 nodes sweeping and delivering 10,000 due notifications deliver each exactly once")
    void fourNodes(TestDatabase.Kind kind) throws Exception {
        db = TestDatabase.of(kind);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db.fresh(clock).close();
        seedDueComplaints(db, COMPLAINTS);
        Map<String, Integer> deliveries = new ConcurrentHashMap<>();
        Map<String, Integer> sweptBy = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(NODES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            String name = "node-" + n;
            JdbcStorage storage = db.node(clock, 3);
            nodes.add(pool.submit(() -> {
                start.await();
                while (true) {
                    // one unit of work per batch: findDue locks the rows it returns (SKIP LOCKED), so the
                    // nodes sweep disjoint batches; the optimistic version check stays as the last guard
                    int swept = storage.inTransaction(tx -> {
                        List<ComplaintRecord> due = tx.complaints().findDue(P, NOW, 50);
                        for (ComplaintRecord r : due) {
                            try {
                                tx.complaints().append(P, r.id(), r.version(), ComplaintChange.of(
                                        ComplaintEvent.of(EventType.ESCALATED, Actor.SYSTEM, NOW, Map.of("node", name)),
                                        ComplaintState.initial().withStatus(ComplaintStatus.IN_PROGRESS)));
                                tx.outbox().enqueue(Fixtures.notification(P, "escalated:" + r.id(), NOW));
                                sweptBy.merge(r.id().value(), 1, Integer::sum);
                            } catch (ConcurrentModificationException anotherNodeWon) {
                                // another node escalated it first
                            }
                        }
                        return due.size();
                    });
                    List<OutboxMessage> claimed = storage.outbox().claim(P, name, NOW, Duration.ofMinutes(10), 100);
                    for (OutboxMessage m : claimed) {
                        deliveries.merge(m.notification().dedupKey(), 1, Integer::sum);
                        storage.outbox().markDelivered(P, m.id(), m.lease().orElseThrow().token(), NOW);
                    }
                    if (swept == 0 && claimed.isEmpty()
                            && storage.outbox().count(P, DeliveryState.PENDING) == 0
                            && storage.outbox().count(P, DeliveryState.IN_FLIGHT) == 0) {
                        return null;
                    }
                }
            }));
        }
        start.countDown();
        for (Future<?> f : nodes) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(sweptBy).hasSize(COMPLAINTS).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
        assertThat(deliveries).hasSize(COMPLAINTS).allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1));
        assertThat(countRows(db, new Tables(db.prefix()).events())).isEqualTo(COMPLAINTS);
        try (JdbcStorage s = db.node(clock, 2)) {
            assertThat(s.outbox().count(P, DeliveryState.DELIVERED)).isEqualTo(COMPLAINTS);
            assertThat(s.complaints().findDue(P, NOW, 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("findDue inside a unit of work locks what it returns: a second node's unit gets the next ones, a plain read sees all")
    void sweepsAreDisjoint(TestDatabase.Kind kind) throws Exception {
        db = TestDatabase.of(kind);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db.fresh(clock).close();
        seedDueComplaints(db, 10);
        JdbcStorage nodeA = db.node(clock, 2);
        JdbcStorage nodeB = db.node(clock, 2);
        CountDownLatch aHolds = new CountDownLatch(1);
        CountDownLatch bDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<List<String>> a = pool.submit(() -> nodeA.inTransaction(tx -> {
            List<String> ids = tx.complaints().findDue(P, NOW, 4).stream().map(r -> r.id().value()).toList();
            aHolds.countDown();
            try {
                bDone.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ids;
        }));
        aHolds.await(60, TimeUnit.SECONDS);
        List<String> b = nodeB.inTransaction(tx -> tx.complaints().findDue(P, NOW, 4).stream()
                .map(r -> r.id().value()).toList());
        List<String> plain = nodeB.complaints().findDue(P, NOW, 10).stream().map(r -> r.id().value()).toList();
        bDone.countDown();
        List<String> held = a.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(held).containsExactly("C-000000", "C-000001", "C-000002", "C-000003");
        assertThat(b).containsExactly("C-000004", "C-000005", "C-000006", "C-000007");
        assertThat(plain).hasSize(10);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("while one worker's claim is still uncommitted, another worker claims the messages after it, not none")
    void claimsSkipHeldMessages(TestDatabase.Kind kind) throws Exception {
        db = TestDatabase.of(kind);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db.fresh(clock).close();
        JdbcStorage nodeA = db.node(clock, 2);
        JdbcStorage nodeB = db.node(clock, 2);
        for (int i = 0; i < 10; i++) {
            nodeA.outbox().enqueue(Fixtures.notification(P, "n" + i, NOW.minusSeconds(10 - i)));
        }
        CountDownLatch aHolds = new CountDownLatch(1);
        CountDownLatch bDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<List<String>> a = pool.submit(() -> nodeA.inTransaction(tx -> {
            List<String> keys = tx.outbox().claim(P, "a", NOW, Duration.ofMinutes(1), 4).stream()
                    .map(m -> m.notification().dedupKey()).toList();
            aHolds.countDown();
            try {
                bDone.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return keys;
        }));
        aHolds.await(60, TimeUnit.SECONDS);
        List<String> b = nodeB.outbox().claim(P, "b", NOW, Duration.ofMinutes(1), 4).stream()
                .map(m -> m.notification().dedupKey()).toList();
        bDone.countDown();
        assertThat(a.get(60, TimeUnit.SECONDS)).containsExactly("n0", "n1", "n2", "n3");
        assertThat(b).containsExactly("n4", "n5", "n6", "n7");
        pool.shutdown();
    }

    /** Inserts due complaints directly, in batches: the sweep, not the seeding, is under test. */
    static void seedDueComplaints(TestDatabase db, int n) throws SQLException {
        Tables t = new Tables(db.prefix());
        String sql = "INSERT INTO " + t.complaints() + " (property_id, complaint_id, idempotency_key, channel, origin, "
                + "text, received_at, version, status, is_open, deadlines, next_due_at, sweep_at, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'PATROL', 'DIRECT', ?, ?, 0, 'RECEIVED', ?, '{}', ?, ?, 0, 0)";
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                long due = Codec.nanos(NOW.minusSeconds(n - i));
                ps.setString(1, P.value());
                ps.setString(2, String.format("C-%06d", i));
                ps.setString(3, "seed-" + i);
                ps.setString(4, "seeded complaint " + i);
                ps.setLong(5, due);
                ps.setBoolean(6, true);
                ps.setLong(7, due);
                ps.setLong(8, due);
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    static long countRows(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        }
    }
}
