package io.propcare.adapter.jdbc;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.Lease;
import io.propcare.model.notification.MessageId;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.model.notification.Recipient;
import io.propcare.model.notification.RecipientKind;
import io.propcare.spi.Enqueued;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.LeaseLostException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.PageRequest;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The transactional outbox on JDBC: one row per message, unique per property and deduplication key.
 *
 * <p>A claim is one transaction: {@code SELECT ... WHERE due_at <= ? ORDER BY due_at, seq LIMIT ?
 * FOR UPDATE SKIP LOCKED}, then an update of the rows it locked. {@code due_at} is the next attempt
 * of a pending message, the lease's end of one in flight, and null once delivered or dead, so one
 * index range serves both fresh messages and expired leases, and concurrent claimers skip each
 * other's rows instead of waiting. Marks are conditional on the current lease token.
 */
final class JdbcOutbox implements NotificationOutbox {
    private static final String COLUMNS = "seq, dedup_key, recipient_kind, recipient_id, recipient_address, channel, "
            + "template, payload, urgent, created_at, state, attempts, next_attempt_at, lease_owner, lease_token, "
            + "lease_until, last_error, delivered_at";
    private static final Pattern ID = Pattern.compile("m[0-9]{1,19}");
    private static final int KEY_WAIT_ROUNDS = 200;

    private final Db db;
    private final Clock clock;
    private final String insert;
    private final String selectByKey;
    private final String selectById;
    private final String selectDue;
    private final String claimCandidates;
    private final String lockOne;
    private final String updateClaim;
    private final String updateDelivered;
    private final String updateFailed;
    private final String count;

    JdbcOutbox(Db db, Tables t, Clock clock) {
        this.db = db;
        this.clock = clock;
        String o = t.outbox();
        insert = db.dialect().insertIfAbsent("INSERT INTO " + o + " (property_id, dedup_key, recipient_kind, "
                + "recipient_id, recipient_address, channel, template, payload, urgent, created_at, state, attempts, "
                + "next_attempt_at, due_at, enqueued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                "property_id, dedup_key");
        selectByKey = "SELECT " + COLUMNS + " FROM " + o + " WHERE property_id = ? AND dedup_key = ?";
        selectById = "SELECT " + COLUMNS + " FROM " + o + " WHERE property_id = ? AND seq = ?";
        selectDue = "SELECT " + COLUMNS + " FROM " + o + " WHERE property_id = ? AND due_at >= ? AND due_at <= ?"
                + db.dialect().orderBy("property_id", "due_at, seq") + " LIMIT ?" + db.dialect().forUpdateSkipLocked();
        claimCandidates = "SELECT due_at, seq FROM " + o + " WHERE property_id = ? AND due_at >= ? AND due_at <= ? "
                + "AND (due_at > ? OR (due_at = ? AND seq > ?))" + db.dialect().orderBy("property_id", "due_at, seq")
                + " LIMIT ?";
        lockOne = "SELECT " + COLUMNS + " FROM " + o + " WHERE property_id = ? AND seq = ? AND due_at >= ? "
                + "AND due_at <= ?" + db.dialect().forUpdateSkipLocked();
        updateClaim = "UPDATE " + o + " SET state = ?, attempts = ?, lease_owner = ?, lease_token = ?, "
                + "lease_until = ?, due_at = ? WHERE seq = ?";
        String leased = " WHERE property_id = ? AND seq = ? AND state = ? AND lease_token = ?";
        updateDelivered = "UPDATE " + o + " SET state = ?, due_at = NULL, lease_owner = NULL, lease_token = NULL, "
                + "lease_until = NULL, delivered_at = ?" + leased;
        updateFailed = "UPDATE " + o + " SET state = ?, next_attempt_at = COALESCE(?, next_attempt_at), due_at = ?, "
                + "lease_owner = NULL, lease_token = NULL, lease_until = NULL, last_error = ?" + leased;
        count = "SELECT COUNT(*) FROM " + o + " WHERE property_id = ? AND state = ?";
    }

    @Override
    public Enqueued enqueue(Notification notification) {
        Checks.notNull(notification, "notification");
        long created = Rows.nanos(notification.createdAt(), "notification.createdAt");
        String op = "outbox.enqueue";
        return db.call(op, c -> {
            for (int round = 0; round < KEY_WAIT_ROUNDS; round++) {
                Optional<OutboxMessage> existing = byKey(c, notification.propertyId(), notification.dedupKey(), op);
                if (existing.isPresent()) {
                    return new Enqueued(existing.get(), false);
                }
                Optional<Long> seq = tryInsert(c, notification, created);
                if (seq.isPresent()) {
                    return new Enqueued(OutboxMessage.pending(id(seq.get()), notification, notification.createdAt()),
                            true);
                }
                sleepBriefly();
            }
            throw new StorageException(SpiErrorCode.STORAGE_FAILURE, JdbcStorage.NAME, op, "deduplication key "
                    + "is held by a transaction that neither commits nor rolls back", null);
        });
    }

    private Optional<Long> tryInsert(Connection c, Notification n, long created) throws SQLException {
        try (PreparedStatement ps = db.dialect().prepareInsertReturningSeq(c, insert)) {
            int i = 1;
            ps.setString(i++, n.propertyId().value());
            ps.setString(i++, n.dedupKey());
            ps.setString(i++, n.recipient().kind().name());
            ps.setString(i++, n.recipient().id());
            Rows.setNullableString(ps, i++, n.recipient().address());
            ps.setString(i++, n.channel().name());
            ps.setString(i++, n.template());
            ps.setString(i++, Codec.map(n.payload()));
            ps.setBoolean(i++, n.urgent());
            ps.setLong(i++, created);
            ps.setString(i++, DeliveryState.PENDING.name());
            ps.setLong(i++, created);
            ps.setLong(i++, created);
            ps.setLong(i, Rows.nanos(clock.instant(), "clock"));
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated key for the outbox row");
                }
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (Dialect.isDuplicate(e) && !db.dialect().duplicateAbortsTransaction()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<OutboxMessage> byKey(Connection c, PropertyId p, String key, String op) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectByKey)) {
            ps.setString(1, p.value());
            ps.setString(2, key);
            return one(ps, p, op);
        }
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
        long at = Rows.nanos(now, "now");
        Instant until = now.plus(lease);
        long untilNanos = Rows.nanos(until, "now + lease");
        String op = "outbox.claim";
        return db.call(op, c -> {
            List<OutboxMessage> due = db.dialect().limitsBeforeSkippingLocked()
                    ? lockRowByRow(c, property, at, max, op) : lockDue(c, property, at, max, op);
            if (due.isEmpty()) {
                return List.of();
            }
            List<OutboxMessage> claimed = new ArrayList<>(due.size());
            try (PreparedStatement ps = c.prepareStatement(updateClaim)) {
                for (OutboxMessage m : due) {
                    Lease l = new Lease(worker, UUID.randomUUID().toString(), until);
                    OutboxMessage cm = new OutboxMessage(m.id(), m.notification(), DeliveryState.IN_FLIGHT,
                            m.attempts() + 1, m.nextAttemptAt(), Optional.of(l), m.lastError(), Optional.empty());
                    ps.setString(1, DeliveryState.IN_FLIGHT.name());
                    ps.setInt(2, cm.attempts());
                    ps.setString(3, worker);
                    ps.setString(4, l.token());
                    ps.setLong(5, untilNanos);
                    ps.setLong(6, untilNanos);
                    ps.setLong(7, seq(m.id()));
                    ps.addBatch();
                    claimed.add(cm);
                }
                ps.executeBatch();
            }
            return claimed;
        });
    }

