package io.propcare.adapter.inmemory;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.ComplaintStoreContract;
import java.time.Clock;

class InMemoryComplaintStoreCompatibilityTest extends ComplaintStoreContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return InMemoryStorage.open(clock);
    }
}
