package io.propcare.adapter.jdbc;

import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Location;
import io.propcare.model.complaint.Origin;
import io.propcare.model.complaint.Resident;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Complaints on JDBC: one row per complaint holding the complaint as received, its version and
 * current state; one row per event (append-only); one row per idempotency key.
 *
 * <p>Appends are a conditional {@code UPDATE ... WHERE version = ?} followed by the event inserts,
 * in one transaction, so of concurrent writers expecting the same version exactly one updates a
 * row. The due sweep reads the {@code (property_id, sweep_at, complaint_id)} index, where
 * {@code sweep_at} is the next due instant of open complaints and null otherwise. Inside a unit of
 * work the sweep locks the rows it returns with {@code FOR UPDATE SKIP LOCKED}, so nodes sweeping
 * at the same time in units of work get disjoint complaints instead of racing for the same ones.
 */
final class JdbcComplaintStore implements ComplaintStore {
    private static final String COLUMNS = "complaint_id, building, unit, zone, resident_name, resident_phone, "
            + "channel, origin, text, received_at, first_contact, version, status, cls_category, cls_urgency, "
            + "cls_validity, cls_scope, cls_confidence, cls_needs_review, cls_explanation, owner, deadlines, next_due_at";
    private static final int KEY_WAIT_ROUNDS = 200;

    private final Db db;
    private final Clock clock;
    private final String selectKey;
    private final String insertKey;
    private final String existsId;
    private final String insertComplaint;
    private final String update;
    private final String selectVersion;
    private final String insertEvent;
    private final String selectOne;
    private final String selectEventsOf;
    private final String selectOpenFirst;
    private final String selectOpenAfter;
    private final String selectDue;
    private final String selectDueLocking;
    private final String dueCandidates;
    private final String lockDue;

    JdbcComplaintStore(Db db, Tables t, Clock clock) {
        this.db = db;
        this.clock = clock;
        String c = t.complaints();
        selectKey = "SELECT complaint_id FROM " + t.keys() + " WHERE property_id = ? AND idempotency_key = ?";
        insertKey = db.dialect().insertIfAbsent("INSERT INTO " + t.keys()
                + " (property_id, idempotency_key, complaint_id) VALUES (?, ?, ?)", "property_id, idempotency_key");
        existsId = "SELECT 1 FROM " + c + " WHERE property_id = ? AND complaint_id = ?";
        insertComplaint = "INSERT INTO " + c + " (property_id, complaint_id, idempotency_key, building, unit, zone, "
                + "resident_name, resident_phone, channel, origin, text, received_at, first_contact, version, status, "
                + "is_open, deadlines, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)";
        update = "UPDATE " + c + " SET version = ?, status = ?, is_open = ?, cls_category = ?, cls_urgency = ?, "
                + "cls_validity = ?, cls_scope = ?, cls_confidence = ?, cls_needs_review = ?, cls_explanation = ?, "
                + "owner = ?, deadlines = ?, next_due_at = ?, sweep_at = ?, updated_at = ? "
                + "WHERE property_id = ? AND complaint_id = ? AND version = ?";
        selectVersion = "SELECT version FROM " + c + " WHERE property_id = ? AND complaint_id = ?";
        insertEvent = "INSERT INTO " + t.events() + " (property_id, complaint_id, seq, type, actor, at, details, "
                + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        selectOne = "SELECT " + COLUMNS + " FROM " + c + " WHERE property_id = ? AND complaint_id = ?";
        selectEventsOf = "SELECT complaint_id, seq, type, actor, at, details FROM " + t.events()
                + " WHERE property_id = ? AND complaint_id IN (%s) ORDER BY complaint_id, seq";
        String open = "SELECT " + COLUMNS + " FROM " + c + " WHERE property_id = ? AND is_open = ?";
        String order = db.dialect().orderBy("property_id, is_open", "received_at, complaint_id") + " LIMIT ?";
        selectOpenFirst = open + order;
        selectOpenAfter = open + " AND (received_at > ? OR (received_at = ? AND complaint_id > ?))" + order;
        // the lower bound keeps the index range clear of the NULLs (closed complaints) that H2 sorts first
        selectDue = "SELECT " + COLUMNS + " FROM " + c + " WHERE property_id = ? AND sweep_at >= ? AND sweep_at <= ?"
                + db.dialect().orderBy("property_id", "sweep_at, complaint_id") + " LIMIT ?";
        selectDueLocking = selectDue + db.dialect().forUpdateSkipLocked();
        dueCandidates = "SELECT sweep_at, complaint_id FROM " + c + " WHERE property_id = ? AND sweep_at >= ? "
                + "AND sweep_at <= ? AND (sweep_at > ? OR (sweep_at = ? AND complaint_id > ?))"
                + db.dialect().orderBy("property_id", "sweep_at, complaint_id") + " LIMIT ?";
        lockDue = "SELECT " + COLUMNS + " FROM " + c + " WHERE property_id = ? AND complaint_id = ? AND sweep_at >= ? "
                + "AND sweep_at <= ?" + db.dialect().forUpdateSkipLocked();
    }