    private List<OutboxMessage> lockDue(Connection c, PropertyId property, long at, int max, String op)
            throws SQLException {
        List<OutboxMessage> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(selectDue)) {
            ps.setString(1, property.value());
            ps.setLong(2, Long.MIN_VALUE);
            ps.setLong(3, at);
            ps.setInt(4, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(message(rs, property, op));
                }
            }
        }
        return due;
    }

    /**
     * The claim for a dialect that limits before skipping locked rows (H2): due candidates are
     * read in index order, page by page, and each is locked on its own with {@code SKIP LOCKED}
     * (its due condition checked again) until {@code max} are held, so rows other workers hold do
     * not hide the free ones behind them.
     */
    private List<OutboxMessage> lockRowByRow(Connection c, PropertyId property, long at, int max, String op)
            throws SQLException {
        List<OutboxMessage> due = new ArrayList<>();
        long afterDue = Long.MIN_VALUE;
        long afterSeq = Long.MIN_VALUE;
        int page = Math.min(PageRequest.MAX_SIZE, max * 2);
        while (due.size() < max) {
            List<Long> candidates = new ArrayList<>(page);
            try (PreparedStatement ps = c.prepareStatement(claimCandidates)) {
                ps.setString(1, property.value());
                ps.setLong(2, Long.MIN_VALUE);
                ps.setLong(3, at);
                ps.setLong(4, afterDue);
                ps.setLong(5, afterDue);
                ps.setLong(6, afterSeq);
                ps.setInt(7, page);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        afterDue = rs.getLong(1);
                        afterSeq = rs.getLong(2);
                        candidates.add(afterSeq);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(lockOne)) {
                for (long seq : candidates) {
                    ps.setString(1, property.value());
                    ps.setLong(2, seq);
                    ps.setLong(3, Long.MIN_VALUE);
                    ps.setLong(4, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            due.add(message(rs, property, op));
                        }
                    }
                    if (due.size() == max) {
                        break;
                    }
                }
            }
            if (candidates.size() < page) {
                break;
            }
        }
        return due;
    }

    @Override
    public OutboxMessage markDelivered(PropertyId property, MessageId id, String leaseToken, Instant at) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        Checks.notNull(leaseToken, "leaseToken");
        long when = Rows.nanos(at, "at");
        String op = "outbox.markDelivered";
        return db.call(op, c -> {
            Optional<Long> seq = seqOf(id);
            if (seq.isEmpty()) {
                throw notFound(property, id, op);
            }
            try (PreparedStatement ps = c.prepareStatement(updateDelivered)) {
                ps.setString(1, DeliveryState.DELIVERED.name());
                ps.setLong(2, when);
                bindLeased(ps, 3, property, seq.get(), leaseToken);
                if (ps.executeUpdate() == 0) {
                    throw refused(c, property, id, leaseToken, op);
                }
            }
            return find(c, property, seq.get(), op).orElseThrow(() -> notFound(property, id, op));
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
        Long retry = retryAt.isPresent() ? Rows.nanos(retryAt.get(), "retryAt") : null;
        String op = "outbox.markFailed";
        return db.call(op, c -> {
            Optional<Long> seq = seqOf(id);
            if (seq.isEmpty()) {
                throw notFound(property, id, op);
            }
            try (PreparedStatement ps = c.prepareStatement(updateFailed)) {
                ps.setString(1, (retry != null ? DeliveryState.PENDING : DeliveryState.DEAD).name());
                Rows.setNullableLong(ps, 2, retry);
                Rows.setNullableLong(ps, 3, retry);
                ps.setString(4, error);
                bindLeased(ps, 5, property, seq.get(), leaseToken);
                if (ps.executeUpdate() == 0) {
                    throw refused(c, property, id, leaseToken, op);
                }
            }
            return find(c, property, seq.get(), op).orElseThrow(() -> notFound(property, id, op));
        });
    }

    private static void bindLeased(PreparedStatement ps, int i, PropertyId property, long seq, String token)
            throws SQLException {
        ps.setString(i, property.value());
        ps.setLong(i + 1, seq);
        ps.setString(i + 2, DeliveryState.IN_FLIGHT.name());
        ps.setString(i + 3, token);
    }

    private StorageException refused(Connection c, PropertyId property, MessageId id, String token, String op)
            throws SQLException {
        Optional<OutboxMessage> m = find(c, property, seq(id), op);
        if (m.isEmpty()) {
            return notFound(property, id, op);
        }
        return new LeaseLostException(JdbcStorage.NAME, op, "message " + id + " is " + m.get().state()
                + (m.get().lease().isPresent() ? " under another lease" : "") + "; the lease " + token
                + " is not current");
    }

    private static NotFoundException notFound(PropertyId property, MessageId id, String op) {
        return new NotFoundException(JdbcStorage.NAME, op, "message " + id + " in property " + property);
    }

    @Override
    public Optional<OutboxMessage> find(PropertyId property, MessageId id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        Optional<Long> seq = seqOf(id);
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        return db.call("outbox.find", c -> find(c, property, seq.get(), "outbox.find"));
    }

    private Optional<OutboxMessage> find(Connection c, PropertyId property, long seq, String op) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectById)) {
            ps.setString(1, property.value());
            ps.setLong(2, seq);
            return one(ps, property, op);
        }
    }

    @Override
    public long count(PropertyId property, DeliveryState state) {
        Checks.notNull(property, "property");
        Checks.notNull(state, "state");
        return db.call("outbox.count", c -> {
            try (PreparedStatement ps = c.prepareStatement(count)) {
                ps.setString(1, property.value());
                ps.setString(2, state.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static Optional<OutboxMessage> one(PreparedStatement ps, PropertyId p, String op) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(message(rs, p, op)) : Optional.empty();
        }
    }

    private static OutboxMessage message(ResultSet rs, PropertyId property, String op) throws SQLException {
        long seq = rs.getLong("seq");
        try {
            Recipient recipient = new Recipient(RecipientKind.valueOf(rs.getString("recipient_kind")),
                    rs.getString("recipient_id"), Rows.string(rs, "recipient_address"));
            Notification n = new Notification(property, recipient,
                    NotificationChannel.valueOf(rs.getString("channel")), rs.getString("template"),
                    Codec.readMap(rs.getString("payload")), rs.getString("dedup_key"), rs.getBoolean("urgent"),
                    Codec.instant(rs.getLong("created_at")));
            DeliveryState state = DeliveryState.valueOf(rs.getString("state"));
            Optional<Lease> lease = Optional.empty();
            if (state == DeliveryState.IN_FLIGHT) {
                lease = Optional.of(new Lease(rs.getString("lease_owner"), rs.getString("lease_token"),
                        Codec.instant(rs.getLong("lease_until"))));
            }
            return new OutboxMessage(id(seq), n, state, rs.getInt("attempts"),
                    Codec.instant(rs.getLong("next_attempt_at")), lease, Rows.string(rs, "last_error"),
                    Rows.instant(rs, "delivered_at"));
        } catch (RuntimeException e) {
            throw Rows.malformed(op, "outbox message " + id(seq), e);
        }
    }

    /** The message id of a row: {@code "m"} and 19 digits, so ids sort as their sequence numbers. */
    static MessageId id(long seq) {
        return MessageId.of(String.format("m%019d", seq));
    }

    private static long seq(MessageId id) {
        return seqOf(id).orElseThrow();
    }

    private static Optional<Long> seqOf(MessageId id) {
        if (!ID.matcher(id.value()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.value().substring(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
