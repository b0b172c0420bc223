package io.propcare.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.NullArguments;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The JDBC adapter's public API and its stores answer a null argument with a message, before any SQL. */
class NullArgumentsTest {
    @Test
    void everyPublicExecutableRejectsNullWithAMessage() {
        NullArguments check = NullArguments.over(JdbcStorage.class);
        assertThat(check.problems()).isEmpty();
        assertThat(check.publicTypes()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theStoresOverARealDatabaseRejectNullWithAMessage() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:null-arguments;DB_CLOSE_DELAY=-1");
        JdbcStorage storage = JdbcStorage.builder().dataSource(ds).migrate(true)
                .clock(Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC)).build();
        NullArguments check = NullArguments.over(JdbcStorage.class);
        assertThat(check.problemsOf(Storage.class, storage)).isEmpty();
        // calls and services keep the check from passing by finding nothing to call
        assertThat(check.instances()).as("storage and its stores").isGreaterThanOrEqualTo(5);
        assertThat(check.calls()).as("calls made").isGreaterThan(20);
    }
}
