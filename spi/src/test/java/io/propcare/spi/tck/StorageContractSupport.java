package io.propcare.spi.tck;

import static io.propcare.spi.tck.Fixtures.T0;

import io.propcare.spi.Storage;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.threeten.extra.MutableClock;

/**
 * What every contract of the kit shares: the clock, a new empty storage before each test, closed
 * after it. Extend a contract, not this class.
 */
public abstract class StorageContractSupport {
    /** The clock given to the storage; tests move it forward, never sleep. */
    protected final MutableClock clock = MutableClock.of(T0, ZoneId.of("Asia/Shanghai"));
    private Storage storage;

    /**
     * A new, empty storage reading time from {@code clock}; called before every test.
     *
     * @param clock the clock
     * @return the storage
     */
    protected abstract Storage newStorage(Clock clock);

    @BeforeEach
    void openStorage() {
        storage = newStorage(clock);
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    /**
     * The storage under test.
     *
     * @return the storage
     */
    protected Storage storage() {
        return storage;
    }
}
