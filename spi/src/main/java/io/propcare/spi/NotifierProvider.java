package io.propcare.spi;

import java.time.Clock;
import java.util.Map;

/**
 * Creates a {@link Notifier}; discovered with {@link java.util.ServiceLoader} (register it in
 * {@code META-INF/services/io.propcare.spi.NotifierProvider}). Must have a cheap public
 * no-argument constructor. Explicit wiring in the builder comes before discovery.
 *
 * @since 0.1
 */
public interface NotifierProvider {
    /**
     * The provider's name.
     *
     * @return the name
     */
    String name();

    /**
     * The SPI version the provider was built against.
     *
     * @return the version
     */
    int spiVersion();

    /**
     * Creates the notifier.
     *
     * @param clock the clock
     * @param settings provider settings, unmodifiable
     * @return the notifier
     */
    Notifier create(Clock clock, Map<String, String> settings);
}
