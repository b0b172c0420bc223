package io.propcare.spi.tck;

import static io.propcare.spi.tck.Fixtures.PROPERTY;
import static io.propcare.spi.tck.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.notification.DeliveryState;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit for units of work ({@link Storage#inTransaction}): events and outbox rows
 * commit together or not at all.
 */
public abstract class UnitOfWorkContract extends StorageContractSupport {

    /** Thrown on purpose inside a unit of work. */
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("failure after the writes");
        }
    }

    @Nested
    @DisplayName("commit")
    class Commit {
        @Test
        @DisplayName("a unit that returns normally commits the complaint, its events and its notification, and returns the result")
        void commits() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            String result = storage().inTransaction(s -> {
                s.complaints().create(c, "k");
                s.complaints().append(PROPERTY, c.id(), 0,
                        Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, T0.plusSeconds(60)));
                s.outbox().enqueue(Fixtures.notification(PROPERTY, "received:C-1", T0));
                return "done";
            });
            assertThat(result).isEqualTo("done");
            assertThat(storage().complaints().find(PROPERTY, c.id()).orElseThrow().version()).isEqualTo(1);
            assertThat(storage().outbox().count(PROPERTY, DeliveryState.PENDING)).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("rollback")
    class Rollback {
        @Test
        @DisplayName("a unit that fails after writing a complaint, an event and a notification leaves none of them")
        void rollsBackEverything() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            Boom boom = new Boom();
            assertThatThrownBy(() -> storage().inTransaction(s -> {
                s.complaints().create(c, "k");
                s.complaints().append(PROPERTY, c.id(), 0,
                        Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, T0.plusSeconds(60)));
                s.outbox().enqueue(Fixtures.notification(PROPERTY, "received:C-1", T0));
                throw boom;
            })).isSameAs(boom);
            assertThat(storage().complaints().find(PROPERTY, c.id())).isEmpty();
            assertThat(storage().outbox().count(PROPERTY, DeliveryState.PENDING)).isZero();
            // the idempotency key and dedup key are free again
            assertThat(storage().complaints().create(c, "k").version()).isZero();
            assertThat(storage().outbox().enqueue(Fixtures.notification(PROPERTY, "received:C-1", T0)).created()).isTrue();
        }

        @Test
        @DisplayName("a failed append inside a unit rolls back the event written before it, on an existing complaint")
        void rollsBackAppend() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            storage().complaints().create(c, "k");
            assertThatThrownBy(() -> storage().inTransaction(s -> {
                s.complaints().append(PROPERTY, c.id(), 0,
                        Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, null));
                s.outbox().enqueue(Fixtures.notification(PROPERTY, "n1", T0));
                return s.complaints().append(PROPERTY, c.id(), 0,
                        Fixtures.change(EventType.CLOSED, T0, ComplaintStatus.CLOSED, null));
            })).isInstanceOf(ConcurrentModificationException.class);
            assertThat(storage().complaints().find(PROPERTY, c.id()).orElseThrow().version()).isZero();
            assertThat(storage().outbox().count(PROPERTY, DeliveryState.PENDING)).isZero();
        }

        @Test
        @DisplayName("a rolled-back claim and mark leave the message as it was")
        void rollsBackOutboxMarks() {
            storage().outbox().enqueue(Fixtures.notification(PROPERTY, "n1", T0));
            assertThatThrownBy(() -> storage().inTransaction(s -> {
                var m = s.outbox().claim(PROPERTY, "w", T0, java.time.Duration.ofSeconds(30), 1).get(0);
                s.outbox().markDelivered(PROPERTY, m.id(), m.lease().orElseThrow().token(), T0);
                throw new Boom();
            })).isInstanceOf(Boom.class);
            assertThat(storage().outbox().count(PROPERTY, DeliveryState.PENDING)).isEqualTo(1);
            assertThat(storage().outbox().claim(PROPERTY, "w", T0, java.time.Duration.ofSeconds(30), 1).get(0).attempts())
                    .isEqualTo(1);
        }
    }
}
