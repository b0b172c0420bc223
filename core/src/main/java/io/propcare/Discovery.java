package io.propcare;

import io.propcare.spi.NoProviderFoundException;
import io.propcare.spi.Notifier;
import io.propcare.spi.NotifierProvider;
import io.propcare.spi.Spi;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.Storage;
import io.propcare.spi.StorageContext;
import io.propcare.spi.StorageLocator;
import io.propcare.spi.StorageProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** ServiceLoader discovery of storage and notifier providers; each provider loads in its own try. */
final class Discovery {
    private static final Logger log = LoggerFactory.getLogger(Discovery.class);

    private Discovery() {
    }

    static <T> List<T> load(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                log.warn("skipping a broken {} on the class path: {}", type.getSimpleName(), e.getMessage());
            }
        }
        return found;
    }

    static Storage openStorage(StorageLocator locator, StorageContext context, ClassLoader loader) {
        List<StorageProvider> providers = load(StorageProvider.class, loader);
        List<StorageProvider> accepting = new ArrayList<>();
        for (StorageProvider p : providers) {
            if (p.spiVersion() != Spi.VERSION) {
                log.warn("storage provider {} was built for SPI version {}, this is {} [{}]", p.name(), p.spiVersion(),
                        Spi.VERSION, SpiErrorCode.SPI_VERSION_MISMATCH.code());
            }
            try {
                if (p.accepts(locator)) {
                    accepting.add(p);
                }
            } catch (RuntimeException e) {
                log.warn("storage provider {} failed to check {}: {}", p.name(), locator, e.toString());
            }
        }
        if (accepting.isEmpty()) {
            String names = providers.isEmpty() ? "none"
                    : providers.stream().map(StorageProvider::name).sorted().collect(Collectors.joining(", "));
            throw new NoProviderFoundException("No storage provider accepts \"" + locator + "\"; found: " + names
                    + ". Add an adapter jar (propcare-adapters-jdbc, propcare-adapters-inmemory) or call .storage(...)");
        }
        accepting.sort(Comparator.comparingInt(StorageProvider::priority).reversed().thenComparing(StorageProvider::name));
        StorageProvider winner = accepting.get(0);
        if (accepting.size() > 1) {
            log.warn("several storage providers accept {}: using {}, not {}", locator, winner.name(),
                    accepting.subList(1, accepting.size()).stream().map(StorageProvider::name).toList());
        }
        log.info("storage provider {} opens {}", winner.name(), locator);
        return winner.open(locator, context);
    }

    static List<Notifier> discoverNotifiers(java.time.Clock clock, ClassLoader loader) {
        List<Notifier> notifiers = new ArrayList<>();
        for (NotifierProvider p : load(NotifierProvider.class, loader)) {
            if (p.spiVersion() != Spi.VERSION) {
                log.warn("notifier provider {} was built for SPI version {}, this is {} [{}]", p.name(), p.spiVersion(),
                        Spi.VERSION, SpiErrorCode.SPI_VERSION_MISMATCH.code());
            }
            try {
                notifiers.add(p.create(clock, java.util.Map.of()));
                log.info("notifier provider {} discovered", p.name());
            } catch (RuntimeException e) {
                log.warn("notifier provider {} failed to start and is skipped: {}", p.name(), e.toString());
            }
        }
        return notifiers;
    }
}
