package io.propcare.adapter.inmemory;

import io.propcare.spi.Spi;
import io.propcare.spi.Storage;
import io.propcare.spi.StorageContext;
import io.propcare.spi.StorageLocator;
import io.propcare.spi.StorageProvider;
import java.util.Objects;

/**
 * Opens {@link InMemoryStorage} for locators with the scheme {@code memory} (e.g. {@code "memory:"}).
 * Each call opens a new, empty storage.
 *
 * @since 0.1
 */
public final class InMemoryStorageProvider implements StorageProvider {
    /** Creates the provider; cheap. */
    public InMemoryStorageProvider() {
        // discovered with ServiceLoader
    }

    @Override
    public String name() {
        return InMemoryStorage.NAME;
    }

    @Override
    public int spiVersion() {
        return Spi.VERSION;
    }

    @Override
    public boolean accepts(StorageLocator locator) {
        return Objects.requireNonNull(locator, "locator must not be null").scheme().equals("memory");
    }

    @Override
    public Storage open(StorageLocator locator, StorageContext context) {
        Objects.requireNonNull(locator, "locator must not be null");
        Objects.requireNonNull(context, "context must not be null");
        return InMemoryStorage.open(context.clock());
    }
}
