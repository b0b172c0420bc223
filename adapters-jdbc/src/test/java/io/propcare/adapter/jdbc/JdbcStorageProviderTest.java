package io.propcare.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.ComplaintId;
import io.propcare.spi.Spi;
import io.propcare.spi.Storage;
import io.propcare.spi.StorageContext;
import io.propcare.spi.StorageLocator;
import io.propcare.spi.StorageProvider;
import io.propcare.spi.tck.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcStorageProviderTest {
    private final JdbcStorageProvider provider = new JdbcStorageProvider();

    @Test
    @DisplayName("ServiceLoader discovers the provider, named jdbc, built against this SPI version")
    void discovered() {
        assertThat(ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(JdbcStorageProvider.class);
        assertThat(provider.name()).isEqualTo("jdbc");
        assertThat(provider.spiVersion()).isEqualTo(Spi.VERSION);
    }

    @Test
    @DisplayName("it accepts jdbc URLs of H2, PostgreSQL, MariaDB and MySQL, and nothing else")
    void accepts() {
        assertThat(provider.accepts(StorageLocator.parse("jdbc:h2:mem:demo"))).isTrue();
        assertThat(provider.accepts(StorageLocator.parse("jdbc:postgresql://db/propcare"))).isTrue();
        assertThat(provider.accepts(StorageLocator.parse("jdbc:mariadb://db/propcare"))).isTrue();
        assertThat(provider.accepts(StorageLocator.parse("JDBC:MySQL://db/propcare"))).isTrue();
        assertThat(provider.accepts(StorageLocator.parse("jdbc:oracle:thin:@db"))).isFalse();
        assertThat(provider.accepts(StorageLocator.parse("memory:"))).isFalse();
        assertThat(provider.accepts(StorageLocator.parse("jdbc:"))).isFalse();
    }

    @Test
    @DisplayName("it opens a locator with the context's table prefix, migrating by default")
    void opens() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T00:30:00Z"), ZoneOffset.UTC);
        try (Storage s = provider.open(StorageLocator.parse("jdbc:h2:mem:provider-test"),
                new StorageContext(clock, Map.of("tablePrefix", "pc_")))) {
            assertThat(s).isInstanceOf(JdbcStorage.class);
            assertThat(((JdbcStorage) s).tablePrefix()).isEqualTo("pc_");
            s.complaints().create(Fixtures.complaint(Fixtures.PROPERTY, "C-1", clock.instant()), "k");
            assertThat(s.complaints().find(Fixtures.PROPERTY, ComplaintId.of("C-1"))).isPresent();
        }
    }
}
