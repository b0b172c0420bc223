package io.propcare.adapter.inmemory;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.UnitOfWorkContract;
import java.time.Clock;

class InMemoryUnitOfWorkCompatibilityTest extends UnitOfWorkContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return InMemoryStorage.open(clock);
    }
}
