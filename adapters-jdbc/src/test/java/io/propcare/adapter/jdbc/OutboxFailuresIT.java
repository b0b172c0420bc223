package io.propcare.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.tck.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures: a worker dying mid-batch, and a unit of work failing after its event write. */
class OutboxFailuresIT {
    private static final PropertyId P = Fixtures.PROPERTY;
    private static final Instant T0 = Fixtures.T0;
    private static final Duration LEASE = Duration.ofSeconds(30);
    private TestDatabase db;

    @AfterEach
    void closeNodes() {
        if (db != null) {
            db.closeNodes();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a worker killed mid-batch loses nothing: after its lease expires another worker delivers the rest")
    void workerDiesMidBatch(TestDatabase.Kind kind) {
        db = TestDatabase.of(kind);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        db.fresh(clock).close();
        JdbcStorage nodeA = db.node(clock, 2);
        JdbcStorage nodeB = db.node(clock, 2);
        for (int i = 0; i < 200; i++) {
            nodeA.outbox().enqueue(Fixtures.notification(P, "n" + i, T0));
        }
        Set<String> delivered = new HashSet<>();
        List<OutboxMessage> batchA = nodeA.outbox().claim(P, "worker-a", T0, LEASE, 50);
        assertThat(batchA).hasSize(50);
        for (OutboxMessage m : batchA.subList(0, 20)) {
            nodeA.outbox().markDelivered(P, m.id(), m.lease().orElseThrow().token(), T0);
            delivered.add(m.notification().dedupKey());
        }
        nodeA.close(); // worker A dies holding 30 leased messages
        Instant now = T0.plusSeconds(1);
        List<OutboxMessage> got;
        while (!(got = nodeB.outbox().claim(P, "worker-b", now, LEASE, 40)).isEmpty()) {
            for (OutboxMessage m : got) {
                assertThat(delivered.add(m.notification().dedupKey())).as("delivered twice: %s", m).isTrue();
                nodeB.outbox().markDelivered(P, m.id(), m.lease().orElseThrow().token(), now);
            }
        }
        assertThat(delivered).hasSize(170);
        assertThat(nodeB.outbox().count(P, DeliveryState.IN_FLIGHT)).isEqualTo(30);
        Instant afterLease = T0.plus(LEASE);
        while (!(got = nodeB.outbox().claim(P, "worker-b", afterLease, LEASE, 40)).isEmpty()) {
            for (OutboxMessage m : got) {
                assertThat(m.attempts()).isEqualTo(2);
                assertThat(delivered.add(m.notification().dedupKey())).as("delivered twice: %s", m).isTrue();
                nodeB.outbox().markDelivered(P, m.id(), m.lease().orElseThrow().token(), afterLease);
            }
        }
        assertThat(delivered).hasSize(200);
        assertThat(nodeB.outbox().count(P, DeliveryState.DELIVERED)).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a unit of work failing after the event write leaves neither the event nor its notification")
    void failureAfterEventWrite(TestDatabase.Kind kind) throws Exception {
        db = TestDatabase.of(kind);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (JdbcStorage s = db.fresh(clock)) {
            Complaint c = Fixtures.complaint(P, "C-1", T0);
            s.complaints().create(c, "k");
            // the notification is invalid for the database (its instant is out of range): it fails after the event
            assertThatThrownBy(() -> s.inTransaction(tx -> {
                tx.complaints().append(P, c.id(), 0,
                        Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, T0.plusSeconds(60)));
                tx.outbox().enqueue(Fixtures.notification(P, "received:C-1", T0));
                return tx.outbox().enqueue(Fixtures.notification(P, "bad", Instant.parse("2300-01-01T00:00:00Z")));
            })).isInstanceOf(InvalidInputException.class);
            // and a plain exception after both writes
            assertThatThrownBy(() -> s.inTransaction(tx -> {
                tx.complaints().append(P, c.id(), 0,
                        Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, T0.plusSeconds(60)));
                tx.outbox().enqueue(Fixtures.notification(P, "received:C-1", T0));
                throw new IllegalStateException("host failure after the writes");
            })).hasMessage("host failure after the writes");
            Tables t = new Tables(db.prefix());
            assertThat(OutboxAcrossNodesIT.countRows(db, t.events())).isZero();
            assertThat(OutboxAcrossNodesIT.countRows(db, t.outbox())).isZero();
            assertThat(s.complaints().find(P, c.id()).orElseThrow().version()).isZero();
            assertThat(s.complaints().findDue(P, T0.plusSeconds(3600), 10)).isEmpty();
        }
    }
}
