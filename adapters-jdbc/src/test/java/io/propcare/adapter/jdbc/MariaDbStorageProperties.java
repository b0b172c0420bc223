package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.ComplaintStoreProperties;
import io.propcare.spi.tck.NotificationOutboxProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(SkipUnreachable.MariaDb.class)
class MariaDbStorageProperties implements ComplaintStoreProperties, NotificationOutboxProperties {
    @Override
    public Storage newStorageForProperties() {
        return TestDatabase.mariadb().sharedOnEmptyTables();
    }
}
