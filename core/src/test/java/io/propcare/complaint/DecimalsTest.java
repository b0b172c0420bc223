package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Decimals#plain} rounds without a {@code BigDecimal} on its fast path; the oracle is the
 * {@code BigDecimal} rounding it replaced.
 */
class DecimalsTest {

    private static String oracle(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    @Property(tries = 5000)
    void plainEqualsBigDecimalHalfUpForAnyDouble(@ForAll double v, @ForAll @IntRange(min = 0, max = 6) int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            assertThat(Decimals.plain(v, places)).isEqualTo(String.valueOf(v));
        } else {
            assertThat(Decimals.plain(v, places)).isEqualTo(oracle(v, places));
        }
    }

    @Property(tries = 5000)
    void plainEqualsBigDecimalHalfUpForScoresAndWeights(@ForAll @DoubleRange(min = -20, max = 20) double v,
                                                        @ForAll @IntRange(min = 0, max = 3) int places) {
        assertThat(Decimals.plain(v, places)).isEqualTo(oracle(v, places));
    }

    @Example
    void carriesSignsAndHalves() {
        assertThat(Decimals.plain(0.995, 2)).isEqualTo(oracle(0.995, 2));
        assertThat(Decimals.plain(9.9996, 3)).isEqualTo("10.000");
        assertThat(Decimals.plain(-0.004, 2)).isEqualTo("0.00");
        assertThat(Decimals.plain(-0.005, 2)).isEqualTo("-0.01");
        assertThat(Decimals.plain(0.125, 2)).isEqualTo("0.13");
        assertThat(Decimals.plain(99.5, 0)).isEqualTo("100");
        assertThat(Decimals.plain(1e-7, 2)).isEqualTo("0.00");
        assertThat(Decimals.plain(1.5e10, 1)).isEqualTo("15000000000.0");
    }
}
