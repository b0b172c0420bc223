package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.spi.ClassifierProvider;
import io.propcare.spi.NoProviderFoundException;
import org.junit.jupiter.api.Test;

class ClassifierProviderTest {
    @Test
    void theBuiltInProviderIsFoundWithServiceLoader() {
        assertThat(Classifiers.providers(getClass().getClassLoader())).extracting(ClassifierProvider::name)
                .contains("builtin");
        assertThat(Classifiers.open("builtin")).isSameAs(TextModel.builtIn());
    }

    @Test
    void aLocatorNoProviderAcceptsNamesTheProvidersFound() {
        assertThatThrownBy(() -> Classifiers.open("onnx://somewhere")).isInstanceOf(NoProviderFoundException.class)
                .hasMessageContaining("builtin");
    }
}
