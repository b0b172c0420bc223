package io.propcare.spi;

/**
 * Opens storage for the locators it recognises; discovered with {@link java.util.ServiceLoader}
 * (register it in {@code META-INF/services/io.propcare.spi.StorageProvider}). Must have a cheap
 * public no-argument constructor.
 *
 * <p>Implementation requirements: thread-safe; {@link #accepts} does no I/O.
 *
 * @since 0.1
 */
public interface StorageProvider {
    /**
     * The provider's name, e.g. {@code "jdbc"}.
     *
     * @return the name
     */
    String name();

    /**
     * The SPI version the provider was built against: {@link Spi#VERSION} at its build.
     *
     * @return the version
     */
    int spiVersion();

    /**
     * Which provider wins when several accept a locator: the highest.
     *
     * @return the priority, 0 by default
     */
    default int priority() {
        return 0;
    }

    /**
     * Whether this provider can open the locator. Cheap, no I/O.
     *
     * @param locator the locator
     * @return true when it can
     */
    boolean accepts(StorageLocator locator);

    /**
     * Opens the storage.
     *
     * @param locator the locator
     * @param context the clock and settings
     * @return the open storage
     * @throws StorageException when it cannot be opened
     */
    Storage open(StorageLocator locator, StorageContext context);
}
