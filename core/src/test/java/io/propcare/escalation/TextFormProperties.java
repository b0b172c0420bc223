package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.escalation.EscalationLevel;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Value types whose text matters read back what {@code toString} writes. */
class TextFormProperties {

    @Property(tries = 300)
    void workWindowReadsBackItsText(@ForAll @IntRange(min = 0, max = 86_399) int start,
                                    @ForAll @IntRange(min = 0, max = 86_399) int end) {
        WorkWindow w = WorkWindow.of(LocalTime.ofSecondOfDay(start), LocalTime.ofSecondOfDay(end));
        assertThat(WorkWindow.parse(w.toString())).isEqualTo(w);
        assertThat(w.nominalSeconds()).isBetween(1L, 86_400L);
    }

    @Property(tries = 200)
    void ladderThresholdReadsBack(@ForAll @IntRange(min = 1, max = 1000) int percent,
                                  @ForAll @IntRange(min = 0, max = 10_000) int offsetMinutes) {
        LadderRung r = new LadderRung(EscalationLevel.DIRECTOR, percent / 100.0, Duration.ofMinutes(offsetMinutes),
                List.of(EscalationLevel.DIRECTOR));
        LadderRung back = LadderRung.parse(EscalationLevel.DIRECTOR, r.threshold(), List.of(EscalationLevel.DIRECTOR));
        assertThat(back.fraction()).isEqualTo(r.fraction());
        assertThat(back.offset()).isEqualTo(r.offset());
    }
}
