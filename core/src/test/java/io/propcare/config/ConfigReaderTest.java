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

    enum Level { LOW, HIGH }

    record Limits(int days, Level level, boolean strict) {
    }

    record Policy(String name, List<Step> steps, Limits limits) {
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
    @Test
    void everyUnknownPropertyAndWrongTypeIsReportedInOneRead() {
        String json = "{\"name\":\"x\",\"nmae\":\"y\",\"steps\":[{\"id\":\"a\",\"within\":\"PT1M\"},"
                + "{\"id\":\"b\",\"witin\":\"PT1M\"},{\"id\":\"c\",\"within\":{\"x\":1}}],"
                + "\"limits\":{\"days\":3,\"level\":\"MEDIUM\",\"strict\":[true]}}";
        ConfigAssertions.assertProblems(() -> ConfigReader.read(json, "propcare.json", Policy.class),
                ConfigAssertions.problem("$.steps[1].witin", "\"witin\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY),
                ConfigAssertions.problem("$.steps[2].within", "{\"x\":1}", ConfigErrorCode.CONFIG_BAD_VALUE),
                ConfigAssertions.problem("$.limits.level", "\"MEDIUM\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                ConfigAssertions.problem("$.limits.strict", "[true]", ConfigErrorCode.CONFIG_BAD_VALUE),
                ConfigAssertions.problem("$.nmae", "\"nmae\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY));
        // the same from a parsed tree
        ConfigAssertions.assertProblems(() -> ConfigReader.convert(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree("{\"name\":\"x\",\"nmae\":1,\"steps\":\"none\"}"), "request", Policy.class),
                ConfigAssertions.problem("$.steps", "none", ConfigErrorCode.CONFIG_BAD_VALUE),
                ConfigAssertions.problem("$.nmae", "\"nmae\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY));
    }

    @Test
    void aFailureAfterAnUnknownPropertyIsReportedToo() {
        // no placeholder was bound, so the constructor's refusal of the blank id is a problem of its own
        ConfigAssertions.assertProblems(() -> ConfigReader.read("{\"name\":\"x\",\"steps\":[{\"id\":\"a\",\"witin\":\"PT1M\"},"
                        + "{\"id\":\" \"}]}", "propcare.json", Sla.class),
                ConfigAssertions.problem("$.steps[0].witin", "\"witin\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY),
                ConfigAssertions.problem("$.steps[1].id", "\" \"", ConfigErrorCode.CONFIG_BAD_VALUE));
        // a placeholder's own record refusing it is not named again
        ConfigAssertions.assertProblems(() -> ConfigReader.read("{\"name\":\"x\",\"steps\":[{\"id\":[\"a\"]}]}",
                        "propcare.json", Sla.class),
                ConfigAssertions.problem("$.steps[0].id", "[\"a\"]", ConfigErrorCode.CONFIG_BAD_VALUE));
        // a syntax error ends the read; what was found before it is still named
        ConfigAssertions.assertProblems(() -> ConfigReader.read("{\"name\":\"x\",\"steps\":[{\"id\":\"a\",\"witin\":\"1\"},}",
                        "propcare.json", Sla.class),
                ConfigAssertions.problem("$.steps[0].witin", "\"witin\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY),
                ConfigAssertions.problem("$ (line 1, column 45)", "", ConfigErrorCode.CONFIG_BAD_JSON));
    }
}
