package io.propcare.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.PropertyId;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.spi.LeaseLostException;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Model-based property of the outbox: random enqueues, claims (with time moving forward),
 * successful and failed marks with current or stale tokens. A small model tracks each message
 * by deduplication key; the adapter must agree on every state, never hand one message to two live
 * leases, and never claim a delivered message again.
 */
public interface NotificationOutboxProperties {
    /**
     * A new, empty storage for one try.
     *
     * @return the storage
     */
    Storage newStorageForProperties();

    /** One operation. */
    sealed interface Op permits Enqueue, Claim, Mark, Advance {
    }

    /** Enqueue a message under dedup key {@code key}. */
    record Enqueue(int key) implements Op {
    }

    /** Claim up to {@code max}. */
    record Claim(int max, int leaseSeconds) implements Op {
    }

    /** Mark the {@code n}-th claimed message: delivered, failed with retry, or dead. */
    record Mark(int n, int outcome, boolean staleToken) implements Op {
    }

    /** Move time forward. */
    record Advance(int seconds) implements Op {
    }

    /** Model of one message. */
    final class ModelMessage {
        DeliveryState state = DeliveryState.PENDING;
        Instant due;
        String token;
        int attempts;

        ModelMessage(Instant due) {
            this.due = due;
        }
    }

    /**
     * The adapter and the model agree after every operation.
     *
     * @param ops the operations
     */
    @Property(tries = 150)
    default void outboxAgreesWithModel(@ForAll("outboxOperations") List<Op> ops) {
        PropertyId p = Fixtures.PROPERTY;
        Instant now = Fixtures.T0;
        Map<String, ModelMessage> model = new HashMap<>();
        Map<String, io.propcare.model.notification.MessageId> ids = new HashMap<>();
        List<OutboxMessage> claimedSoFar = new ArrayList<>();
        Set<String> staleTokens = new HashSet<>();
        try (Storage storage = newStorageForProperties()) {
            NotificationOutbox outbox = storage.outbox();
            for (Op op : ops) {
                if (op instanceof Advance a) {
                    now = now.plusSeconds(a.seconds());
                } else if (op instanceof Enqueue e) {
                    String key = "k" + e.key();
                    var result = outbox.enqueue(Fixtures.notification(p, key, now));
                    assertThat(result.created()).as("%s", op).isEqualTo(!model.containsKey(key));
                    if (result.created()) {
                        model.put(key, new ModelMessage(now));
                        ids.put(key, result.message().id());
                    }
                } else if (op instanceof Claim c) {
                    Instant at = now;
                    long claimable = model.values().stream().filter(m -> claimable(m, at)).count();
                    List<OutboxMessage> got = outbox.claim(p, "w", now, Duration.ofSeconds(c.leaseSeconds()), c.max());
                    assertThat(got).as("%s", op).hasSize((int) Math.min(claimable, c.max()));
                    for (OutboxMessage m : got) {
                        ModelMessage mm = model.get(m.notification().dedupKey());
                        assertThat(claimable(mm, at)).as("claimed %s", m.notification().dedupKey()).isTrue();
                        if (mm.token != null) {
                            staleTokens.add(mm.token);
                        }
                        mm.state = DeliveryState.IN_FLIGHT;
                        mm.token = m.lease().orElseThrow().token();
                        mm.due = m.lease().orElseThrow().until();
                        mm.attempts++;
                        assertThat(m.attempts()).isEqualTo(mm.attempts);
                        claimedSoFar.add(m);
                    }
                } else if (op instanceof Mark mk && !claimedSoFar.isEmpty()) {
                    OutboxMessage m = claimedSoFar.get(mk.n() % claimedSoFar.size());
                    ModelMessage mm = model.get(m.notification().dedupKey());
                    String token = mk.staleToken() ? "stale-" + m.lease().orElseThrow().token() : m.lease().orElseThrow().token();
                    boolean current = mm.state == DeliveryState.IN_FLIGHT && token.equals(mm.token);
                    Instant retry = now.plusSeconds(10);
                    try {
                        OutboxMessage after = switch (mk.outcome()) {
                            case 0 -> outbox.markDelivered(p, m.id(), token, now);
                            case 1 -> outbox.markFailed(p, m.id(), token, "timeout", Optional.of(retry));
                            default -> outbox.markFailed(p, m.id(), token, "invalid", Optional.empty());
                        };
                        assertThat(current).as("mark with a token that is not current succeeded: %s", op).isTrue();
                        mm.state = switch (mk.outcome()) {
                            case 0 -> DeliveryState.DELIVERED;
                            case 1 -> DeliveryState.PENDING;
                            default -> DeliveryState.DEAD;
                        };
                        if (mk.outcome() == 1) {
                            mm.due = retry;
                        }
                        staleTokens.add(mm.token);
                        mm.token = null;
                        assertThat(after.state()).isEqualTo(mm.state);
                    } catch (LeaseLostException lost) {
                        assertThat(current).as("mark with the current token was refused: %s", op).isFalse();
                    }
                }
                for (Map.Entry<String, ModelMessage> e : model.entrySet()) {
                    OutboxMessage stored = outbox.find(p, ids.get(e.getKey())).orElseThrow();
                    assertThat(stored.state()).as("state of %s after %s", e.getKey(), op).isEqualTo(e.getValue().state);
                    assertThat(stored.attempts()).isEqualTo(e.getValue().attempts);
                }
            }
        }
    }

    private static boolean claimable(ModelMessage m, Instant now) {
        return (m.state == DeliveryState.PENDING || m.state == DeliveryState.IN_FLIGHT) && !m.due.isAfter(now);
    }

    /**
     * Random outbox operation sequences.
     *
     * @return the arbitrary
     */
    @Provide
    default Arbitrary<List<Op>> outboxOperations() {
        Arbitrary<Op> enqueue = Arbitraries.integers().between(0, 8).map(Enqueue::new);
        Arbitrary<Op> claim = Combinators.combine(Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 60)).as(Claim::new);
        Arbitrary<Op> mark = Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false)).as(Mark::new);
        Arbitrary<Op> advance = Arbitraries.integers().between(1, 90).map(Advance::new);
        return Arbitraries.frequencyOf(Tuple.of(3, enqueue), Tuple.of(3, claim), Tuple.of(3, mark), Tuple.of(2, advance))
                .list().ofMaxSize(50);
    }
}
