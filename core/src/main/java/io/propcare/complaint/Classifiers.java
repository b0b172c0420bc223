package io.propcare.complaint;

import io.propcare.spi.ClassifierProvider;
import io.propcare.spi.ComplaintClassifier;
import io.propcare.spi.NoProviderFoundException;
import io.propcare.spi.SpiErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a {@link ComplaintClassifier} for a locator among the {@link ClassifierProvider}s on the
 * class path ({@link ServiceLoader}). Each provider loads in its own try, so a broken jar is
 * reported and skipped; when several accept the locator the highest priority wins (then the name),
 * with a warning listing the others. Discovery is a convenience: an engine can also be given a
 * classifier directly ({@link ComplaintEngine.Builder#classifier}).
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Classifiers {
    private static final Logger log = LoggerFactory.getLogger(Classifiers.class);

    private Classifiers() {
    }

    /**
     * The providers found with the given class loader.
     *
     * @param loader the class loader
     * @return the providers that loaded, sorted by priority (highest first) then name
     */
    public static List<ClassifierProvider> providers(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader must not be null");
        List<ClassifierProvider> out = new ArrayList<>();
        var it = ServiceLoader.load(ClassifierProvider.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ClassifierProvider p = it.next();
                if (p.spiVersion() != ClassifierProvider.SPI_VERSION) {
                    log.warn("classifier provider {} was built for SPI version {}, this is {}; skipped [{}]", p.name(),
                            p.spiVersion(), ClassifierProvider.SPI_VERSION, SpiErrorCode.SPI_VERSION_MISMATCH.code());
                    continue;
                }
                out.add(p);
            } catch (ServiceConfigurationError e) {
                log.warn("a classifier provider could not be loaded and is skipped: {}", e.getMessage());
            }
        }
        out.sort(Comparator.comparingInt(ClassifierProvider::priority).reversed().thenComparing(ClassifierProvider::name));
        return out;
    }

    /**
     * Opens the classifier for a locator.
     *
     * @param locator e.g. {@code "builtin"} or {@code "file:model.json"}
     * @return the classifier
     * @throws NoProviderFoundException when no provider accepts the locator
     */
    public static ComplaintClassifier open(String locator) {
        Objects.requireNonNull(locator, "locator must not be null");
        List<ClassifierProvider> all = providers(Classifiers.class.getClassLoader());
        List<ClassifierProvider> accepting = all.stream().filter(p -> p.accepts(locator)).toList();
        if (accepting.isEmpty()) {
            throw new NoProviderFoundException(io.propcare.spi.SpiErrorCode.NO_CLASSIFIER_PROVIDER, "No classifier provider accepts \""
                    + locator + "\"; found: " + all.stream().map(ClassifierProvider::name)
                    .collect(Collectors.joining(", ")) + ". Add a provider jar or pass a classifier to the engine builder");
        }
        if (accepting.size() > 1) {
            log.warn("several classifier providers accept \"{}\": using {}, ignoring {}", locator,
                    accepting.get(0).name(), accepting.subList(1, accepting.size()).stream()
                            .map(ClassifierProvider::name).toList());
        }
        log.info("classifier provider {} opens \"{}\"", accepting.get(0).name(), locator);
        return accepting.get(0).open(locator);
    }
}
