package io.propcare.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.spi.Spi;
import io.propcare.spi.tck.NullArguments;
import org.junit.jupiter.api.Test;

/** Every public constructor and method of the SPI answers a null argument with a message. */
class NullArgumentsTest {
    @Test
    void everyPublicExecutableRejectsNullWithAMessage() {
        // publicTypes, calls and instances keep the check from passing by finding nothing to call
        NullArguments check = NullArguments.over(Spi.class);
        assertThat(check.publicTypes()).isGreaterThan(60);
        assertThat(check.problems()).isEmpty();
        assertThat(check.calls()).as("calls made").isGreaterThan(250);
        assertThat(check.instances()).as("sample instances").isGreaterThan(30);
    }
}
