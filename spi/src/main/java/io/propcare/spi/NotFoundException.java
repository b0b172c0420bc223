package io.propcare.spi;

/**
 * The entity asked for does not exist in the given property.
 *
 * @since 0.1
 */
public class NotFoundException extends StorageException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param adapter the adapter's name
     * @param operation the operation
     * @param entity what was looked for, e.g. {@code "complaint C-1 in property p1"}
     */
    public NotFoundException(String adapter, String operation, String entity) {
        super(SpiErrorCode.NOT_FOUND, adapter, operation, entity + " does not exist", null);
    }
}
