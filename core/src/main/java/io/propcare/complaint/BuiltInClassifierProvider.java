package io.propcare.complaint;

import io.propcare.spi.ClassifierProvider;
import io.propcare.spi.ComplaintClassifier;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Offers Propcare's own model: {@code "builtin"} is the model shipped in the jar, {@code "file:PATH"}
 * (or a path ending in {@code .json} or {@code .json.gz}) a model trained with {@code propcare train} or
 * {@link TextModel#train}. Registered in {@code META-INF/services/io.propcare.spi.ClassifierProvider}.
 *
 * <p>Implementation requirements: stateless and thread-safe; the constructor does no I/O.
 *
 * @since 0.1
 */
public final class BuiltInClassifierProvider implements ClassifierProvider {
    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public BuiltInClassifierProvider() {
        // nothing to do: models are read in open()
    }

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public boolean accepts(String locator) {
        Objects.requireNonNull(locator, "locator must not be null");
        return locator.equals("builtin") || locator.startsWith("file:") || locator.endsWith(".json")
                || locator.endsWith(".json.gz");
    }

    @Override
    public ComplaintClassifier open(String locator) {
        Objects.requireNonNull(locator, "locator must not be null");
        if (locator.equals("builtin")) {
            return TextModel.builtIn();
        }
        return TextModel.load(Path.of(locator.startsWith("file:") ? locator.substring(5) : locator));
    }
}