    @Override
    public ComplaintRecord create(Complaint complaint, String idempotencyKey) {
        Checks.notNull(complaint, "complaint");
        Checks.text(Checks.notNull(idempotencyKey, "idempotencyKey"), "idempotencyKey", MAX_IDEMPOTENCY_KEY);
        long received = Rows.nanos(complaint.receivedAt(), "receivedAt");
        String p = complaint.propertyId().value();
        String op = "complaints.create";
        return db.call(op, c -> {
            for (int round = 0; round < KEY_WAIT_ROUNDS; round++) {
                Optional<ComplaintRecord> existing = byKey(c, complaint.propertyId(), idempotencyKey, op);
                if (existing.isPresent()) {
                    return existing.get();
                }
                if (exists(c, p, complaint.id().value())) {
                    throw duplicate(complaint, op);
                }
                if (claimKey(c, p, idempotencyKey, complaint.id().value())) {
                    insert(c, complaint, idempotencyKey, received, op);
                    return ComplaintRecord.created(complaint);
                }
                // another transaction holds the key and has not committed yet: wait for it
                Thread.onSpinWait();
                sleepBriefly();
            }
            throw new StorageException(SpiErrorCode.STORAGE_FAILURE, JdbcStorage.NAME, op,
                    "idempotency key of complaint " + complaint.id() + " is held by a transaction that neither "
                            + "commits nor rolls back", null);
        });
    }

