package io.propcare.adapter.jdbc;

import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.internal.Checks;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.model.roster.RosterStatus;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.RosterStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Rosters on JDBC: one row per roster (period as epoch days, status, version) and one row per
 * assignment, in order. A save is a conditional insert (version 0) or a conditional
 * {@code UPDATE ... WHERE version = ?}, then the assignments replaced, in one transaction.
 */
final class JdbcRosterStore implements RosterStore {
    private final Db db;
    private final Clock clock;
    private final String insert;
    private final String update;
    private final String selectVersion;
    private final String deleteAssignments;
    private final String insertAssignment;
    private final String selectOne;
    private final String selectOverlapping;
    private final String selectAssignmentsOf;

    JdbcRosterStore(Db db, Tables t, Clock clock) {
        this.db = db;
        this.clock = clock;
        String r = t.rosters();
        insert = db.dialect().insertIfAbsent("INSERT INTO " + r + " (property_id, roster_id, period_start, "
                + "period_end, status, version, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)", "property_id, roster_id");
        update = "UPDATE " + r + " SET period_start = ?, period_end = ?, status = ?, version = ?, updated_at = ? "
                + "WHERE property_id = ? AND roster_id = ? AND version = ?";
        selectVersion = "SELECT version FROM " + r + " WHERE property_id = ? AND roster_id = ?";
        deleteAssignments = "DELETE FROM " + t.assignments() + " WHERE property_id = ? AND roster_id = ?";
        insertAssignment = "INSERT INTO " + t.assignments() + " (property_id, roster_id, item_no, staff_id, work_day, "
                + "shift_id, pinned) VALUES (?, ?, ?, ?, ?, ?, ?)";
        String columns = "SELECT roster_id, period_start, period_end, status, version FROM " + r;
        selectOne = columns + " WHERE property_id = ? AND roster_id = ?";
        selectOverlapping = columns + " WHERE property_id = ? AND period_start < ? AND period_end > ? "
                + "ORDER BY period_start, roster_id";
        selectAssignmentsOf = "SELECT roster_id, staff_id, work_day, shift_id, pinned FROM " + t.assignments()
                + " WHERE property_id = ? AND roster_id IN (%s) ORDER BY roster_id, item_no";
    }

    @Override
    public Roster save(Roster roster) {
        Checks.notNull(roster, "roster");
        String op = "rosters.save";
        String p = roster.propertyId().value();
        String id = roster.id().value();
        return db.call(op, c -> {
            long now = Rows.nanos(clock.instant(), "clock");
            long start = roster.period().getStart().toEpochDay();
            long end = roster.period().getEnd().toEpochDay();
            if (roster.version() == 0) {
                if (!insertNew(c, roster, start, end, now)) {
                    throw conflict(c, roster, op);
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(update)) {
                    ps.setLong(1, start);
                    ps.setLong(2, end);
                    ps.setString(3, roster.status().name());
                    ps.setLong(4, roster.version() + 1);
                    ps.setLong(5, now);
                    ps.setString(6, p);
                    ps.setString(7, id);
                    ps.setLong(8, roster.version());
                    if (ps.executeUpdate() == 0) {
                        throw conflict(c, roster, op);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(deleteAssignments)) {
                    ps.setString(1, p);
                    ps.setString(2, id);
                    ps.executeUpdate();
                }
            }
            List<Assignment> as = roster.assignments();
            if (!as.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(insertAssignment)) {
                    for (int i = 0; i < as.size(); i++) {
                        Assignment a = as.get(i);
                        ps.setString(1, p);
                        ps.setString(2, id);
                        ps.setInt(3, i);
                        ps.setString(4, a.staffId().value());
                        ps.setLong(5, a.date().toEpochDay());
                        ps.setString(6, a.shiftId());
                        ps.setBoolean(7, a.pinned());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return roster.withVersion(roster.version() + 1);
        });
    }

    private boolean insertNew(Connection c, Roster roster, long start, long end, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, roster.propertyId().value());
            ps.setString(2, roster.id().value());
            ps.setLong(3, start);
            ps.setLong(4, end);
            ps.setString(5, roster.status().name());
            ps.setLong(6, now);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (Dialect.isDuplicate(e) && !db.dialect().duplicateAbortsTransaction()) {
                return false;
            }
            throw e;
        }
    }

    private ConcurrentModificationException conflict(Connection c, Roster roster, String op) throws SQLException {
        long actual = 0;
        try (PreparedStatement ps = c.prepareStatement(selectVersion)) {
            ps.setString(1, roster.propertyId().value());
            ps.setString(2, roster.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    actual = rs.getLong(1);
                }
            }
        }
        return new ConcurrentModificationException(JdbcStorage.NAME, op, "roster " + roster.id(), roster.version(),
                actual);
    }

    @Override
    public Optional<Roster> find(PropertyId property, RosterId id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        String op = "rosters.find";
        return db.call(op, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectOne)) {
                ps.setString(1, property.value());
                ps.setString(2, id.value());
                List<Roster> one = query(c, ps, property, op);
                return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
            }
        });
    }

    @Override
    public List<Roster> findOverlapping(PropertyId property, LocalDateRange range) {
        Checks.notNull(property, "property");
        Checks.notNull(range, "range");
        String op = "rosters.findOverlapping";
        if (range.isEmpty()) {
            return List.of();
        }
        return db.call(op, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectOverlapping)) {
                ps.setString(1, property.value());
                ps.setLong(2, range.isUnboundedEnd() ? Long.MAX_VALUE : range.getEnd().toEpochDay());
                ps.setLong(3, range.isUnboundedStart() ? Long.MIN_VALUE : range.getStart().toEpochDay());
                return query(c, ps, property, op);
            }
        });
    }

    /** A roster row without its assignments. */
    private record Head(String id, long start, long end, RosterStatus status, long version) {
    }

    private List<Roster> query(Connection c, PreparedStatement ps, PropertyId property, String op)
            throws SQLException {
        Map<String, Head> heads = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    heads.put(id, new Head(id, rs.getLong(2), rs.getLong(3), RosterStatus.valueOf(rs.getString(4)),
                            rs.getLong(5)));
                } catch (RuntimeException e) {
                    throw Rows.malformed(op, "roster " + id, e);
                }
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<Assignment>> assignments = new HashMap<>();
        try (PreparedStatement as = c.prepareStatement(String.format(selectAssignmentsOf,
                Dialect.marks(heads.size())))) {
            int i = 1;
            as.setString(i++, property.value());
            for (String id : heads.keySet()) {
                as.setString(i++, id);
            }
            try (ResultSet rs = as.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    try {
                        assignments.computeIfAbsent(id, k -> new ArrayList<>()).add(new Assignment(
                                StaffId.of(rs.getString(2)), LocalDate.ofEpochDay(rs.getLong(3)), rs.getString(4),
                                rs.getBoolean(5)));
                    } catch (RuntimeException e) {
                        throw Rows.malformed(op, "assignment of roster " + id, e);
                    }
                }
            }
        }
        List<Roster> out = new ArrayList<>(heads.size());
        for (Head h : heads.values()) {
            try {
                out.add(new Roster(property, RosterId.of(h.id), LocalDateRange.of(LocalDate.ofEpochDay(h.start),
                        LocalDate.ofEpochDay(h.end)), h.status, h.version, assignments.getOrDefault(h.id, List.of())));
            } catch (RuntimeException e) {
                throw Rows.malformed(op, "roster " + h.id, e);
            }
        }
        return out;
    }
}
