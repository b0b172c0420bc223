package io.propcare.spi;

/**
 * No discovered provider accepts the locator; says which providers were found and what to add.
 *
 * @since 0.1
 */
public class NoProviderFoundException extends PropcareException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was looked for, what was found and what to do
     */
    public NoProviderFoundException(String message) {
        super(SpiErrorCode.NO_STORAGE_PROVIDER, message);
    }
}
