package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.UnitOfWorkContract;
import java.time.Clock;

class PostgresUnitOfWorkCompatibilityTest extends UnitOfWorkContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return TestDatabase.postgres().fresh(clock);
    }
}
