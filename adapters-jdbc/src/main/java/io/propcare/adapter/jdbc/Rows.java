package io.propcare.adapter.jdbc;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Small helpers for binding and reading columns. */
final class Rows {
    private Rows() {
    }

    /** Checks that an argument instant fits the storage range, naming the field. */
    static long nanos(Instant at, String field) {
        Checks.notNull(at, field);
        if (!Codec.storable(at)) {
            throw InvalidInputException.of(field, at, "expected an instant from " + Codec.MIN_INSTANT + " to "
                    + Codec.MAX_INSTANT);
        }
        return Codec.nanos(at);
    }

    static void setNullableString(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(i, value.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    static void setNullableLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value != null) {
            ps.setLong(i, value);
        } else {
            ps.setNull(i, Types.BIGINT);
        }
    }

    static Optional<String> string(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Codec.instant(v));
    }

    /** A stored row that cannot be read back: the schema was changed by hand or the data damaged. */
    static StorageException malformed(String op, String what, RuntimeException cause) {
        return new StorageException(SpiErrorCode.STORAGE_FAILURE, JdbcStorage.NAME, op,
                "stored " + what + " cannot be read: " + cause.getMessage(), cause);
    }
}
