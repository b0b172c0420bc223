package io.propcare.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.complaint.ClassificationResult;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.complaint.DutyHours;
import io.propcare.complaint.DutyRouter;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk's duty roster names the person a complaint is routed to. */
class DutyRosterRoutingTest {
    private static final StaffId DAY = StaffId.of("S-DAY");
    private static final StaffId NIGHT = StaffId.of("S-NIGHT");
    private static final StaffId OPERATOR = StaffId.of("S-FIRE");

    /** The duty person is DAY from 08:00 to 20:00 Shanghai time, NIGHT otherwise; the operator always. */
    private static final DutyRoster ROSTER = (role, at) -> {
        int hour = at.atZone(java.time.ZoneId.of("Asia/Shanghai")).getHour();
        return switch (role) {
            case DutyRoster.DUTY -> Optional.of(hour >= 8 && hour < 20 ? DAY : NIGHT);
            case "fire_control_operator" -> Optional.of(OPERATOR);
            default -> Optional.empty();
        };
    };

    private static DutyRouter.Routing route(DutyRouter router, String at) {
        ComplaintText c = new ComplaintText("c1", "楼道灯不亮", OffsetDateTime.parse(at), Channel.PHONE, "2-801", "2");
        ClassificationResult r = ComplaintEngine.ofDefaults().classify(c);
        return router.route(c, r);
    }

    @Test
    void theDutyPersonIsNamedWhicheverServicePointReceives() {
        DutyRouter router = DutyRouter.of(DutyHours.defaults()).withOnDuty(ROSTER.forRouting());
        assertThat(route(router, "2026-12-03T10:00:00+08:00").person()).isEqualTo("S-DAY");
        assertThat(route(router, "2026-12-03T23:00:00+08:00").person()).isEqualTo("S-NIGHT");
    }

    @Test
    void aRolePerServicePointNamesItsHolderAndNobodyElsewhere() {
        DutyHours hours = DutyHours.defaults();
        String night = DutyRouter.of(hours).receiverAt(Instant.parse("2026-12-03T15:00:00Z")).id();
        DutyRouter router = DutyRouter.of(hours).withOnDuty(ROSTER.forRouting(Map.of(night, "fire_control_operator")));
        assertThat(route(router, "2026-12-03T23:00:00+08:00").person()).isEqualTo("S-FIRE");
        assertThat(route(router, "2026-12-03T10:00:00+08:00").person()).isEmpty();
    }
}
