package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
}
