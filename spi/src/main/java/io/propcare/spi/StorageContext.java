package io.propcare.spi;

import io.propcare.model.internal.Checks;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a provider gets to open storage: the clock and adapter settings (e.g.
 * {@code "tablePrefix"}, {@code "migrate"}).
 *
 * @param clock the clock
 * @param settings adapter settings, unmodifiable
 * @since 0.1
 */
public record StorageContext(Clock clock, Map<String, String> settings) {
    /** Checks the components. */
    public StorageContext {
        Checks.notNull(clock, "clock");
        settings = Checks.map(settings, "settings");
    }

    /**
     * A context with no settings.
     *
     * @param clock the clock
     * @return the context
     */
    public static StorageContext of(Clock clock) {
        return new StorageContext(clock, Map.of());
    }

    /**
     * A setting.
     *
     * @param key the key
     * @return the value, or empty
     */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(Checks.notNull(key, "key")));
    }
}
