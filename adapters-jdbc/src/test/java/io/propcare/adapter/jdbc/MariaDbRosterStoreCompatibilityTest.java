package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.RosterStoreContract;
import java.time.Clock;

class MariaDbRosterStoreCompatibilityTest extends RosterStoreContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return TestDatabase.mariadb().fresh(clock);
    }
}
