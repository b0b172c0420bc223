package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcurrentUseTest {
    private static BusinessCalendar calendar() {
        return BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("08:00-12:00"), WorkWindow.parse("21:00-06:00")))
                .holiday(java.time.LocalDate.of(2030, 12, 25), "closure").build();
    }

    @Test
    @DisplayName("threads that build the year tables at the same time get the same answers as one thread")
    void sameAnswers() throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            starts.add(Instant.ofEpochSecond(r.nextLong(Instant.parse("1990-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2090-01-01T00:00:00Z").getEpochSecond())));
        }
        BusinessCalendar single = calendar();
        List<Instant> expected = starts.stream().map(s -> single.add(s, Duration.ofHours(100))).toList();
        BusinessCalendar shared = calendar();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Instant>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> starts.stream().map(s -> shared.add(s, Duration.ofHours(100))).toList()));
            }
            for (Future<List<Instant>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
