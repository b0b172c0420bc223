package io.propcare.spi.tck;

import static io.propcare.spi.tck.Fixtures.OTHER_PROPERTY;
import static io.propcare.spi.tck.Fixtures.PROPERTY;
import static io.propcare.spi.tck.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.spi.ComplaintStore;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.Page;
import io.propcare.spi.PageRequest;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The compatibility kit for {@link ComplaintStore}: extend it and implement {@link #newStorage}.
 * Each nested group checks one clause of the store's javadoc.
 */
public abstract class ComplaintStoreContract extends StorageContractSupport {

    /**
     * The store under test.
     *
     * @return the store
     */
    protected ComplaintStore store() {
        return storage().complaints();
    }

    @Nested
    @DisplayName("create")
    class Create {
        @Test
        @DisplayName("a created complaint is found by id with every field unchanged, at version 0 with the initial state")
        void roundTrip() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-2025-000001", T0);
            ComplaintRecord created = store().create(c, "key-1");
            assertThat(created.complaint()).isEqualTo(c);
            assertThat(created.version()).isZero();
            assertThat(created.state()).isEqualTo(ComplaintState.initial());
            assertThat(created.history()).isEmpty();
            assertThat(store().find(PROPERTY, c.id())).contains(created);
        }

        @Test
        @DisplayName("a complaint with only required fields round-trips too")
        void minimalRoundTrip() {
            Complaint c = Fixtures.minimalComplaint(PROPERTY, "C-min", T0);
            store().create(c, "k");
            assertThat(store().find(PROPERTY, c.id()).orElseThrow().complaint()).isEqualTo(c);
        }

        @Test
        @DisplayName("creating again with the same idempotency key returns the first record, as it is now")
        void idempotent() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            store().create(c, "key-1");
            ComplaintRecord after = store().append(PROPERTY, c.id(), 0,
                    Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, null));
            ComplaintRecord again = store().create(Fixtures.complaint(PROPERTY, "C-other", T0), "key-1");
            assertThat(again).isEqualTo(after);
            assertThat(store().find(PROPERTY, ComplaintId.of("C-other"))).isEmpty();
        }

        @Test
        @DisplayName("an existing id under another idempotency key is rejected with DUPLICATE")
        void duplicateId() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            store().create(c, "key-1");
            assertThatThrownBy(() -> store().create(c, "key-2"))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).errorCode()).isEqualTo(SpiErrorCode.DUPLICATE));
        }
    }

    @Nested
    @DisplayName("append")
    class Append {
        @Test
        @DisplayName("appended events and the new state round-trip with every field, and the version counts the events")
        void roundTrip() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            store().create(c, "k");
            ComplaintChange first = Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, T0.plusSeconds(300));
            ComplaintChange second = new ComplaintChange(List.of(
                    Fixtures.event(EventType.CLASSIFIED, T0.plusSeconds(10)),
                    Fixtures.event(EventType.ASSIGNED, T0.plusSeconds(20))),
                    Fixtures.state(ComplaintStatus.IN_PROGRESS, T0.plusSeconds(900)));
            ComplaintRecord r1 = store().append(PROPERTY, c.id(), 0, first);
            ComplaintRecord r2 = store().append(PROPERTY, c.id(), 1, second);
            assertThat(r1.version()).isEqualTo(1);
            assertThat(r2.version()).isEqualTo(3);
            assertThat(r2.history()).containsExactly(first.events().get(0), second.events().get(0),
                    second.events().get(1));
            assertThat(r2.state()).isEqualTo(second.state());
            assertThat(store().find(PROPERTY, c.id())).contains(r2);
        }

        @Test
        @DisplayName("a state without classification, owner, deadlines or next due instant round-trips")
        void emptyState() {
            Complaint c = Fixtures.minimalComplaint(PROPERTY, "C-1", T0);
            store().create(c, "k");
            ComplaintChange ch = ComplaintChange.of(Fixtures.event(EventType.CLOSED, T0),
                    ComplaintState.initial().withStatus(ComplaintStatus.CLOSED));
            store().append(PROPERTY, c.id(), 0, ch);
            assertThat(store().find(PROPERTY, c.id()).orElseThrow().state()).isEqualTo(ch.state());
        }

        @Test
        @DisplayName("appending to an unknown complaint throws NotFoundException")
        void unknown() {
            assertThatThrownBy(() -> store().append(PROPERTY, ComplaintId.of("nope"), 0,
                    Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("appending at a stale version throws ConcurrentModificationException and writes nothing")
        void stale() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            store().create(c, "k");
            ComplaintRecord r1 = store().append(PROPERTY, c.id(), 0,
                    Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, null));
            assertThatThrownBy(() -> store().append(PROPERTY, c.id(), 0,
                    Fixtures.change(EventType.CLOSED, T0, ComplaintStatus.CLOSED, null)))
                    .isInstanceOf(ConcurrentModificationException.class)
                    .satisfies(e -> {
                        ConcurrentModificationException cme = (ConcurrentModificationException) e;
                        assertThat(cme.expectedVersion()).isZero();
                        assertThat(cme.actualVersion()).isEqualTo(1);
                    });
            assertThatThrownBy(() -> store().append(PROPERTY, c.id(), 5,
                    Fixtures.change(EventType.CLOSED, T0, ComplaintStatus.CLOSED, null)))
                    .isInstanceOf(ConcurrentModificationException.class);
            assertThat(store().find(PROPERTY, c.id())).contains(r1);
        }
    }

    @Nested
    @DisplayName("optimistic concurrency")
    class Concurrency {
        @Test
        @DisplayName("8 threads appending to one complaint: exactly one writer wins each version and nothing is lost")
        void eightWriters() throws Exception {
            Complaint c = Fixtures.complaint(PROPERTY, "C-race", T0);
            store().create(c, "k");
            int threads = 8;
            int rounds = 30;
            // every round, all writers read the same version, then all try to append at it
            java.util.concurrent.CyclicBarrier read = new java.util.concurrent.CyclicBarrier(threads);
            java.util.concurrent.CyclicBarrier written = new java.util.concurrent.CyclicBarrier(threads);
            Map<Long, List<String>> winners = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String writer = "W" + t;
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        long v = store().find(PROPERTY, c.id()).orElseThrow().version();
                        read.await(60, TimeUnit.SECONDS);
                        ComplaintEvent e = ComplaintEvent.of(EventType.ASSIGNED,
                                io.propcare.model.complaint.Actor.of(writer), T0.plusSeconds(v),
                                Map.of("writer", writer, "round", Integer.toString(round)));
                        try {
                            store().append(PROPERTY, c.id(), v, ComplaintChange.of(e,
                                    ComplaintState.initial().withStatus(ComplaintStatus.IN_PROGRESS)));
                            winners.computeIfAbsent(v, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                    .add(writer);
                        } catch (ConcurrentModificationException lost) {
                            // another writer won this version
                        }
                        written.await(60, TimeUnit.SECONDS);
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> f : futures) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            ComplaintRecord r = store().find(PROPERTY, c.id()).orElseThrow();
            for (long v = 0; v < rounds; v++) {
                assertThat(winners.get(v)).as("writers that succeeded at version %d", v).hasSize(1);
            }
            assertThat(winners).hasSize(rounds);
            assertThat(r.version()).isEqualTo(rounds);
            for (int i = 0; i < rounds; i++) {
                assertThat(r.history().get(i).details())
                        .as("event %d is the winner's, none lost", i)
                        .containsEntry("writer", winners.get((long) i).get(0))
                        .containsEntry("round", Integer.toString(i));
            }
        }

        @Test
        @DisplayName("8 threads creating with the same idempotency key create exactly one complaint")
        void concurrentIdempotentCreate() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ComplaintRecord>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return store().create(Fixtures.complaint(PROPERTY, "C-" + n, T0), "same-key");
                }));
            }
            start.countDown();
            List<ComplaintId> ids = new ArrayList<>();
            for (Future<ComplaintRecord> f : futures) {
                ids.add(f.get(60, TimeUnit.SECONDS).id());
            }
            pool.shutdown();
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(store().openComplaints(PROPERTY, PageRequest.first(100)).items()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("find")
    class Find {
        @Test
        @DisplayName("an unknown id gives empty")
        void unknown() {
            assertThat(store().find(PROPERTY, ComplaintId.of("missing"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("paging")
    class Paging {
        @Test
        @DisplayName("open complaints come page by page in received order then id, closed ones left out")
        void pages() {
            List<ComplaintId> expected = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                // same instant for pairs, to check the id tie-break; created out of order
                Instant at = T0.plusSeconds(60L * ((i * 7) % 23 / 2));
                Complaint c = Fixtures.minimalComplaint(PROPERTY, String.format("C-%02d", (i * 7) % 23), at);
                store().create(c, "k" + i);
                if (i % 5 == 0) {
                    store().append(PROPERTY, c.id(), 0, Fixtures.change(EventType.CLOSED, at, ComplaintStatus.CLOSED, null));
                } else {
                    expected.add(c.id());
                }
            }
            List<ComplaintRecord> all = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            int pages = 0;
            do {
                Page<ComplaintRecord> p = store().openComplaints(PROPERTY, new PageRequest(cursor, 4));
                assertThat(p.items().size()).isLessThanOrEqualTo(4);
                all.addAll(p.items());
                cursor = p.nextCursor();
                pages++;
            } while (cursor.isPresent() && pages < 100);
            List<ComplaintRecord> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparing((ComplaintRecord r) -> r.complaint().receivedAt())
                    .thenComparing(r -> r.id().value()));
            assertThat(all).isEqualTo(sorted);
            assertThat(all).extracting(ComplaintRecord::id).containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        @DisplayName("a page that ends exactly at the last item may have a cursor, and the next page is then empty")
        void exactEnd() {
            for (int i = 0; i < 4; i++) {
                store().create(Fixtures.minimalComplaint(PROPERTY, "C-" + i, T0.plusSeconds(i)), "k" + i);
            }
            Page<ComplaintRecord> p = store().openComplaints(PROPERTY, PageRequest.first(4));
            assertThat(p.items()).hasSize(4);
            p.nextCursor().ifPresent(c -> assertThat(store().openComplaints(PROPERTY, PageRequest.after(c, 4)).items()).isEmpty());
        }

        @Test
        @DisplayName("a cursor the store did not make is rejected with InvalidInputException")
        void badCursor() {
            assertThatThrownBy(() -> store().openComplaints(PROPERTY, PageRequest.after("not a cursor!", 10)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    @DisplayName("due")
    class Due {
        @Test
        @DisplayName("findDue returns open complaints due at or before the instant, by due instant then id, up to the limit")
        void due() {
            Instant[] due = {T0.plusSeconds(300), T0.plusSeconds(100), null, T0.plusSeconds(100), T0.plusSeconds(1000)};
            for (int i = 0; i < due.length; i++) {
                Complaint c = Fixtures.minimalComplaint(PROPERTY, "C-" + i, T0);
                store().create(c, "k" + i);
                store().append(PROPERTY, c.id(), 0, Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, due[i]));
            }
            Complaint closed = Fixtures.minimalComplaint(PROPERTY, "C-closed", T0);
            store().create(closed, "kc");
            store().append(PROPERTY, closed.id(), 0, Fixtures.change(EventType.CLOSED, T0, ComplaintStatus.CLOSED, T0));
            assertThat(store().findDue(PROPERTY, T0.plusSeconds(300), 10)).extracting(r -> r.id().value())
                    .containsExactly("C-1", "C-3", "C-0");
            assertThat(store().findDue(PROPERTY, T0.plusSeconds(300), 2)).extracting(r -> r.id().value())
                    .containsExactly("C-1", "C-3");
            assertThat(store().findDue(PROPERTY, T0.plusSeconds(99), 10)).isEmpty();
        }
    }

    @Nested
    @DisplayName("property isolation")
    class Isolation {
        @Test
        @DisplayName("no call reads or changes another property's complaints")
        void isolated() {
            Complaint mine = Fixtures.complaint(PROPERTY, "C-1", T0);
            store().create(mine, "k");
            store().append(PROPERTY, mine.id(), 0, Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, T0));
            assertThat(store().find(OTHER_PROPERTY, mine.id())).isEmpty();
            assertThat(store().openComplaints(OTHER_PROPERTY, PageRequest.first(10)).items()).isEmpty();
            assertThat(store().findDue(OTHER_PROPERTY, T0.plusSeconds(1), 10)).isEmpty();
            assertThatThrownBy(() -> store().append(OTHER_PROPERTY, mine.id(), 1,
                    Fixtures.change(EventType.CLOSED, T0, ComplaintStatus.CLOSED, null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("the same id and idempotency key in two properties are two complaints")
        void sameIdsTwoProperties() {
            ComplaintRecord a = store().create(Fixtures.complaint(PROPERTY, "C-1", T0), "k");
            ComplaintRecord b = store().create(Fixtures.minimalComplaint(OTHER_PROPERTY, "C-1", T0), "k");
            assertThat(a.complaint().propertyId()).isEqualTo(PROPERTY);
            assertThat(b.complaint().propertyId()).isEqualTo(OTHER_PROPERTY);
            assertThat(store().find(OTHER_PROPERTY, ComplaintId.of("C-1")).orElseThrow().complaint())
                    .isEqualTo(b.complaint());
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        @DisplayName("null arguments give a NullPointerException naming the argument")
        void nulls() {
            ComplaintChange ch = Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, null);
            assertThatThrownBy(() -> store().create(null, "k")).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("complaint");
            assertThatThrownBy(() -> store().create(Fixtures.complaint(PROPERTY, "C-1", T0), null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("idempotencyKey");
            assertThatThrownBy(() -> store().append(null, ComplaintId.of("C"), 0, ch))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("property");
            assertThatThrownBy(() -> store().append(PROPERTY, null, 0, ch))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
            assertThatThrownBy(() -> store().append(PROPERTY, ComplaintId.of("C"), 0, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("change");
            assertThatThrownBy(() -> store().find(PROPERTY, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> store().openComplaints(PROPERTY, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> store().findDue(PROPERTY, null, 1)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("blank or over-long idempotency keys, negative versions and bad limits give InvalidInputException")
        void values() {
            Complaint c = Fixtures.complaint(PROPERTY, "C-1", T0);
            assertThatThrownBy(() -> store().create(c, " ")).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store().create(c, "k".repeat(ComplaintStore.MAX_IDEMPOTENCY_KEY + 1)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store().append(PROPERTY, c.id(), -1,
                    Fixtures.change(EventType.RECEIVED, T0, ComplaintStatus.RECEIVED, null)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store().findDue(PROPERTY, T0, 0)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store().findDue(PROPERTY, T0, 1001)).isInstanceOf(InvalidInputException.class);
            assertThat(store().find(PROPERTY, c.id())).isEmpty();
        }

        @Test
        @DisplayName("the longest accepted text and idempotency key round-trip")
        void longest() {
            Complaint c = new Complaint(ComplaintId.of("C-long"), PROPERTY,
                    io.propcare.model.complaint.Location.nowhere(), io.propcare.model.complaint.Resident.anonymous(),
                    io.propcare.model.complaint.Channel.APP, io.propcare.model.complaint.Origin.DIRECT,
                    "漏".repeat(Complaint.MAX_TEXT), T0, Optional.empty());
            String key = "k".repeat(ComplaintStore.MAX_IDEMPOTENCY_KEY);
            store().create(c, key);
            assertThat(store().find(PROPERTY, c.id()).orElseThrow().complaint()).isEqualTo(c);
            assertThat(store().create(Fixtures.minimalComplaint(PROPERTY, "C-x", T0), key).id()).isEqualTo(c.id());
        }
    }
}
