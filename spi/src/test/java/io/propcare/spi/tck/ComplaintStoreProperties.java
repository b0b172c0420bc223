package io.propcare.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.spi.ComplaintStore;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.Page;
import io.propcare.spi.PageRequest;
import io.propcare.spi.StorageException;
import io.propcare.spi.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Model-based property of the compatibility kit: random sequences of create, append, find, page
 * and due operations run against the adapter and against a tiny map-based model, and every
 * answer (and every exception's kind) must agree. Implement it in the adapter's test class.
 */
public interface ComplaintStoreProperties {
    /**
     * A new, empty storage for one try.
     *
     * @return the storage
     */
    Storage newStorageForProperties();

    /** One operation. */
    sealed interface Op permits Create, Append, Find, Pages, Due {
    }

    /** Create complaint {@code id} in property {@code p} under key {@code key}. */
    record Create(int p, int id, int key, int minute) implements Op {
    }

    /** Append at the model's version plus {@code skew}. */
    record Append(int p, int id, int skew, EventType type, ComplaintStatus status, Integer dueMinute) implements Op {
    }

    /** Find by id. */
    record Find(int p, int id) implements Op {
    }

    /** Read all open complaints in pages of {@code size}. */
    record Pages(int p, int size) implements Op {
    }

    /** Find what is due at {@code minute}. */
    record Due(int p, int minute, int limit) implements Op {
    }

    /**
     * The adapter and the model agree on every operation of a random sequence.
     *
     * @param ops the operations
     */
    @Property(tries = 150)
    default void adapterAgreesWithModel(@ForAll("complaintOperations") List<Op> ops) {
        PropertyId[] props = {Fixtures.PROPERTY, Fixtures.OTHER_PROPERTY};
        Map<String, ComplaintRecord> model = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        try (Storage storage = newStorageForProperties()) {
            ComplaintStore store = storage.complaints();
            for (Op op : ops) {
                if (op instanceof Create c) {
                    PropertyId p = props[c.p()];
                    String cid = "C-" + c.id();
                    Complaint complaint = Fixtures.minimalComplaint(p, cid, Fixtures.T0.plusSeconds(60L * c.minute()));
                    String k = p + "/" + c.key();
                    Object expected;
                    if (keys.containsKey(k)) {
                        expected = model.get(p + "/" + keys.get(k));
                    } else if (model.containsKey(p + "/" + cid)) {
                        expected = StorageException.class;
                    } else {
                        ComplaintRecord r = ComplaintRecord.created(complaint);
                        model.put(p + "/" + cid, r);
                        keys.put(k, cid);
                        expected = r;
                    }
                    assertThat(outcome(() -> store.create(complaint, "key-" + c.key()))).as("%s", op).isEqualTo(expected);
                } else if (op instanceof Append a) {
                    PropertyId p = props[a.p()];
                    ComplaintRecord current = model.get(p + "/C-" + a.id());
                    long version = Math.max(0, (current == null ? 0 : current.version()) + a.skew());
                    ComplaintChange change = Fixtures.change(a.type(), Fixtures.T0, a.status(),
                            a.dueMinute() == null ? null : Fixtures.T0.plusSeconds(60L * a.dueMinute()));
                    Object expected;
                    if (current == null) {
                        expected = NotFoundException.class;
                    } else if (current.version() != version) {
                        expected = ConcurrentModificationException.class;
                    } else {
                        ComplaintRecord next = current.apply(change);
                        model.put(p + "/C-" + a.id(), next);
                        expected = next;
                    }
                    assertThat(outcome(() -> store.append(p, ComplaintId.of("C-" + a.id()), version, change)))
                            .as("%s", op).isEqualTo(expected);
                } else if (op instanceof Find f) {
                    PropertyId p = props[f.p()];
                    assertThat(store.find(p, ComplaintId.of("C-" + f.id())))
                            .as("%s", op).isEqualTo(Optional.ofNullable(model.get(p + "/C-" + f.id())));
                } else if (op instanceof Pages pg) {
                    PropertyId p = props[pg.p()];
                    List<ComplaintRecord> all = new ArrayList<>();
                    Optional<String> cursor = Optional.empty();
                    int guard = 0;
                    do {
                        Page<ComplaintRecord> page = store.openComplaints(p, new PageRequest(cursor, pg.size()));
                        all.addAll(page.items());
                        cursor = page.nextCursor();
                    } while (cursor.isPresent() && ++guard < 100);
                    List<ComplaintRecord> expected = model.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(p + "/"))
                            .map(Map.Entry::getValue)
                            .filter(r -> r.state().status().isOpen())
                            .sorted(Comparator.comparing((ComplaintRecord r) -> r.complaint().receivedAt())
                                    .thenComparing(r -> r.id().value()))
                            .toList();
                    assertThat(all).as("%s", op).isEqualTo(expected);
                } else if (op instanceof Due d) {
                    PropertyId p = props[d.p()];
                    Instant at = Fixtures.T0.plusSeconds(60L * d.minute());
                    List<ComplaintRecord> expected = model.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(p + "/"))
                            .map(Map.Entry::getValue)
                            .filter(r -> r.state().status().isOpen())
                            .filter(r -> r.state().nextDueAt().map(x -> !x.isAfter(at)).orElse(false))
                            .sorted(Comparator.comparing((ComplaintRecord r) -> r.state().nextDueAt().orElseThrow())
                                    .thenComparing(r -> r.id().value()))
                            .limit(d.limit())
                            .toList();
                    assertThat(store.findDue(p, at, d.limit())).as("%s", op).isEqualTo(expected);
                }
            }
        }
    }

    private static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (ConcurrentModificationException | NotFoundException e) {
            return e.getClass();
        } catch (StorageException e) {
            return StorageException.class;
        }
    }

    /**
     * Random operation sequences over two properties, six ids and six keys.
     *
     * @return the arbitrary
     */
    @Provide
    default Arbitrary<List<Op>> complaintOperations() {
        Arbitrary<Integer> prop = Arbitraries.integers().between(0, 1);
        Arbitrary<Integer> id = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 30);
        Arbitrary<Op> create = Combinators.combine(prop, id, Arbitraries.integers().between(0, 5), minute).as(Create::new);
        Arbitrary<Op> append = Combinators.combine(prop, id,
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-2, 2))),
                Arbitraries.of(EventType.class), Arbitraries.of(ComplaintStatus.class),
                minute.injectNull(0.3)).as(Append::new);
        Arbitrary<Op> find = Combinators.combine(prop, id).as(Find::new);
        Arbitrary<Op> pages = Combinators.combine(prop, Arbitraries.integers().between(1, 4)).as(Pages::new);
        Arbitrary<Op> due = Combinators.combine(prop, minute, Arbitraries.integers().between(1, 4)).as(Due::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, create), net.jqwik.api.Tuple.of(4, append), net.jqwik.api.Tuple.of(1, find),
                net.jqwik.api.Tuple.of(1, pages), net.jqwik.api.Tuple.of(1, due)).list().ofMaxSize(40);
    }
}
