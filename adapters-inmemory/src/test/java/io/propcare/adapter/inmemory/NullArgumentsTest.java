package io.propcare.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.spi.tck.NullArguments;
import org.junit.jupiter.api.Test;

/** The adapter's public constructors and methods answer a null argument with a message. */
class NullArgumentsTest {
    @Test
    void everyPublicExecutableRejectsNullWithAMessage() {
        NullArguments check = NullArguments.over(InMemoryStorage.class);
        assertThat(check.problems()).isEmpty();
        assertThat(check.publicTypes()).isEqualTo(3);
        // calls keep the check from passing by finding nothing to call
        assertThat(check.calls()).as("calls made").isGreaterThan(3);
    }
}
