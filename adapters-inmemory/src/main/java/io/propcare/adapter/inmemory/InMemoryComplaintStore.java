package io.propcare.adapter.inmemory;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.internal.Checks;
import io.propcare.spi.ComplaintStore;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.Page;
import io.propcare.spi.PageRequest;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryComplaintStore implements ComplaintStore {
    private static final Comparator<ComplaintRecord> BY_RECEIVED = Comparator
            .comparing((ComplaintRecord r) -> r.complaint().receivedAt())
            .thenComparing(r -> r.id().value());
    private static final Comparator<ComplaintRecord> BY_DUE = Comparator
            .comparing((ComplaintRecord r) -> r.state().nextDueAt().orElseThrow())
            .thenComparing(r -> r.id().value());

    private final InMemoryStorage storage;
    private final Map<InMemoryStorage.Key, ComplaintRecord> records = new HashMap<>();
    private final Map<InMemoryStorage.Key, String> keyOfId = new HashMap<>();
    private final Map<InMemoryStorage.Key, ComplaintId> idOfKey = new HashMap<>();

    InMemoryComplaintStore(InMemoryStorage storage) {
        this.storage = storage;
    }

    @Override
    public ComplaintRecord create(Complaint complaint, String idempotencyKey) {
        Checks.notNull(complaint, "complaint");
        Checks.text(Checks.notNull(idempotencyKey, "idempotencyKey"), "idempotencyKey", MAX_IDEMPOTENCY_KEY);
        return storage.locked(() -> {
            PropertyId p = complaint.propertyId();
            InMemoryStorage.Key byKey = new InMemoryStorage.Key(p, idempotencyKey);
            ComplaintId existing = idOfKey.get(byKey);
            if (existing != null) {
                return records.get(new InMemoryStorage.Key(p, existing.value()));
            }
            InMemoryStorage.Key byId = new InMemoryStorage.Key(p, complaint.id().value());
            if (records.containsKey(byId)) {
                throw new StorageException(SpiErrorCode.DUPLICATE, InMemoryStorage.NAME, "complaints.create",
                        "complaint " + complaint.id() + " already exists in property " + p
                                + " under another idempotency key", null);
            }
            ComplaintRecord created = ComplaintRecord.created(complaint);
            records.put(byId, created);
            idOfKey.put(byKey, complaint.id());
            keyOfId.put(byId, idempotencyKey);
            storage.onRollback(() -> {
                records.remove(byId);
                idOfKey.remove(byKey);
                keyOfId.remove(byId);
            });
            return created;
        });
    }

    @Override
    public ComplaintRecord append(PropertyId property, ComplaintId id, long expectedVersion, ComplaintChange change) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        Checks.notNull(change, "change");
        if (expectedVersion < 0) {
            throw InvalidInputException.of("expectedVersion", expectedVersion, "expected a version of 0 or more");
        }
        return storage.locked(() -> {
            InMemoryStorage.Key key = new InMemoryStorage.Key(property, id.value());
            ComplaintRecord current = records.get(key);
            if (current == null) {
                throw new NotFoundException(InMemoryStorage.NAME, "complaints.append",
                        "complaint " + id + " in property " + property);
            }
            if (current.version() != expectedVersion) {
                throw new ConcurrentModificationException(InMemoryStorage.NAME, "complaints.append",
                        "complaint " + id, expectedVersion, current.version());
            }
            ComplaintRecord next = current.apply(change);
            records.put(key, next);
            storage.onRollback(() -> records.put(key, current));
            return next;
        });
    }

    @Override
    public Optional<ComplaintRecord> find(PropertyId property, ComplaintId id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        return storage.locked(() -> Optional.ofNullable(records.get(new InMemoryStorage.Key(property, id.value()))));
    }

    @Override
    public Page<ComplaintRecord> openComplaints(PropertyId property, PageRequest request) {
        Checks.notNull(property, "property");
        Checks.notNull(request, "request");
        Optional<Cursor> after = request.cursor().map(Cursor::decode);
        return storage.locked(() -> {
            TreeMap<Cursor, ComplaintRecord> open = new TreeMap<>();
            records.forEach((k, r) -> {
                if (k.property().equals(property) && r.state().status().isOpen()) {
                    open.put(Cursor.of(r), r);
                }
            });
            Map<Cursor, ComplaintRecord> tail = after.isPresent() ? open.tailMap(after.get(), false) : open;
            List<ComplaintRecord> items = new ArrayList<>(request.size());
            Cursor last = null;
            for (Map.Entry<Cursor, ComplaintRecord> e : tail.entrySet()) {
                if (items.size() == request.size()) {
                    return new Page<>(items, Optional.of(last.encode()));
                }
                items.add(e.getValue());
                last = e.getKey();
            }
            return new Page<>(items, Optional.empty());
        });
    }

    @Override
    public List<ComplaintRecord> findDue(PropertyId property, Instant at, int limit) {
        Checks.notNull(property, "property");
        Checks.notNull(at, "at");
        Checks.range(limit, "limit", 1, PageRequest.MAX_SIZE);
        return storage.locked(() -> records.entrySet().stream()
                .filter(e -> e.getKey().property().equals(property))
                .map(Map.Entry::getValue)
                .filter(r -> r.state().status().isOpen())
                .filter(r -> r.state().nextDueAt().map(d -> !d.isAfter(at)).orElse(false))
                .sorted(BY_DUE)
                .limit(limit)
                .toList());
    }

    /** A position in the (received, id) order; the page cursor is its base64 form. */
    record Cursor(Instant receivedAt, String id) implements Comparable<Cursor> {
        static Cursor of(ComplaintRecord r) {
            return new Cursor(r.complaint().receivedAt(), r.id().value());
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((receivedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String s = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int bar = s.indexOf('|');
                return new Cursor(Instant.parse(s.substring(0, bar)), s.substring(bar + 1));
            } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw InvalidInputException.of("cursor", text, "expected a cursor returned by a previous page");
            }
        }

        @Override
        public int compareTo(Cursor o) {
            int c = receivedAt.compareTo(o.receivedAt);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }
}
