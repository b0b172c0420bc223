package io.propcare.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {
    record Step(String id, String within) {
        Step {
            if (id == null || id.isBlank()) {
                throw io.propcare.spi.InvalidInputException.of("id", id, "expected a step id");
            }
        }
    }

    record Sla(String name, List<Step> steps) {
    }

    private static ConfigurationException fail(String json) {
        try {
            ConfigReader.read(json, "propcare.json", Sla.class);
        } catch (ConfigurationException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigurationException for " + json);
    }

    @Test
    void readsValidConfiguration() {
        Sla sla = ConfigReader.read("{\"name\":\"x\",\"steps\":[{\"id\":\"on_site\",\"within\":\"PT15M\"}]}",
                "propcare.json", Sla.class);
        assertThat(sla.steps()).containsExactly(new Step("on_site", "PT15M"));
    }

    @Test
    void unknownPropertyNamesPathAndKnownOnes() {
        ConfigurationException e = fail("{\"name\":\"x\",\"steps\":[{\"id\":\"a\",\"within\":\"PT1M\"},{\"id\":\"b\",\"witin\":\"PT1M\"}]}");
        assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY);
        assertThat(e.path()).isEqualTo("$.steps[1].witin");
        assertThat(e.getMessage()).contains("within").contains("propcare.json");
    }

    @Test
    void constructorValidationBecomesAPathedError() {
        ConfigurationException e = fail("{\"name\":\"x\",\"steps\":[{\"id\":\" \",\"within\":\"PT1M\"}]}");
        assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_BAD_VALUE);
        assertThat(e.path()).startsWith("$.steps[0]");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        ConfigurationException e = fail("{\"name\": \"x\",\n \"steps\": [}");
        assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_BAD_JSON);
        assertThat(e.path()).contains("line 2");
    }

    @Test
    void wrongTypeIsBadValue() {
        ConfigurationException e = fail("{\"name\":\"x\",\"steps\":{\"id\":\"a\"}}");
        assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_BAD_VALUE);
        assertThat(e.path()).isEqualTo("$.steps");
    }

    @Test
    void durationsNameTheExample() {
        assertThatThrownBy(() -> ConfigReader.duration("15 minutes", "propcare.json", "$.sla.steps[2].within"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("$.sla.steps[2].within: got \"15 minutes\"; expected an ISO-8601 duration such as \"PT15M\" "
                        + "(propcare.json) [CONFIG_BAD_DURATION]");
    }
}
