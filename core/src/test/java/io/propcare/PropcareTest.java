package io.propcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.adapter.inmemory.InMemoryStorage;
import io.propcare.adapter.inmemory.RecordingNotifier;
import io.propcare.notification.LoggingNotifier;
import io.propcare.spi.NoProviderFoundException;
import io.propcare.spi.SpiErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PropcareTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void buildReportsEveryMissingSettingAtOnce() {
        assertThatThrownBy(() -> Propcare.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clock is required")
                .hasMessageContaining("storage is required");
    }

    @Test
    void settingTwiceShowsTheEarlierValue() {
        Propcare.Builder b = Propcare.builder().storage("memory:");
        assertThatThrownBy(() -> b.storage("jdbc:h2:mem:x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("memory:");
    }

    @Test
    void conflictingStorageSettingsAreNamed() {
        try (InMemoryStorage s = InMemoryStorage.open(clock)) {
            assertThatThrownBy(() -> Propcare.builder().clock(clock).storage(s).storage("memory:").build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("as an instance (memory)").hasMessageContaining("memory:");
        }
    }

    @Test
    void explicitStorageIsUsedAndNotClosed() {
        InMemoryStorage s = InMemoryStorage.open(clock);
        RecordingNotifier n = RecordingNotifier.allChannels();
        try (Propcare p = Propcare.builder().clock(clock).storage(s).notifier(n).build()) {
            assertThat(p.storage()).isSameAs(s);
            assertThat(p.notifiers()).containsExactly(n);
            assertThat(p.clock()).isSameAs(clock);
        }
        assertThat(s.complaints().find(io.propcare.model.PropertyId.of("p"),
                io.propcare.model.complaint.ComplaintId.of("c"))).isEmpty();
    }

    @Test
    void discoveryOpensStorageFromALocatorAndFallsBackToTheLoggingNotifier() {
        try (Propcare p = Propcare.builder().clock(clock).storage("memory:").build()) {
            assertThat(p.storage().adapterName()).isEqualTo("memory");
            assertThat(p.notifiers()).singleElement().isInstanceOf(LoggingNotifier.class);
        }
    }

    @Test
    void noProviderNamesWhatWasFoundAndWhatToDo() {
        assertThatThrownBy(() -> Propcare.builder().clock(clock).storage("jdbc:oracle:thin:@db").build())
                .isInstanceOf(NoProviderFoundException.class)
                .hasMessageContaining("jdbc:oracle:thin:@db")
                .hasMessageContaining("found: memory")
                .hasMessageContaining(".storage(...)")
                .satisfies(e -> assertThat(((NoProviderFoundException) e).errorCode())
                        .isEqualTo(SpiErrorCode.NO_STORAGE_PROVIDER));
    }
}
