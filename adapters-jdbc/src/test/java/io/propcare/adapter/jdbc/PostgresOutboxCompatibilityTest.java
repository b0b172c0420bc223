package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.NotificationOutboxContract;
import java.time.Clock;

class PostgresOutboxCompatibilityTest extends NotificationOutboxContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return TestDatabase.postgres().fresh(clock);
    }
}
