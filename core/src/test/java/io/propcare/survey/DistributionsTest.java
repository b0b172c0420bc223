package io.propcare.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionsTest {

    static Stream<String[]> knownValues() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DistributionsTest.class.getResourceAsStream("distribution-values.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", -1));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}({1}; {2}) = {3}")
    @MethodSource("knownValues")
    void matchesHighPrecisionValues(String function, String argument, String parameters, String expected) {
        double x = Double.parseDouble(argument);
        String[] ps = parameters.isEmpty() ? new String[0] : parameters.split(" ");
        double a = ps.length > 0 ? Double.parseDouble(ps[0]) : Double.NaN;
        double b = ps.length > 1 ? Double.parseDouble(ps[1]) : Double.NaN;
        double actual;
        switch (function) {
            case "normalQuantile": actual = Distributions.normalQuantile(x); break;
            case "normalCdf": actual = Distributions.normalCdf(x); break;
            case "tQuantile": actual = Distributions.tQuantile(x, a); break;
            case "betaQuantile": actual = Distributions.betaQuantile(x, a, b); break;
            case "chiSquareUpperTail": actual = Distributions.chiSquareUpperTail(x, a); break;
            case "chiSquareQuantile": actual = Distributions.chiSquareQuantile(x, a); break;
            case "fQuantile": actual = Distributions.fQuantile(x, a, b); break;
            case "regularizedBeta": actual = Distributions.regularizedBeta(x, a, b); break;
            case "logGamma": actual = Distributions.logGamma(x); break;
            default: throw new IllegalArgumentException("unknown function " + function);
        }
        double e = Double.parseDouble(expected);
        double tolerance = Math.max(2e-14 * Math.abs(e), function.equals("logGamma") ? 1e-15 : 1e-300);
        assertThat(Math.abs(actual - e)).as("%s(%s; %s): got %s, expected %s", function, argument, parameters,
                actual, expected).isLessThanOrEqualTo(tolerance);
    }

    @Test
    void quantilesInvertTheirDistributionFunctions() {
        for (double p : new double[] {1e-12, 1e-6, 0.01, 0.2, 0.5, 0.77, 0.99, 1 - 1e-9}) {
            for (double df : new double[] {1, 2.5, 7, 60, 1e4}) {
                assertThat(Distributions.tCdf(Distributions.tQuantile(p, df), df)).as("t p=%s df=%s", p, df).isCloseTo(p,
                        org.assertj.core.data.Offset.offset(1e-12 * Math.max(p, 1e-3)));
                assertThat(1 - Distributions.chiSquareUpperTail(Distributions.chiSquareQuantile(p, df), df))
                        .as("chi2 p=%s df=%s", p, df).isCloseTo(p, org.assertj.core.data.Offset.offset(1e-12));
            }
            for (double[] ab : new double[][] {{0.5, 0.5}, {1, 1}, {3, 200}, {200, 3}, {40, 60}}) {
                double[] xy = Distributions.betaQuantilePair(p, ab[0], ab[1]);
                if (p <= 0.5) {
                    assertThat(Distributions.regularizedBeta(xy[0], ab[0], ab[1])).as("beta p=%s a=%s b=%s", p, ab[0], ab[1])
                            .isCloseTo(p, org.assertj.core.data.Offset.offset(1e-12 * p));
                } else {
                    // the upper tail, from the exact complement 1 - x (x itself may round to 1)
                    assertThat(Distributions.regularizedBeta(xy[1], ab[1], ab[0])).as("beta p=%s a=%s b=%s", p, ab[0], ab[1])
                            .isCloseTo(1 - p, org.assertj.core.data.Offset.offset(1e-12 * (1 - p)));
                }
            }
        }
    }

    @Test
    void edgesAreExact() {
        assertThat(Distributions.normalQuantile(0.5)).isZero();
        assertThat(Distributions.normalQuantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Distributions.betaQuantile(0, 2, 3)).isZero();
        assertThat(Distributions.betaQuantile(1, 2, 3)).isEqualTo(1);
        assertThat(Distributions.tQuantile(0.975, Double.POSITIVE_INFINITY))
                .isEqualTo(Distributions.normalQuantile(0.975));
    }
}
