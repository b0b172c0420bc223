package io.propcare.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass design estimator against a literal two-pass implementation of what R's
 * {@code svymean} does ({@code svyrecvar}: calibrated weights, linearised values, post-stratum
 * means removed, stratified variance with finite population correction).
 */
class DesignEstimatorProperties {
    record Unit(String stratum, String post, double weight, double y, String group) {
    }

    private static final Map<String, Double> POP = Map.of("A", 50.0, "B", 80.0, "C", 30.0);
    private static final Map<String, Double> TOTALS = Map.of("x", 90.0, "y", 70.0);

    @Provide
    Arbitrary<List<Unit>> samples() {
        Arbitrary<Unit> unit = Combinators.combine(Arbitraries.of("A", "B", "C"), Arbitraries.of("x", "y"),
                Arbitraries.doubles().between(0.5, 5).ofScale(2), Arbitraries.doubles().between(-20, 120).ofScale(1),
                Arbitraries.of("p", "q"))
                .as(Unit::new);
        return unit.list().ofMinSize(6).ofMaxSize(40).filter(l -> {
            Map<String, Integer> n = new HashMap<>();
            Map<String, Integer> g = new HashMap<>();
            l.forEach(u -> {
                n.merge(u.stratum(), 1, Integer::sum);
                g.merge(u.post(), 1, Integer::sum);
            });
            return n.size() == 3 && n.values().stream().allMatch(c -> c >= 2) && g.size() == 2
                    && l.stream().anyMatch(u -> u.group().equals("p"))
                    && n.entrySet().stream().allMatch(e -> e.getValue() <= POP.get(e.getKey()));
        });
    }

    /** R's algorithm, written out with every respondent in memory. */
    private static double[] twoPass(List<Unit> units, boolean post, boolean fpc) {
        return twoPass(units, post, fpc, "");
    }

    /** The same for the domain {@code group} ({@code svyby}; "" = everyone). */
    private static double[] twoPass(List<Unit> units, boolean post, boolean fpc, String group) {
        int n = units.size();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = units.get(i).weight();
        }
        if (post) {
            Map<String, Double> est = new HashMap<>();
            for (int i = 0; i < n; i++) {
                est.merge(units.get(i).post(), w[i], Double::sum);
            }
            for (int i = 0; i < n; i++) {
                w[i] *= TOTALS.get(units.get(i).post()) / est.get(units.get(i).post());
            }
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = group.isEmpty() || units.get(i).group().equals(group) ? 1 : 0;
        }
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < n; i++) {
            sw += d[i] * w[i];
            swy += d[i] * w[i] * units.get(i).y();
        }
        double mean = swy / sw;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = d[i] * w[i] * (units.get(i).y() - mean) / sw;
        }
        if (post) {
            Map<String, double[]> ps = new HashMap<>();
            for (int i = 0; i < n; i++) {
                double[] a = ps.computeIfAbsent(units.get(i).post(), k -> new double[2]);
                a[0] += x[i] / w[i];
                a[1]++;
            }
            for (int i = 0; i < n; i++) {
                double[] a = ps.get(units.get(i).post());
                x[i] -= a[0] / a[1] * w[i];
            }
        }
        Map<String, List<Double>> byStratum = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byStratum.computeIfAbsent(units.get(i).stratum(), k -> new ArrayList<>()).add(x[i]);
        }
        double var = 0;
        for (Map.Entry<String, List<Double>> e : byStratum.entrySet()) {
            List<Double> xs = e.getValue();
            int nh = xs.size();
            double m = xs.stream().mapToDouble(Double::doubleValue).sum() / nh;
            double ss = xs.stream().mapToDouble(v -> (v - m) * (v - m)).sum();
            double f = fpc ? nh / POP.get(e.getKey()) : 0;
            var += (1 - f) * nh / (nh - 1.0) * ss;
        }
        return new double[] {mean, var};
    }

    @Property(tries = 300)
    void onePassEqualsTheTwoPassAlgorithm(@ForAll("samples") List<Unit> units, @ForAll boolean post,
                                          @ForAll boolean fpc) {
        DesignEstimator e = new DesignEstimator(List.of("y"), false);
        for (Unit u : units) {
            e.add(u.stratum(), fpc ? POP.get(u.stratum()) : Double.NaN, post ? u.post() : "", "", u.weight(),
                    new double[] {u.y()});
        }
        SurveyDesign d = SurveyDesign.of("s", fpc ? "N" : "", "w");
        if (post) {
            d = d.withPostStratification("g", TOTALS);
        }
        DesignEstimate m = e.mean("y", "", d, 0.95);
        double[] oracle = twoPass(units, post, fpc);
        assertThat(m.estimate()).isCloseTo(oracle[0], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.variance()).isCloseTo(oracle[1], org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, oracle[1])));
        // svyby: the domain "p" inside the same design
        DesignEstimator byGroup = new DesignEstimator(List.of("y"), false);
        for (Unit u : units) {
            byGroup.add(u.stratum(), fpc ? POP.get(u.stratum()) : Double.NaN, post ? u.post() : "", u.group(),
                    u.weight(), new double[] {u.y()});
        }
        DesignEstimate dm = byGroup.mean("y", "p", d, 0.95);
        double[] domain = twoPass(units, post, fpc, "p");
        assertThat(dm.estimate()).isCloseTo(domain[0], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(dm.variance()).isCloseTo(domain[1], org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, domain[1])));
    }

    @Property(tries = 200)
    void mergingEstimatorsEqualsOneOverEverything(@ForAll("samples") List<Unit> units, @ForAll boolean post) {
        SurveyDesign d = SurveyDesign.of("s", "N", "w");
        if (post) {
            d = d.withPostStratification("g", TOTALS);
        }
        DesignEstimator all = new DesignEstimator(List.of("y", "z"), true);
        DesignEstimator left = new DesignEstimator(List.of("y", "z"), true);
        DesignEstimator right = new DesignEstimator(List.of("y", "z"), true);
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            double[] v = {u.y(), i % 3 == 0 ? Double.NaN : u.y() * 0.5 + i};
            all.add(u.stratum(), POP.get(u.stratum()), post ? u.post() : "", "", u.weight(), v);
            (i % 2 == 0 ? left : right).add(u.stratum(), POP.get(u.stratum()), post ? u.post() : "", "", u.weight(), v);
        }
        left.merge(right);
        for (String v : List.of("y", "z")) {
            DesignEstimate a = all.mean(v, "", d, 0.95);
            DesignEstimate b = left.mean(v, "", d, 0.95);
            assertThat(b.estimate()).isCloseTo(a.estimate(), org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(a.estimate()))));
            assertThat(b.variance()).isCloseTo(a.variance(), org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, a.variance())));
            DesignEstimate ta = all.total(v, "", d, 0.95);
            DesignEstimate tb = left.total(v, "", d, 0.95);
            assertThat(tb.variance()).isCloseTo(ta.variance(), org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, ta.variance())));
        }
        assertThat(left.meanCovariance("y", "z", d)).isCloseTo(all.meanCovariance("y", "z", d),
                org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(all.meanCovariance("y", "z", d)))));
    }
}
