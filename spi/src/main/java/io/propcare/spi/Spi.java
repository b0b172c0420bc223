package io.propcare.spi;

/**
 * Facts about this SPI.
 *
 * @since 0.1
 */
public final class Spi {
    /**
     * The SPI version. A provider reports the version it was built against; a mismatch is a
     * warning with code {@code SPI_VERSION_MISMATCH}.
     */
    public static final int VERSION = 1;

    private Spi() {
    }
}
