package io.propcare.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.MessageId;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.spi.ComplaintStore;
import io.propcare.spi.Enqueued;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.Page;
import io.propcare.spi.PageRequest;
import io.propcare.spi.Storage;
import io.propcare.spi.UnitOfWork;
import io.propcare.spi.tck.ComplaintStoreContract;
import io.propcare.spi.tck.Fixtures;
import io.propcare.spi.tck.NotificationOutboxContract;
import io.propcare.spi.tck.UnitOfWorkContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The kit's own test: adapters broken on purpose must fail the groups that check what they break,
 * and the correct adapter must pass the same groups.
 */
class KitDetectsBrokenAdaptersTest {

    private static Events run(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
    }

    private static Set<String> failedNames(Events events) {
        return events.failed().stream().map(Event::getTestDescriptor)
                .map(d -> d.getDisplayName()).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("an adapter that ignores the expected version fails the append and concurrency groups")
    void ignoresExpectedVersion() {
        Events events = run(IgnoresExpectedVersionKit.class);
        assertThat(failedNames(events)).contains(
                "appending at a stale version throws ConcurrentModificationException and writes nothing",
                "8 threads appending to one complaint: exactly one writer wins each version and nothing is lost");
    }

    @Test
    @DisplayName("an adapter whose units of work do not roll back fails the rollback group")
    void noRollback() {
        Events events = run(NoRollbackKit.class);
        assertThat(failedNames(events)).contains(
                "a unit that fails after writing a complaint, an event and a notification leaves none of them");
    }

    @Test
    @DisplayName("an adapter that finds complaints of another property fails the isolation group")
    void leaksAcrossProperties() {
        Events events = run(LeakyKit.class);
        assertThat(failedNames(events)).contains("no call reads or changes another property's complaints");
    }

    @Test
    @DisplayName("an adapter that marks messages without checking the lease token fails the lease-expiry group")
    void ignoresLeaseToken() {
        Events events = run(IgnoresLeaseTokenKit.class);
        assertThat(failedNames(events)).contains(
                "a message whose lease expired is claimed again under a new token; the old token is rejected");
    }

    @Test
    @DisplayName("the correct adapter passes the same groups the broken ones fail")
    void correctAdapterPasses() {
        for (Class<?> kit : List.of(CorrectComplaintKit.class, CorrectOutboxKit.class, CorrectUnitOfWorkKit.class)) {
            Events events = run(kit);
            assertThat(events.failed().count()).as("%s failures", kit.getSimpleName()).isZero();
            assertThat(events.succeeded().count()).as("%s successes", kit.getSimpleName()).isPositive();
        }
    }

    // ---- the broken adapters: decorators over the correct one ----

    /** Passes every call through; subclasses break one thing. */
    static class ForwardingStorage implements Storage {
        final InMemoryStorage delegate;

        ForwardingStorage(Clock clock) {
            this.delegate = InMemoryStorage.open(clock);
        }

        @Override
        public String adapterName() {
            return "broken";
        }

        @Override
        public ComplaintStore complaints() {
            return delegate.complaints();
        }

        @Override
        public NotificationOutbox outbox() {
            return delegate.outbox();
        }

        @Override
        public io.propcare.spi.RosterStore rosters() {
            return delegate.rosters();
        }

        @Override
        public io.propcare.spi.SurveyStore surveys() {
            return delegate.surveys();
        }

        @Override
        public <T> T inTransaction(UnitOfWork<T> work) {
            return delegate.inTransaction(s -> work.run(this));
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** Forwards complaint calls. */
    static class ForwardingComplaints implements ComplaintStore {
        final ComplaintStore d;

        ForwardingComplaints(ComplaintStore d) {
            this.d = d;
        }

        @Override
        public ComplaintRecord create(Complaint complaint, String idempotencyKey) {
            return d.create(complaint, idempotencyKey);
        }

        @Override
        public ComplaintRecord append(PropertyId property, ComplaintId id, long expectedVersion, ComplaintChange change) {
            return d.append(property, id, expectedVersion, change);
        }

        @Override
        public Optional<ComplaintRecord> find(PropertyId property, ComplaintId id) {
            return d.find(property, id);
        }

        @Override
        public Page<ComplaintRecord> openComplaints(PropertyId property, PageRequest request) {
            return d.openComplaints(property, request);
        }

        @Override
        public List<ComplaintRecord> findDue(PropertyId property, Instant at, int limit) {
            return d.findDue(property, at, limit);
        }
    }

    /** Forwards outbox calls. */
    static class ForwardingOutbox implements NotificationOutbox {
        final NotificationOutbox d;

        ForwardingOutbox(NotificationOutbox d) {
            this.d = d;
        }

        @Override
        public Enqueued enqueue(Notification notification) {
            return d.enqueue(notification);
        }

        @Override
        public List<OutboxMessage> claim(PropertyId property, String worker, Instant now, Duration lease, int max) {
            return d.claim(property, worker, now, lease, max);
        }

        @Override
        public OutboxMessage markDelivered(PropertyId property, MessageId id, String leaseToken, Instant at) {
            return d.markDelivered(property, id, leaseToken, at);
        }

        @Override
        public OutboxMessage markFailed(PropertyId property, MessageId id, String leaseToken, String error,
                                        Optional<Instant> retryAt) {
            return d.markFailed(property, id, leaseToken, error, retryAt);
        }

        @Override
        public Optional<OutboxMessage> find(PropertyId property, MessageId id) {
            return d.find(property, id);
        }

        @Override
        public long count(PropertyId property, DeliveryState state) {
            return d.count(property, state);
        }
    }

    static final class IgnoresExpectedVersion extends ForwardingStorage {
        IgnoresExpectedVersion(Clock clock) {
            super(clock);
        }

        @Override
        public ComplaintStore complaints() {
            return new ForwardingComplaints(delegate.complaints()) {
                @Override
                public ComplaintRecord append(PropertyId property, ComplaintId id, long expectedVersion,
                                              ComplaintChange change) {
                    long actual = d.find(property, id).map(ComplaintRecord::version).orElse(expectedVersion);
                    return d.append(property, id, actual, change);
                }
            };
        }
    }

    static final class NoRollback extends ForwardingStorage {
        NoRollback(Clock clock) {
            super(clock);
        }

        @Override
        public <T> T inTransaction(UnitOfWork<T> work) {
            return work.run(this);
        }
    }

    static final class Leaky extends ForwardingStorage {
        Leaky(Clock clock) {
            super(clock);
        }

        @Override
        public ComplaintStore complaints() {
            return new ForwardingComplaints(delegate.complaints()) {
                @Override
                public Optional<ComplaintRecord> find(PropertyId property, ComplaintId id) {
                    return d.find(property, id).or(() -> d.find(Fixtures.PROPERTY, id));
                }
            };
        }
    }

    static final class IgnoresLeaseToken extends ForwardingStorage {
        IgnoresLeaseToken(Clock clock) {
            super(clock);
        }

        @Override
        public NotificationOutbox outbox() {
            return new ForwardingOutbox(delegate.outbox()) {
                @Override
                public OutboxMessage markDelivered(PropertyId property, MessageId id, String leaseToken, Instant at) {
                    String current = d.find(property, id).flatMap(OutboxMessage::lease).map(l -> l.token())
                            .orElse(leaseToken);
                    return d.markDelivered(property, id, current, at);
                }
            };
        }
    }

    // ---- the kit run against each; static nested classes, so Surefire does not run them directly ----

    static class IgnoresExpectedVersionKit extends ComplaintStoreContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return new IgnoresExpectedVersion(clock);
        }
    }

    static class NoRollbackKit extends UnitOfWorkContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return new NoRollback(clock);
        }
    }

    static class LeakyKit extends ComplaintStoreContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return new Leaky(clock);
        }
    }

    static class IgnoresLeaseTokenKit extends NotificationOutboxContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return new IgnoresLeaseToken(clock);
        }
    }

    static class CorrectComplaintKit extends ComplaintStoreContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return new ForwardingStorage(clock);
        }
    }

    static class CorrectOutboxKit extends NotificationOutboxContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return new ForwardingStorage(clock);
        }
    }

    static class CorrectUnitOfWorkKit extends UnitOfWorkContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return new ForwardingStorage(clock);
        }
    }
}
