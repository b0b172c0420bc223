package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    @Test
    void perClassFiguresAndTheConfusionMatrix() {
        Evaluation.HeadReport r = Evaluation.of(List.of("a", "b"), List.of("a", "a", "b", "b"),
                List.of("a", "b", "b", "b"));
        assertThat(r.accuracy()).isEqualTo(0.75);
        assertThat(r.perClass().get(0).precision()).isEqualTo(1.0);
        assertThat(r.perClass().get(0).recall()).isEqualTo(0.5);
        assertThat(r.perClass().get(1).precision()).isEqualTo(0.6667);
        assertThat(r.confusion()).containsExactly(List.of(1, 1), List.of(0, 2));
        assertThat(r.macroF1()).isEqualTo(Math.round((2 / 3.0 + 0.8) / 2 * 10000) / 10000.0);
    }

    @Test
    void linkScoresCountPairs() {
        double[] s = Evaluation.linkScores(Map.of("1", "k", "2", "k", "3", "k"), Map.of("1", "c", "2", "c", "4", "c"));
        assertThat(s[0]).isEqualTo(0.3333);
        assertThat(s[1]).isEqualTo(0.3333);
    }

    @Test
    void perfectCalibrationHasNoError() {
        assertThat(Evaluation.expectedCalibrationError(new double[] {1.0, 1.0}, new boolean[] {true, true}, 10))
                .isEqualTo(0.0);
    }
}
