package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.RosterStoreContract;
import java.time.Clock;

class H2RosterStoreCompatibilityTest extends RosterStoreContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return TestDatabase.h2().fresh(clock);
    }
}
