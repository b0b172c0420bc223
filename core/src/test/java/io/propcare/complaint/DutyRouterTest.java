package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DutyRouterTest {
    static final DutyRouter ROUTER = DutyRouter.of(DutyHours.defaults());
    static final ComplaintEngine ENGINE = ComplaintEngine.ofDefaults();

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

    private static ComplaintText arriving(String at) {
        return new ComplaintText("c1", "Lift broken", OffsetDateTime.parse(at), Channel.PHONE, "3-502", "3");
    }

    private static DutyRouter.Routing route(DutyRouter router, ComplaintText t) {
        return router.route(t, ENGINE.classify(t));
    }

    @Test
    void thePlainRouterNamesNobodyAndSaysNothingAboutPeople() {
        DutyRouter.Routing routing = route(ROUTER, arriving("2026-03-02T10:00:00+08:00"));
        assertThat(routing.person()).isEmpty();
        assertThat(routing.reason()).doesNotContain("on duty");
    }

    @Test
    void thePersonOnDutyIsNamedByStaffIdWhenTheLookupAnswers() {
        DutyRouter router = ROUTER.withOnDuty((receiver, at) -> Optional.of(StaffId.of("E017")));
        DutyRouter.Routing routing = route(router, arriving("2026-03-02T10:00:00+08:00"));
        assertThat(routing.receiver()).isEqualTo("front_desk");
        assertThat(routing.person()).isEqualTo("E017");
        assertThat(routing.reason()).endsWith("; on duty at 前台 Front desk: staff E017");
        assertThat(route(ROUTER, arriving("2026-03-02T10:00:00+08:00")).person()).as("the original is unchanged")
                .isEmpty();
    }

    @Test
    void nobodyIsNamedWhenTheLookupAnswersEmpty() {
        DutyRouter.Routing routing = route(ROUTER.withOnDuty((receiver, at) -> Optional.empty()),
                arriving("2026-03-02T19:00:00+08:00"));
        assertThat(routing.receiver()).isEqualTo("duty_phone");
        assertThat(routing.person()).isEmpty();
        assertThat(routing.reason()).endsWith("; on duty at 值班电话 Duty phone: nobody named");
    }

    @Test
    void aFailingLookupLeavesTheRoutingWithoutAPersonAndTheReasonSaysSo() {
        DutyRouter router = ROUTER.withOnDuty((receiver, at) -> {
            throw new IllegalStateException("roster store unavailable");
        });
        DutyRouter.Routing routing = route(router, arriving("2026-03-02T22:00:00+08:00"));
        assertThat(routing.receiver()).isEqualTo("fire_control_center");
        assertThat(routing.owner()).isEqualTo("customer_service");
        assertThat(routing.department()).isEqualTo("engineering");
        assertThat(routing.person()).isEmpty();
        assertThat(routing.reason()).contains("lookup failed").doesNotContain("roster store unavailable");
        assertThat(route(ROUTER.withOnDuty((receiver, at) -> null), arriving("2026-03-02T22:00:00+08:00")).reason())
                .as("a lookup breaking its contract with null counts as failed").contains("lookup failed");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-02T08:30:00+08:00, front_desk",
            "2026-03-02T17:45:00+08:00, fire_control_center",
            "2026-03-02T18:00:00+08:00, duty_phone",
            "2026-03-02T01:00:00Z, front_desk"})
    void theLookupIsAskedAboutTheReceivingServicePointAtTheArrivalInstant(String at, String receiver) {
        List<String> asked = new ArrayList<>();
        DutyRouter router = ROUTER.withOnDuty((r, when) -> {
            asked.add(r + " " + when);
            return Optional.of(StaffId.of("E" + r.length()));
        });
        DutyRouter.Routing routing = route(router, arriving(at));
        assertThat(asked).containsExactly(receiver + " " + OffsetDateTime.parse(at).toInstant());
        assertThat(routing.receiver()).isEqualTo(receiver);
        assertThat(routing.person()).isEqualTo("E" + receiver.length());
    }

    @Test
    void aNullLookupIsRejectedByName() {
        assertThatThrownBy(() -> ROUTER.withOnDuty(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("lookup must not be null");
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
