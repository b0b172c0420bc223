package io.propcare.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import io.propcare.spi.tck.Fixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcStorageTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T00:30:00Z"), ZoneOffset.UTC);
    private static final PropertyId P = Fixtures.PROPERTY;

    /** A new, empty H2 memory database. */
    private static JdbcDataSource newDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:storage-test-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    @DisplayName("opening an empty database without migrate fails with SCHEMA_OUTDATED naming missing version 1")
    void verifyNamesMissingVersion() {
        JdbcDataSource ds = newDatabase();
        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(ds).clock(CLOCK).build())
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).errorCode()).isEqualTo(SpiErrorCode.SCHEMA_OUTDATED))
                .hasMessageContaining("missing migration version 1")
                .hasMessageContaining("migrate(true)");
    }

    @Test
    @DisplayName("a schema migrated only to version 1 is reported as missing version 2, and migrate(true) brings it up")
    void verifyNamesNextMissingVersion() {
        JdbcDataSource ds = newDatabase();
        Flyway.configure().dataSource(ds).locations(Dialect.H2.migrationLocation()).table("pc_schema_history")
                .placeholders(Map.of("prefix", "pc_")).target("1").load().migrate();
        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(ds).tablePrefix("pc_").clock(CLOCK).build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is at version 1")
                .hasMessageContaining("missing migration version 2 (rosters and surveys)");
        try (JdbcStorage s = JdbcStorage.builder().dataSource(ds).tablePrefix("pc_").migrate(true).clock(CLOCK).build()) {
            assertThat(s.schemaVersion()).isEqualTo("2");
        }
        try (JdbcStorage s = JdbcStorage.builder().dataSource(ds).tablePrefix("pc_").clock(CLOCK).build()) {
            assertThat(s.schemaVersion()).isEqualTo("2");
            assertThat(s.dialect()).isEqualTo("h2");
        }
    }

    @Test
    @DisplayName("two table prefixes in one database are two independent storages, with every table prefixed")
    void prefixes() throws SQLException {
        JdbcDataSource ds = newDatabase();
        try (JdbcStorage a = JdbcStorage.builder().dataSource(ds).tablePrefix("a_").migrate(true).clock(CLOCK).build();
             JdbcStorage b = JdbcStorage.builder().dataSource(ds).tablePrefix("b_").migrate(true).clock(CLOCK).build()) {
            a.complaints().create(Fixtures.complaint(P, "C-1", CLOCK.instant()), "k");
            assertThat(a.complaints().find(P, ComplaintId.of("C-1"))).isPresent();
            assertThat(b.complaints().find(P, ComplaintId.of("C-1"))).isEmpty();
            assertThat(b.complaints().create(Fixtures.minimalComplaint(P, "C-1", CLOCK.instant()), "k").complaint().text())
                    .isEqualTo("巡查：地库B2积水");
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", null)) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(tables).allMatch(t -> t.startsWith("a_") || t.startsWith("b_"))
                .contains("a_complaints", "a_outbox", "a_schema_history", "b_survey_responses", "b_roster_assignments");
    }

    @Test
    @DisplayName("a setting given twice is an IllegalStateException showing the earlier value")
    void settingTwice() {
        JdbcStorage.Builder b = JdbcStorage.builder().tablePrefix("pc_").url("jdbc:h2:mem:x;password=secret");
        assertThatThrownBy(() -> b.tablePrefix("x_")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'pc_'");
        assertThatThrownBy(() -> b.url("jdbc:h2:mem:y")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc:h2:mem:x").hasMessageNotContaining("secret");
    }

    @Test
    @DisplayName("build reports every problem at once: no data source or URL, no clock, a bad prefix")
    void everyProblem() {
        assertThatThrownBy(() -> JdbcStorage.builder().tablePrefix("Bad-Prefix").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataSource or a url")
                .hasMessageContaining("clock")
                .hasMessageContaining("Bad-Prefix");
        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(newDatabase()).url("jdbc:h2:mem:z").clock(CLOCK).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both given");
        assertThatThrownBy(() -> JdbcStorage.builder().dataSource(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("dataSource");
    }

    @Test
    @DisplayName("an unreachable database fails with STORAGE_FAILURE naming where, with the password hidden")
    void unreachable() {
        assertThatThrownBy(() -> JdbcStorage.builder().url("jdbc:postgresql://127.0.0.1:1/none?password=secret")
                .clock(CLOCK).build())
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).errorCode()).isEqualTo(SpiErrorCode.STORAGE_FAILURE))
                .hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("secret");
    }

    @Test
    @DisplayName("open(url) migrates an H2 memory database, which lives until the storage is closed; closed storage refuses calls")
    void openUrl() {
        JdbcStorage s = JdbcStorage.open("jdbc:h2:mem:open-url-test");
        s.complaints().create(Fixtures.complaint(P, "C-1", CLOCK.instant()), "k");
        assertThat(s.complaints().find(P, ComplaintId.of("C-1"))).isPresent();
        assertThat(s.adapterName()).isEqualTo("jdbc");
        s.close();
        assertThatThrownBy(s::complaints).isInstanceOf(IllegalStateException.class);
        try (JdbcStorage again = JdbcStorage.open("jdbc:h2:mem:open-url-test")) {
            assertThat(again.complaints().find(P, ComplaintId.of("C-1"))).isEmpty();
        }
    }

    @Test
    @DisplayName("inside a unit of work the storage's own stores and nested units join the transaction")
    void joins() {
        try (JdbcStorage s = JdbcStorage.builder().dataSource(newDatabase()).migrate(true).clock(CLOCK).build()) {
            assertThatThrownBy(() -> s.inTransaction(session -> {
                s.complaints().create(Fixtures.complaint(P, "C-1", CLOCK.instant()), "k");
                s.inTransaction(inner -> inner.complaints().append(P, ComplaintId.of("C-1"), 0,
                        Fixtures.change(EventType.RECEIVED, CLOCK.instant(), ComplaintStatus.RECEIVED, null)));
                assertThat(session.complaints().find(P, ComplaintId.of("C-1")).orElseThrow().version()).isEqualTo(1);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(s.complaints().find(P, ComplaintId.of("C-1"))).isEmpty();
        }
    }

    @Test
    @DisplayName("instants outside the storable range are rejected with InvalidInputException naming the field")
    void instantRange() {
        try (JdbcStorage s = JdbcStorage.builder().dataSource(newDatabase()).migrate(true).clock(CLOCK).build()) {
            assertThatThrownBy(() -> s.complaints().create(Fixtures.complaint(P, "C-1", Instant.parse("3000-01-01T00:00:00Z")), "k"))
                    .isInstanceOf(io.propcare.spi.InvalidInputException.class).hasMessageContaining("receivedAt");
            assertThat(s.complaints().find(P, ComplaintId.of("C-1"))).isEmpty();
        }
    }
}
