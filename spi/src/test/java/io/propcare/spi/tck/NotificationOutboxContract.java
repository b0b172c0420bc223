package io.propcare.spi.tck;

import static io.propcare.spi.tck.Fixtures.OTHER_PROPERTY;
import static io.propcare.spi.tck.Fixtures.PROPERTY;
import static io.propcare.spi.tck.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.MessageId;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.spi.Enqueued;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.LeaseLostException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.NotificationOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit for {@link NotificationOutbox}: extend it and implement {@link #newStorage}.
 */
public abstract class NotificationOutboxContract extends StorageContractSupport {
    private static final Duration LEASE = Duration.ofSeconds(30);

    /**
     * The outbox under test.
     *
     * @return the outbox
     */
    protected NotificationOutbox outbox() {
        return storage().outbox();
    }

    private OutboxMessage enqueue(String key, Instant at) {
        return outbox().enqueue(Fixtures.notification(PROPERTY, key, at)).message();
    }

    @Nested
    @DisplayName("enqueue")
    class Enqueue {
        @Test
        @DisplayName("an enqueued notification is pending, due at its creation, with every field unchanged")
        void roundTrip() {
            Notification n = Fixtures.notification(PROPERTY, "esc:C-1:director", T0);
            Enqueued e = outbox().enqueue(n);
            assertThat(e.created()).isTrue();
            OutboxMessage m = e.message();
            assertThat(m.notification()).isEqualTo(n);
            assertThat(m.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(m.attempts()).isZero();
            assertThat(m.nextAttemptAt()).isEqualTo(T0);
            assertThat(m.lease()).isEmpty();
            assertThat(outbox().find(PROPERTY, m.id())).contains(m);
            assertThat(outbox().count(PROPERTY, DeliveryState.PENDING)).isEqualTo(1);
        }

        @Test
        @DisplayName("a second notification with the same deduplication key is not added; the first is returned")
        void dedup() {
            OutboxMessage first = enqueue("k", T0);
            Enqueued again = outbox().enqueue(Fixtures.notification(PROPERTY, "k", T0.plusSeconds(5)));
            assertThat(again.created()).isFalse();
            assertThat(again.message()).isEqualTo(first);
            assertThat(outbox().count(PROPERTY, DeliveryState.PENDING)).isEqualTo(1);
        }

        @Test
        @DisplayName("message ids are distinct")
        void distinctIds() {
            Set<MessageId> ids = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                ids.add(enqueue("k" + i, T0).id());
            }
            assertThat(ids).hasSize(50);
        }
    }

    @Nested
    @DisplayName("claim")
    class Claim {
        @Test
        @DisplayName("claim takes due pending messages by next attempt then id, up to max, and leases them")
        void claimDue() {
            OutboxMessage late = enqueue("late", T0.plusSeconds(100));
            OutboxMessage early = enqueue("early", T0);
            OutboxMessage mid = enqueue("mid", T0.plusSeconds(50));
            enqueue("future", T0.plusSeconds(1000));
            List<OutboxMessage> c = outbox().claim(PROPERTY, "w1", T0.plusSeconds(100), LEASE, 2);
            assertThat(c).extracting(OutboxMessage::id).containsExactly(early.id(), mid.id());
            for (OutboxMessage m : c) {
                assertThat(m.state()).isEqualTo(DeliveryState.IN_FLIGHT);
                assertThat(m.attempts()).isEqualTo(1);
                assertThat(m.lease().orElseThrow().owner()).isEqualTo("w1");
                assertThat(m.lease().orElseThrow().until()).isEqualTo(T0.plusSeconds(100).plus(LEASE));
                assertThat(outbox().find(PROPERTY, m.id())).contains(m);
            }
            assertThat(c.get(0).lease().orElseThrow().token()).isNotEqualTo(c.get(1).lease().orElseThrow().token());
            assertThat(outbox().claim(PROPERTY, "w2", T0.plusSeconds(100), LEASE, 10))
                    .extracting(OutboxMessage::id).containsExactly(late.id());
            assertThat(outbox().claim(PROPERTY, "w2", T0.plusSeconds(100), LEASE, 10)).isEmpty();
        }
    }

    @Nested
    @DisplayName("concurrent claims")
    class ConcurrentClaims {
        @Test
        @DisplayName("8 concurrent claimers never receive the same message, and together they get all of them")
        void neverShared() throws Exception {
            int total = 400;
            for (int i = 0; i < total; i++) {
                enqueue("k" + i, T0);
            }
            ConcurrentHashMap<MessageId, String> owner = new ConcurrentHashMap<>();
            List<String> doubles = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String w = "w" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<OutboxMessage> got;
                    do {
                        got = outbox().claim(PROPERTY, w, T0.plusSeconds(1), Duration.ofMinutes(10), 7);
                        for (OutboxMessage m : got) {
                            if (owner.putIfAbsent(m.id(), w) != null) {
                                doubles.add(m.id().value());
                            }
                            outbox().markDelivered(PROPERTY, m.id(), m.lease().orElseThrow().token(), T0.plusSeconds(2));
                        }
                    } while (!got.isEmpty());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(doubles).isEmpty();
            assertThat(owner).hasSize(total);
            assertThat(outbox().count(PROPERTY, DeliveryState.DELIVERED)).isEqualTo(total);
        }
    }

    @Nested
    @DisplayName("lease expiry")
    class LeaseExpiry {
        @Test
        @DisplayName("a message whose lease expired is claimed again under a new token; the old token is rejected")
        void reclaimed() {
            OutboxMessage m = enqueue("k", T0);
            OutboxMessage first = outbox().claim(PROPERTY, "w1", T0, LEASE, 10).get(0);
            assertThat(outbox().claim(PROPERTY, "w2", T0.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
            List<OutboxMessage> again = outbox().claim(PROPERTY, "w2", T0.plus(LEASE), LEASE, 10);
            assertThat(again).extracting(OutboxMessage::id).containsExactly(m.id());
            OutboxMessage second = again.get(0);
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.lease().orElseThrow().token()).isNotEqualTo(first.lease().orElseThrow().token());
            String stale = first.lease().orElseThrow().token();
            assertThatThrownBy(() -> outbox().markDelivered(PROPERTY, m.id(), stale, T0))
                    .isInstanceOf(LeaseLostException.class);
            OutboxMessage done = outbox().markDelivered(PROPERTY, m.id(), second.lease().orElseThrow().token(), T0.plus(LEASE));
            assertThat(done.state()).isEqualTo(DeliveryState.DELIVERED);
        }
    }

    @Nested
    @DisplayName("mark")
    class Mark {
        @Test
        @DisplayName("a delivered message is never claimed again, even after its lease would have expired")
        void deliveredNeverAgain() {
            OutboxMessage m = enqueue("k", T0);
            OutboxMessage c = outbox().claim(PROPERTY, "w1", T0, LEASE, 1).get(0);
            OutboxMessage d = outbox().markDelivered(PROPERTY, m.id(), c.lease().orElseThrow().token(), T0.plusSeconds(3));
            assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(d.deliveredAt()).contains(T0.plusSeconds(3));
            assertThat(d.lease()).isEmpty();
            assertThat(outbox().claim(PROPERTY, "w2", T0.plus(Duration.ofDays(30)), LEASE, 10)).isEmpty();
            assertThatThrownBy(() -> outbox().markDelivered(PROPERTY, m.id(), c.lease().orElseThrow().token(), T0))
                    .isInstanceOf(LeaseLostException.class);
            assertThat(outbox().find(PROPERTY, m.id())).contains(d);
        }

        @Test
        @DisplayName("a failed delivery with a retry instant is pending again from then, with the error and attempts kept")
        void retry() {
            OutboxMessage m = enqueue("k", T0);
            OutboxMessage c = outbox().claim(PROPERTY, "w1", T0, LEASE, 1).get(0);
            OutboxMessage f = outbox().markFailed(PROPERTY, m.id(), c.lease().orElseThrow().token(), "gateway timeout",
                    Optional.of(T0.plusSeconds(60)));
            assertThat(f.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(f.attempts()).isEqualTo(1);
            assertThat(f.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(f.lastError()).contains("gateway timeout");
            assertThat(outbox().claim(PROPERTY, "w1", T0.plusSeconds(59), LEASE, 1)).isEmpty();
            OutboxMessage c2 = outbox().claim(PROPERTY, "w1", T0.plusSeconds(60), LEASE, 1).get(0);
            assertThat(c2.attempts()).isEqualTo(2);
            assertThat(outbox().find(PROPERTY, m.id())).contains(c2);
        }

        @Test
        @DisplayName("a failed delivery without a retry instant is dead and never claimed again")
        void dead() {
            OutboxMessage m = enqueue("k", T0);
            OutboxMessage c = outbox().claim(PROPERTY, "w1", T0, LEASE, 1).get(0);
            OutboxMessage f = outbox().markFailed(PROPERTY, m.id(), c.lease().orElseThrow().token(), "invalid number",
                    Optional.empty());
            assertThat(f.state()).isEqualTo(DeliveryState.DEAD);
            assertThat(outbox().claim(PROPERTY, "w1", T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
            assertThat(outbox().count(PROPERTY, DeliveryState.DEAD)).isEqualTo(1);
        }

        @Test
        @DisplayName("marking a pending message, or an unknown one, is rejected")
        void notLeased() {
            OutboxMessage m = enqueue("k", T0);
            assertThatThrownBy(() -> outbox().markDelivered(PROPERTY, m.id(), "made-up", T0))
                    .isInstanceOf(LeaseLostException.class);
            assertThatThrownBy(() -> outbox().markFailed(PROPERTY, MessageId.of("nope"), "t", "e", Optional.empty()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(outbox().find(PROPERTY, m.id())).contains(m);
        }
    }

    @Nested
    @DisplayName("property isolation")
    class Isolation {
        @Test
        @DisplayName("another property neither sees, claims, counts nor marks the messages, and has its own dedup keys")
        void isolated() {
            OutboxMessage m = enqueue("k", T0);
            assertThat(outbox().find(OTHER_PROPERTY, m.id())).isEmpty();
            assertThat(outbox().count(OTHER_PROPERTY, DeliveryState.PENDING)).isZero();
            assertThat(outbox().claim(OTHER_PROPERTY, "w", T0, LEASE, 10)).isEmpty();
            OutboxMessage c = outbox().claim(PROPERTY, "w", T0, LEASE, 1).get(0);
            assertThatThrownBy(() -> outbox().markDelivered(OTHER_PROPERTY, m.id(), c.lease().orElseThrow().token(), T0))
                    .isInstanceOf(NotFoundException.class);
            Enqueued other = outbox().enqueue(Fixtures.notification(OTHER_PROPERTY, "k", T0));
            assertThat(other.created()).isTrue();
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        @DisplayName("nulls give NullPointerException naming the argument; bad numbers and blanks give InvalidInputException")
        void bad() {
            assertThatThrownBy(() -> outbox().enqueue(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("notification");
            assertThatThrownBy(() -> outbox().claim(null, "w", T0, LEASE, 1)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("property");
            assertThatThrownBy(() -> outbox().claim(PROPERTY, "w", T0, Duration.ZERO, 1))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> outbox().claim(PROPERTY, "w", T0, LEASE, 0)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> outbox().claim(PROPERTY, " ", T0, LEASE, 1)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> outbox().markFailed(PROPERTY, MessageId.of("m"), "t", "", Optional.empty()))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> outbox().markFailed(PROPERTY, MessageId.of("m"), "t", "e", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("retryAt");
        }
    }
}
