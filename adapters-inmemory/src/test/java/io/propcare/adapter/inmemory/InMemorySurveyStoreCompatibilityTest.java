package io.propcare.adapter.inmemory;

import io.propcare.spi.Storage;
import io.propcare.spi.tck.SurveyStoreContract;
import java.time.Clock;

class InMemorySurveyStoreCompatibilityTest extends SurveyStoreContract {
    @Override
    protected Storage newStorage(Clock clock) {
        return InMemoryStorage.open(clock);
    }
}
