package io.propcare.adapter.jdbc;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.SurveyStoreContract;
import java.time.Clock;

class MariaDbSurveyStoreCompatibilityTest extends SurveyStoreContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return TestDatabase.mariadb().fresh(clock);
    }
}
