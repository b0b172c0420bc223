package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.ComplaintStoreProperties;
import io.propcare.spi.tck.NotificationOutboxProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(SkipUnreachable.H2.class)
class H2StorageProperties implements ComplaintStoreProperties, NotificationOutboxProperties {
    @Override
    public Storage newStorageForProperties() {
        return TestDatabase.h2().sharedOnEmptyTables();
    }
}
