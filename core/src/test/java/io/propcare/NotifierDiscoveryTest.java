package io.propcare;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.adapter.inmemory.RecordingNotifier;
import io.propcare.spi.Notifier;
import io.propcare.spi.NotifierProvider;
import io.propcare.spi.Spi;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifierDiscoveryTest {
    /** A provider found only through the class loader the test builds. */
    public static final class TestProvider implements NotifierProvider {
        /** Discovered with ServiceLoader. */
        public TestProvider() {
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public int spiVersion() {
            return Spi.VERSION;
        }

        @Override
        public Notifier create(Clock clock, Map<String, String> settings) {
            return RecordingNotifier.allChannels();
        }
    }

    /** A provider whose constructor fails: discovery reports and skips it. */
    public static final class BrokenProvider implements NotifierProvider {
        /** Always fails. */
        public BrokenProvider() {
            throw new IllegalStateException("cannot start");
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public int spiVersion() {
            return Spi.VERSION;
        }

        @Override
        public Notifier create(Clock clock, Map<String, String> settings) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void providersComeFromTheGivenClassLoaderAndBrokenOnesAreSkipped(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(NotifierProvider.class.getName()),
                BrokenProvider.class.getName() + "\n" + TestProvider.class.getName() + "\n", StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
             Propcare p = Propcare.builder().clock(clock).storage("memory:").classLoader(loader).build()) {
            assertThat(p.notifiers()).singleElement().isInstanceOf(RecordingNotifier.class);
        }
    }

    @Test
    void explicitNotifiersComeBeforeDiscoveryAndDiscoveryCanBeTurnedOff(@TempDir Path dir) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (Propcare p = Propcare.builder().clock(clock).storage("memory:").discoverNotifiers(false).build()) {
            assertThat(p.notifiers()).singleElement().isInstanceOf(io.propcare.notification.LoggingNotifier.class);
        }
    }
}
