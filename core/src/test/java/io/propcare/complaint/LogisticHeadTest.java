package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogisticHeadTest {
    static final String[] CLASSES = {"elevator", "plumbing", "pests"};

    static List<Set<String>> docs() {
        List<Set<String>> d = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            d.add(Set.of("lift", "stuck", "w" + i));
            d.add(Set.of("leak", "pipe", "w" + i));
            d.add(Set.of("rat", "kitchen", "w" + i));
        }
        return d;
    }

    static int[] labels() {
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) {
            y[i] = i % 3;
        }
        return y;
    }

    @Test
    void itLearnsSeparableClassesAndItsEvidenceNamesTheDecisiveFeatures() {
        LogisticHead h = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.DEFAULT_LAMBDA);
        double[] p = h.probabilities(Set.of("pipe", "unseen"));
        assertThat(p[1]).isGreaterThan(p[0]).isGreaterThan(0.5);
        assertThat(h.evidence(Set.of("pipe", "leak", "w3"), 1, 5)).containsExactlyInAnyOrder("pipe", "leak");
        double[] q = h.probabilities(Set.of("rat"));
        assertThat(q[2]).isGreaterThan(q[0]).isGreaterThan(q[1] - 1e-9);
    }

    @Test
    void theSameDataGivesTheSameWeightsAndSkippedLinesAreIgnored() {
        LogisticHead a = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.DEFAULT_LAMBDA);
        LogisticHead b = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.DEFAULT_LAMBDA);
        assertThat(b.bias).containsExactly(a.bias);
        assertThat(b.weights.keySet()).isEqualTo(a.weights.keySet());
        a.weights.forEach((f, w) -> assertThat(b.weights.get(f)).containsExactly(w));
        int[] y = labels();
        List<Set<String>> d = new ArrayList<>(docs());
        d.add(Set.of("only-in-a-skipped-line"));
        int[] y2 = java.util.Arrays.copyOf(y, y.length + 1);
        y2[y.length] = -1;
        assertThat(LogisticHead.fit(CLASSES, d, y2, LogisticHead.DEFAULT_LAMBDA).weights)
                .doesNotContainKey("only-in-a-skipped-line");
    }

    @Test
    void aHigherTemperatureFlattensTheProbabilitiesWithoutChangingTheWinner() {
        LogisticHead h = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.DEFAULT_LAMBDA);
        double[] sharp = h.probabilities(Set.of("lift"));
        double[] flat = h.withTemperature(4.0).probabilities(Set.of("lift"));
        assertThat(flat[0]).isLessThan(sharp[0]).isGreaterThan(flat[1]);
    }
}
