package io.propcare.spi;

/**
 * Opens a {@link ComplaintClassifier} named by a locator; discovered with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.propcare.spi.ClassifierProvider}).
 * Propcare's built-in model is offered by such a provider under the locator {@code "builtin"}
 * (and {@code "file:MODEL.json"} for a model trained with {@code propcare train}).
 *
 * <p>Implementation requirements: a public no-argument constructor that does no I/O;
 * {@link #accepts} is cheap and side-effect free; {@link #open} may read files and throws
 * {@link PropcareException} (never a bare I/O exception) when it cannot.
 *
 * @since 0.1
 */
@Beta
public interface ClassifierProvider {
    /** The version of this contract; providers built against another one are skipped with a warning. */
    int SPI_VERSION = 1;

    /**
     * The provider's name, e.g. {@code "builtin"}.
     *
     * @return the name
     */
    String name();

    /**
     * The contract version the provider was built against.
     *
     * @return by default {@link #SPI_VERSION}
     */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /**
     * The priority when several providers accept a locator; highest wins.
     *
     * @return by default 0
     */
    default int priority() {
        return 0;
    }

    /**
     * Whether this provider can open the locator; cheap, no I/O.
     *
     * @param locator e.g. {@code "builtin"} or {@code "file:/models/complaints.json"}
     * @return true when {@link #open} will try it
     */
    boolean accepts(String locator);

    /**
     * Opens the classifier.
     *
     * @param locator a locator this provider accepts
     * @return the classifier, thread-safe
     * @throws PropcareException when it cannot be opened
     */
    ComplaintClassifier open(String locator);
}
