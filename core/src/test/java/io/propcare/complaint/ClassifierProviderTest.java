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

    @Test
    void aGzipModelFileIsAcceptedAndOpened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path gz = dir.resolve("model.json.gz");
        TextModel.builtIn().save(gz);
        assertThat(new BuiltInClassifierProvider().accepts(gz.toString())).isTrue();
        assertThat(new BuiltInClassifierProvider().accepts("model.onnx")).isFalse();
        var opened = Classifiers.open(gz.toString());
        var c = io.propcare.model.complaint.ComplaintText.of("c1", "楼道灯不亮",
                java.time.OffsetDateTime.parse("2026-01-15T07:00:00+08:00"), io.propcare.model.complaint.Channel.APP);
        assertThat(opened.predict(c)).isEqualTo(TextModel.builtIn().predict(c));
    }
}