    private Optional<ComplaintRecord> byKey(Connection c, PropertyId p, String key, String op) throws SQLException {
        String id;
        try (PreparedStatement ps = c.prepareStatement(selectKey)) {
            ps.setString(1, p.value());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getString(1);
            }
        }
        return Optional.of(load(c, p, id, op).orElseThrow(() -> new StorageException(SpiErrorCode.STORAGE_FAILURE,
                JdbcStorage.NAME, op, "idempotency key refers to complaint " + id + ", which is missing", null)));
    }

    private boolean exists(Connection c, String p, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(existsId)) {
            ps.setString(1, p);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Inserts the key row; false when another transaction has the key. */
    private boolean claimKey(Connection c, String p, String key, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertKey)) {
            ps.setString(1, p);
            ps.setString(2, key);
            ps.setString(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (Dialect.isDuplicate(e) && !db.dialect().duplicateAbortsTransaction()) {
                return false;
            }
            throw e;
        }
    }

    private void insert(Connection c, Complaint complaint, String key, long received, String op) throws SQLException {
        long now = Rows.nanos(clock.instant(), "clock");
        try (PreparedStatement ps = c.prepareStatement(insertComplaint)) {
            int i = 1;
            ps.setString(i++, complaint.propertyId().value());
            ps.setString(i++, complaint.id().value());
            ps.setString(i++, key);
            Rows.setNullableString(ps, i++, complaint.location().building());
            Rows.setNullableString(ps, i++, complaint.location().unit());
            Rows.setNullableString(ps, i++, complaint.location().zone());
            Rows.setNullableString(ps, i++, complaint.resident().name().map(PersonName::value));
            Rows.setNullableString(ps, i++, complaint.resident().phone().map(PhoneNumber::digits));
            ps.setString(i++, complaint.channel().name());
            ps.setString(i++, complaint.origin().name());
            ps.setString(i++, complaint.text());
            ps.setLong(i++, received);
            Rows.setNullableString(ps, i++, complaint.firstContact().map(StaffId::value));
            ps.setString(i++, ComplaintStatus.RECEIVED.name());
            ps.setBoolean(i++, ComplaintStatus.RECEIVED.isOpen());
            ps.setString(i++, Codec.map(Map.of()));
            ps.setLong(i++, now);
            ps.setLong(i, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (Dialect.isDuplicate(e)) {
                throw duplicate(complaint, op);
            }
            throw e;
        }
    }

    private static StorageException duplicate(Complaint complaint, String op) {
        return new StorageException(SpiErrorCode.DUPLICATE, JdbcStorage.NAME, op, "complaint " + complaint.id()
                + " already exists in property " + complaint.propertyId() + " under another idempotency key", null);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ComplaintRecord append(PropertyId property, ComplaintId id, long expectedVersion, ComplaintChange change) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        Checks.notNull(change, "change");
        if (expectedVersion < 0) {
            throw InvalidInputException.of("expectedVersion", expectedVersion, "expected a version of 0 or more");
        }
        List<ComplaintEvent> events = change.events();
        long[] at = new long[events.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = Rows.nanos(events.get(i).at(), "events[" + i + "].at");
        }
        ComplaintState s = change.state();
        Long nextDue = s.nextDueAt().isPresent() ? Rows.nanos(s.nextDueAt().get(), "state.nextDueAt") : null;
        String op = "complaints.append";
        return db.call(op, c -> {
            long now = Rows.nanos(clock.instant(), "clock");
            long newVersion = expectedVersion + events.size();
            try (PreparedStatement ps = c.prepareStatement(update)) {
                int i = 1;
                ps.setLong(i++, newVersion);
                ps.setString(i++, s.status().name());
                ps.setBoolean(i++, s.status().isOpen());
                Optional<Classification> cl = s.classification();
                Rows.setNullableString(ps, i++, cl.map(x -> x.category().id()));
                Rows.setNullableString(ps, i++, cl.map(x -> x.urgency().name()));
                Rows.setNullableString(ps, i++, cl.map(x -> x.validity().name()));
                Rows.setNullableString(ps, i++, cl.map(x -> x.scope().name()));
                if (cl.isPresent()) {
                    ps.setDouble(i++, cl.get().confidence());
                    ps.setBoolean(i++, cl.get().needsReview());
                } else {
                    ps.setNull(i++, Types.DOUBLE);
                    ps.setNull(i++, Types.BOOLEAN);
                }
                Rows.setNullableString(ps, i++, cl.map(x -> Codec.list(x.explanation())));
                Rows.setNullableString(ps, i++, s.owner().map(StaffId::value));
                ps.setString(i++, deadlines(s.deadlines()));
                Rows.setNullableLong(ps, i++, nextDue);
                Rows.setNullableLong(ps, i++, s.status().isOpen() ? nextDue : null);
                ps.setLong(i++, now);
                ps.setString(i++, property.value());
                ps.setString(i++, id.value());
                ps.setLong(i, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    throw notAtVersion(c, property, id, expectedVersion, op);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
                for (int k = 0; k < events.size(); k++) {
                    ComplaintEvent e = events.get(k);
                    ps.setString(1, property.value());
                    ps.setString(2, id.value());
                    ps.setLong(3, expectedVersion + k + 1);
                    ps.setString(4, e.type().name());
                    ps.setString(5, e.actor().id());
                    ps.setLong(6, at[k]);
                    ps.setString(7, Codec.map(e.details()));
                    ps.setLong(8, now);
                    if (events.size() == 1) {
                        ps.executeUpdate();
                    } else {
                        ps.addBatch();
                    }
                }
                if (events.size() > 1) {
                    ps.executeBatch();
                }
            }
            return load(c, property, id.value(), op).orElseThrow(() -> new NotFoundException(JdbcStorage.NAME, op,
                    "complaint " + id + " in property " + property));
        });
    }

    private StorageException notAtVersion(Connection c, PropertyId property, ComplaintId id, long expected, String op)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectVersion)) {
            ps.setString(1, property.value());
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new NotFoundException(JdbcStorage.NAME, op, "complaint " + id + " in property " + property);
                }
                return new ConcurrentModificationException(JdbcStorage.NAME, op, "complaint " + id, expected,
                        rs.getLong(1));
            }
        }
    }

    @Override
    public Optional<ComplaintRecord> find(PropertyId property, ComplaintId id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        return db.call("complaints.find", c -> load(c, property, id.value(), "complaints.find"));
    }

    @Override
    public Page<ComplaintRecord> openComplaints(PropertyId property, PageRequest request) {
        Checks.notNull(property, "property");
        Checks.notNull(request, "request");
        Optional<Cursor> after = request.cursor().map(Cursor::decode);
        String op = "complaints.openComplaints";
        return db.call(op, c -> {
            try (PreparedStatement ps = c.prepareStatement(after.isPresent() ? selectOpenAfter : selectOpenFirst)) {
                int i = 1;
                ps.setString(i++, property.value());
                ps.setBoolean(i++, true);
                if (after.isPresent()) {
                    ps.setLong(i++, after.get().receivedAt());
                    ps.setLong(i++, after.get().receivedAt());
                    ps.setString(i++, after.get().id());
                }
                ps.setInt(i, request.size() + 1);
                List<ComplaintRecord> rows = query(c, ps, property, op);
                if (rows.size() <= request.size()) {
                    return new Page<>(rows, Optional.empty());
                }
                List<ComplaintRecord> items = rows.subList(0, request.size());
                return new Page<>(items, Optional.of(Cursor.of(items.get(items.size() - 1)).encode()));
            }
        });
    }

    @Override
    public List<ComplaintRecord> findDue(PropertyId property, Instant at, int limit) {
        Checks.notNull(property, "property");
        Checks.notNull(at, "at");
        Checks.range(limit, "limit", 1, PageRequest.MAX_SIZE);
        long bound = at.isAfter(Codec.MAX_INSTANT) ? Long.MAX_VALUE : Rows.nanos(at, "at");
        String op = "complaints.findDue";
        return db.call(op, c -> {
            if (db.inUnitOfWork() && db.dialect().limitsBeforeSkippingLocked()) {
                return lockDueRowByRow(c, property, bound, limit, op);
            }
            try (PreparedStatement ps = c.prepareStatement(db.inUnitOfWork() ? selectDueLocking : selectDue)) {
                ps.setString(1, property.value());
                ps.setLong(2, Long.MIN_VALUE);
                ps.setLong(3, bound);
                ps.setInt(4, limit);
                return query(c, ps, property, op);
            }
        });
    }

    /**
     * The locking sweep for a dialect that limits before skipping locked rows: candidates are read
     * in index order, page by page, and each is locked on its own with {@code SKIP LOCKED} (and its
     * due condition checked again) until {@code limit} are held.
     */
    private List<ComplaintRecord> lockDueRowByRow(Connection c, PropertyId property, long bound, int limit, String op)
            throws SQLException {
        Map<String, Head> heads = new LinkedHashMap<>();
        long afterDue = Long.MIN_VALUE;
        String afterId = "";
        int page = Math.min(PageRequest.MAX_SIZE, limit * 2);
        while (heads.size() < limit) {
            List<String> candidates = new ArrayList<>(page);
            try (PreparedStatement ps = c.prepareStatement(dueCandidates)) {
                ps.setString(1, property.value());
                ps.setLong(2, Long.MIN_VALUE);
                ps.setLong(3, bound);
                ps.setLong(4, afterDue);
                ps.setLong(5, afterDue);
                ps.setString(6, afterId);
                ps.setInt(7, page);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        afterDue = rs.getLong(1);
                        afterId = rs.getString(2);
                        candidates.add(afterId);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(lockDue)) {
                for (String id : candidates) {
                    ps.setString(1, property.value());
                    ps.setString(2, id);
                    ps.setLong(3, Long.MIN_VALUE);
                    ps.setLong(4, bound);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            heads.put(id, head(rs, property, op));
                        }
                    }
                    if (heads.size() == limit) {
                        break;
                    }
                }
            }
            if (candidates.size() < page) {
                break;
            }
        }
        return records(c, property, heads, op);
    }

    /** Loads one complaint with its history, or empty. */
    private Optional<ComplaintRecord> load(Connection c, PropertyId property, String id, String op)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectOne)) {
            ps.setString(1, property.value());
            ps.setString(2, id);
            List<ComplaintRecord> one = query(c, ps, property, op);
            return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
        }
    }

    /** Runs a complaint query and loads the histories of every row in one more query. */
    private List<ComplaintRecord> query(Connection c, PreparedStatement ps, PropertyId property, String op)
            throws SQLException {
        Map<String, Head> heads = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Head h = head(rs, property, op);
                heads.put(h.complaint.id().value(), h);
            }
        }
        return records(c, property, heads, op);
    }

    /** Adds the histories to complaint rows, in one query. */
    private List<ComplaintRecord> records(Connection c, PropertyId property, Map<String, Head> heads, String op)
            throws SQLException {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<ComplaintEvent>> histories = histories(c, property, heads, op);
        List<ComplaintRecord> out = new ArrayList<>(heads.size());
        for (Head h : heads.values()) {
            List<ComplaintEvent> all = histories.getOrDefault(h.complaint.id().value(), List.of());
            // a writer may have appended after the head was read: keep the events up to the head's version
            List<ComplaintEvent> history = all.size() > h.version ? all.subList(0, (int) h.version) : all;
            try {
                out.add(new ComplaintRecord(h.complaint, h.version, h.state, history));
            } catch (RuntimeException e) {
                throw Rows.malformed(op, "complaint " + h.complaint.id(), e);
            }
        }
        return out;
    }

    private Map<String, List<ComplaintEvent>> histories(Connection c, PropertyId property, Map<String, Head> heads,
                                                       String op) throws SQLException {
        Map<String, List<ComplaintEvent>> out = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(heads.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(String.format(selectEventsOf, marks))) {
            int i = 1;
            ps.setString(i++, property.value());
            for (String id : heads.keySet()) {
                ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    try {
                        out.computeIfAbsent(id, k -> new ArrayList<>()).add(ComplaintEvent.of(
                                EventType.valueOf(rs.getString(3)), Actor.of(rs.getString(4)),
                                Codec.instant(rs.getLong(5)), Codec.readMap(rs.getString(6))));
                    } catch (RuntimeException e) {
                        throw Rows.malformed(op, "event " + rs.getLong(2) + " of complaint " + id, e);
                    }
                }
            }
        }
        return out;
    }

    /** A complaint row without its history. */
    private record Head(Complaint complaint, long version, ComplaintState state) {
    }

    private static Head head(ResultSet rs, PropertyId property, String op) throws SQLException {
        String id = rs.getString("complaint_id");
        try {
            Location location = new Location(Rows.string(rs, "building"), Rows.string(rs, "unit"),
                    Rows.string(rs, "zone"));
            Resident resident = new Resident(Rows.string(rs, "resident_name").map(PersonName::new),
                    Rows.string(rs, "resident_phone").map(PhoneNumber::new));
            Complaint complaint = new Complaint(ComplaintId.of(id), property, location, resident,
                    Channel.valueOf(rs.getString("channel")), Origin.valueOf(rs.getString("origin")),
                    rs.getString("text"), Codec.instant(rs.getLong("received_at")),
                    Rows.string(rs, "first_contact").map(StaffId::of));
            Optional<Classification> classification = Optional.empty();
            String category = rs.getString("cls_category");
            if (category != null) {
                classification = Optional.of(new Classification(Category.of(category),
                        Urgency.valueOf(rs.getString("cls_urgency")), Validity.valueOf(rs.getString("cls_validity")),
                        Scope.valueOf(rs.getString("cls_scope")), rs.getDouble("cls_confidence"),
                        rs.getBoolean("cls_needs_review"), Codec.readList(rs.getString("cls_explanation"))));
            }
            ComplaintState state = new ComplaintState(ComplaintStatus.valueOf(rs.getString("status")), classification,
                    Rows.string(rs, "owner").map(StaffId::of), readDeadlines(rs.getString("deadlines")),
                    Rows.instant(rs, "next_due_at"));
            return new Head(complaint, rs.getLong("version"), state);
        } catch (RuntimeException e) {
            throw Rows.malformed(op, "complaint " + id, e);
        }
    }

    private static String deadlines(Map<String, Instant> deadlines) {
        Map<String, String> text = new TreeMap<>();
        deadlines.forEach((k, v) -> text.put(k, v.toString()));
        return Codec.map(text);
    }

    private static Map<String, Instant> readDeadlines(String text) {
        Map<String, Instant> out = new TreeMap<>();
        Codec.readMap(text).forEach((k, v) -> out.put(k, Instant.parse(v)));
        return out;
    }

    /** A position in the (received, id) order; the page cursor is its base64 form. */
    record Cursor(long receivedAt, String id) {
        private static final String MARK = "jdbc1|";

        static Cursor of(ComplaintRecord r) {
            return new Cursor(Codec.nanos(r.complaint().receivedAt()), r.id().value());
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((MARK + receivedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String s = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                if (s.startsWith(MARK)) {
                    int bar = s.indexOf('|', MARK.length());
                    if (bar > 0) {
                        return new Cursor(Long.parseLong(s.substring(MARK.length(), bar)),
                                ComplaintId.of(s.substring(bar + 1)).value());
                    }
                }
            } catch (IllegalArgumentException | InvalidInputException e) {
                // falls through to the message below
            }
            throw InvalidInputException.of("cursor", text, "expected a cursor returned by a previous page");
        }
    }
}
