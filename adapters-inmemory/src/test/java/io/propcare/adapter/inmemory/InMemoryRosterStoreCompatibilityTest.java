package io.propcare.adapter.inmemory;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.RosterStoreContract;
import java.time.Clock;

class InMemoryRosterStoreCompatibilityTest extends RosterStoreContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return InMemoryStorage.open(clock);
    }
}
