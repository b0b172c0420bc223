package io.propcare.adapter.inmemory;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.NotificationOutboxContract;
import java.time.Clock;

class InMemoryOutboxCompatibilityTest extends NotificationOutboxContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return InMemoryStorage.open(clock);
    }
}
