package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DutyRouterTest {
    static final DutyRouter ROUTER = DutyRouter.of(DutyHours.defaults());

    @ParameterizedTest
    @CsvSource({
            "2026-03-02T08:30:00+08:00, front_desk",
            "2026-03-02T17:29:59+08:00, front_desk",
            "2026-03-02T17:30:00+08:00, fire_control_center",
            "2026-03-02T18:00:00+08:00, duty_phone",
            "2026-03-02T20:59:00+08:00, duty_phone",
            "2026-03-02T21:00:00+08:00, fire_control_center",
            "2026-03-02T03:00:00+08:00, fire_control_center",
            "2026-03-02T00:30:00Z, front_desk"})
    void theServicePointOnDutyFollowsTheWallClockOfTheProperty(String at, String receiver) {
        assertThat(ROUTER.receiverAt(OffsetDateTime.parse(at).toInstant()).id()).isEqualTo(receiver);
    }

    @Test
    void routingNamesTheReceiverTheOwnerAndTheDepartment() {
        DutyHours hours = new DutyHours("Asia/Shanghai", DutyHours.defaults().receivers(), "duty_phone",
                Map.of("9", "serviced-apartment desk"), "customer_service");
        ComplaintText t = new ComplaintText("a", "Lift broken", OffsetDateTime.parse("2026-03-02T10:00:00+08:00"),
                Channel.EMAIL, "9-1203", "9");
        ClassificationResult r = ComplaintEngine.ofDefaults().classify(t);
        DutyRouter.Routing routing = DutyRouter.of(hours).route(t, r);
        assertThat(routing.receiver()).isEqualTo("front_desk");
        assertThat(routing.owner()).isEqualTo("serviced-apartment desk");
        assertThat(routing.department()).isEqualTo("engineering");
        assertThat(DutyRouter.of(hours).receiverAt(Instant.parse("2026-03-02T09:45:00Z")).id()).isEqualTo("duty_phone");
    }

    @Test
    void aFallbackThatIsNotAReceiverIsRejected() {
        assertThatThrownBy(() -> new DutyHours("Asia/Shanghai", List.of(new DutyHours.Receiver("a", "A", "08:00-17:00")),
                "b", Map.of(), "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallback");
    }

    @Test
    @DisplayName("a duty-hours file with several problems names every one of them with its path and value")
    void everyProblemOfAFileIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hours.json");
        Files.writeString(file, """
                {"zone": "Asia/Shanghia",
                 "receivers": [{"id": "front_desk", "name": "Front desk", "hours": "8:30 to 17:30"},
                               {"id": "duty_phone", "hours": "18:00-21:00"},
                               {"id": "front_desk", "name": "Again", "hours": "18:00-21:00"},
                               {"id": "fire_control_center", "name": "Fire-control center", "hours": "21:00-08:30"}],
                 "fallback": "fire_control", "owners": {"3": "east desk", "9": null}}""");
        assertThatThrownBy(() -> DutyHours.load(file)).isInstanceOfSatisfying(ConfigurationException.class, e -> {
            assertThat(e.problems()).extracting(ConfigurationException::path, ConfigurationException::value,
                    ConfigurationException::errorCode).containsExactly(
                    tuple("$.zone", "\"Asia/Shanghia\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    tuple("$.receivers[0].hours", "\"8:30 to 17:30\"", ConfigErrorCode.CONFIG_BAD_TIME),
                    tuple("$.receivers[1].name", "", ConfigErrorCode.CONFIG_MISSING),
                    tuple("$.receivers[2].id", "\"front_desk\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    tuple("$.fallback", "\"fire_control\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE),
                    tuple("$.owners.9", "", ConfigErrorCode.CONFIG_MISSING),
                    tuple("$.defaultOwner", "", ConfigErrorCode.CONFIG_MISSING));
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo(file.toString()));
            assertThat(e.getMessage()).contains("and 6 more problems:");
        });
        Files.writeString(file, """
                {"zone": "UTC", "receivers": [{"id": "desk", "name": "Desk", "hours": "08:00-17:00"}],
                 "fallback": "desk", "defaultOwner": "customer_service"}""");
        assertThat(DutyHours.load(file).owners()).isEmpty();
    }
}
