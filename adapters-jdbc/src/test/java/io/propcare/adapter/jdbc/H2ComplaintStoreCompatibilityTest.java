package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.ComplaintStoreContract;
import java.time.Clock;

class H2ComplaintStoreCompatibilityTest extends ComplaintStoreContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return TestDatabase.h2().fresh(clock);
    }
}
