package io.propcare.adapter.inmemory;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.Lease;
import io.propcare.model.notification.MessageId;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.spi.Enqueued;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.LeaseLostException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

final class InMemoryOutbox implements NotificationOutbox {
    private static final Comparator<OutboxMessage> BY_DUE = Comparator
            .comparing(InMemoryOutbox::dueAt)
            .thenComparing(m -> m.id().value());

    private final InMemoryStorage storage;
    private final Map<InMemoryStorage.Key, OutboxMessage> messages = new HashMap<>();
    private final Map<InMemoryStorage.Key, MessageId> byDedupKey = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();

    InMemoryOutbox(InMemoryStorage storage) {
        this.storage = storage;
    }

    @Override
    public Enqueued enqueue(Notification notification) {
        Checks.notNull(notification, "notification");
        return storage.locked(() -> {
            PropertyId p = notification.propertyId();
            InMemoryStorage.Key dk = new InMemoryStorage.Key(p, notification.dedupKey());
            MessageId existing = byDedupKey.get(dk);
            if (existing != null) {
                return new Enqueued(messages.get(new InMemoryStorage.Key(p, existing.value())), false);
            }
            MessageId id = MessageId.of(String.format("m%012d", sequence.incrementAndGet()));
            OutboxMessage m = OutboxMessage.pending(id, notification, notification.createdAt());
            InMemoryStorage.Key key = new InMemoryStorage.Key(p, id.value());
            messages.put(key, m);
            byDedupKey.put(dk, id);
            storage.onRollback(() -> {
                messages.remove(key);
                byDedupKey.remove(dk);
            });
            return new Enqueued(m, true);
        });
    }

    @Override
    public List<OutboxMessage> claim(PropertyId property, String worker, Instant now, Duration lease, int max) {
        Checks.notNull(property, "property");
        Checks.text(Checks.notNull(worker, "worker"), "worker", 100);
        Checks.notNull(now, "now");
        Checks.notNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw InvalidInputException.of("lease", lease, "expected a positive duration");
        }
        Checks.range(max, "max", 1, PageRequest.MAX_SIZE);
        return storage.locked(() -> {
            List<OutboxMessage> due = messages.entrySet().stream()
                    .filter(e -> e.getKey().property().equals(property))
                    .map(Map.Entry::getValue)
                    .filter(m -> isClaimable(m, now))
                    .sorted(BY_DUE)
                    .limit(max)
                    .toList();
            List<OutboxMessage> claimed = new ArrayList<>(due.size());
            for (OutboxMessage m : due) {
                Lease l = new Lease(worker, worker + "#" + tokens.incrementAndGet(), now.plus(lease));
                OutboxMessage c = new OutboxMessage(m.id(), m.notification(), DeliveryState.IN_FLIGHT,
                        m.attempts() + 1, m.nextAttemptAt(), Optional.of(l), m.lastError(), Optional.empty());
                put(property, m, c);
                claimed.add(c);
            }
            return claimed;
        });
    }

    @Override
    public OutboxMessage markDelivered(PropertyId property, MessageId id, String leaseToken, Instant at) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        Checks.notNull(leaseToken, "leaseToken");
        Checks.notNull(at, "at");
        return storage.locked(() -> {
            OutboxMessage m = leased(property, id, leaseToken, "outbox.markDelivered");
            OutboxMessage d = new OutboxMessage(m.id(), m.notification(), DeliveryState.DELIVERED, m.attempts(),
                    m.nextAttemptAt(), Optional.empty(), m.lastError(), Optional.of(at));
            put(property, m, d);
            return d;
        });
    }

    @Override
    public OutboxMessage markFailed(PropertyId property, MessageId id, String leaseToken, String error,
                                    Optional<Instant> retryAt) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        Checks.notNull(leaseToken, "leaseToken");
        Checks.text(Checks.notNull(error, "error"), "error", 2000);
        Checks.notNull(retryAt, "retryAt");
        return storage.locked(() -> {
            OutboxMessage m = leased(property, id, leaseToken, "outbox.markFailed");
            OutboxMessage f = new OutboxMessage(m.id(), m.notification(),
                    retryAt.isPresent() ? DeliveryState.PENDING : DeliveryState.DEAD, m.attempts(),
                    retryAt.orElse(m.nextAttemptAt()), Optional.empty(), Optional.of(error), Optional.empty());
            put(property, m, f);
            return f;
        });
    }

    @Override
    public Optional<OutboxMessage> find(PropertyId property, MessageId id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        return storage.locked(() -> Optional.ofNullable(messages.get(new InMemoryStorage.Key(property, id.value()))));
    }

    @Override
    public long count(PropertyId property, DeliveryState state) {
        Checks.notNull(property, "property");
        Checks.notNull(state, "state");
        return storage.locked(() -> messages.entrySet().stream()
                .filter(e -> e.getKey().property().equals(property) && e.getValue().state() == state)
                .count());
    }

    private OutboxMessage leased(PropertyId property, MessageId id, String token, String op) {
        OutboxMessage m = messages.get(new InMemoryStorage.Key(property, id.value()));
        if (m == null) {
            throw new NotFoundException(InMemoryStorage.NAME, op, "message " + id + " in property " + property);
        }
        if (m.state() != DeliveryState.IN_FLIGHT || !m.lease().orElseThrow().token().equals(token)) {
            throw new LeaseLostException(InMemoryStorage.NAME, op, "message " + id + " is " + m.state()
                    + (m.lease().isPresent() ? " under another lease" : "") + "; the lease " + token + " is not current");
        }
        return m;
    }

    private void put(PropertyId property, OutboxMessage before, OutboxMessage after) {
        InMemoryStorage.Key key = new InMemoryStorage.Key(property, after.id().value());
        messages.put(key, after);
        storage.onRollback(() -> messages.put(key, before));
    }

    private static boolean isClaimable(OutboxMessage m, Instant now) {
        return switch (m.state()) {
            case PENDING -> !m.nextAttemptAt().isAfter(now);
            case IN_FLIGHT -> !m.lease().orElseThrow().until().isAfter(now);
            case DELIVERED, DEAD -> false;
        };
    }

    private static Instant dueAt(OutboxMessage m) {
        return m.state() == DeliveryState.IN_FLIGHT ? m.lease().orElseThrow().until() : m.nextAttemptAt();
    }
}
