package io.propcare.spi;

/**
 * No discovered provider accepts the locator; says which providers were found and what to add.
 *
 * @since 0.1
 */
public class NoProviderFoundException extends PropcareException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a missing storage provider ({@link SpiErrorCode#NO_STORAGE_PROVIDER}).
     *
     * @param message what was looked for, what was found and what to do
     */
    public NoProviderFoundException(String message) {
        super(SpiErrorCode.NO_STORAGE_PROVIDER, message);
    }

    /**
     * Creates the exception with the code of the kind of provider that is missing, e.g.
     * {@link SpiErrorCode#NO_CLASSIFIER_PROVIDER}.
     *
     * @param code the code
     * @param message what was looked for, what was found and what to do
     */
    public NoProviderFoundException(ErrorCode code, String message) {
        super(code, message);
    }
}
