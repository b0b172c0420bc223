package io.propcare.adapter.inmemory;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.ComplaintStoreProperties;
import io.propcare.spi.tck.NotificationOutboxProperties;
import java.time.Clock;

class InMemoryStorageProperties implements ComplaintStoreProperties, NotificationOutboxProperties {
    @Override
    public Storage newStorageForProperties() {
        return InMemoryStorage.open(Clock.systemUTC());
    }
}
