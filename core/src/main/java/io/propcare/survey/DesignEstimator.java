package io.propcare.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Design-based estimation in one pass: respondents are added one at a time with their stratum,
 * stratum population size, post-stratum, domain group, weight and values; means, totals,
 * proportions and their standard errors come out as R's {@code survey} package computes them for
 * a one-stage stratified design ({@code svydesign(id=~1, strata, fpc, weights)},
 * {@code postStratify}, {@code svymean}, {@code svytotal}, {@code svyciprop}, {@code svyby}).
 *
 * <p>Only sums are kept, per cell (stratum × post-stratum × group): counts, weights, weighted
 * first and second moments of each variable (shifted by the first value seen, so no precision is
 * lost to large means), and with covariances the cross moments of each pair. Memory grows with
 * cells and variables, not with respondents; two estimators over parts of the data merge into one
 * over all of it.
 *
 * <p>Conventions, all R's: a missing value ({@code NaN}) leaves the respondent in the design with
 * zero contribution (domain estimation, as {@code na.rm = TRUE}); weights default to
 * {@code N_h / n_h} with population sizes, else 1; the variance of a stratum is
 * {@code (1 - n_h/N_h) n_h/(n_h-1) Σ (z - z̄_h)²} of the linearised values; post-stratification
 * removes the post-stratum means of the linearised values (unweighted, as {@code svyrecvar}); a
 * stratum with a single respondent contributes no variance (R's {@code lonely.psu = "remove"});
 * degrees of freedom are rows minus strata.
 *
 * <p>Implementation requirements: mutable and not thread-safe; use one per thread and merge.
 */
public final class DesignEstimator {
    private static final String SEP = "\u0000";
    private final List<String> variables;
    private final boolean covariances;
    private final int k;
    private final double[] shift;
    private final boolean[] shiftSet;
    private final Map<String, Cell> cells = new HashMap<>();
    private final Map<String, Stratum> strata = new LinkedHashMap<>();
    private long rows;
    private Cell lastCell;
    private long weighted;
    private long unweighted;

    /**
     * An empty estimator.
     *
     * @param variables the variable names, in the order of the values passed to {@link #add}
     * @param covariances whether to keep cross moments for covariances between means
     */
    public DesignEstimator(List<String> variables, boolean covariances) {
        this.variables = List.copyOf(Objects.requireNonNull(variables, "variables must not be null"));
        this.covariances = covariances;
        this.k = variables.size();
        this.shift = new double[k];
        this.shiftSet = new boolean[k];
    }

    private static final class Stratum {
        long n;
        double populationSize = Double.NaN;
    }

    private final class Cell {
        final String stratum;
        final String postStratum;
        final String group;
        long nAll;
        double wAll;
        double w2All;
        final long[] n = new long[k];
        final double[] sy = new double[k];
        final double[] sw = new double[k];
        final double[] swy = new double[k];
        final double[] swy2 = new double[k];
        final double[] sw2 = new double[k];
        final double[] sw2y = new double[k];
        final double[] sw2y2 = new double[k];
        // pairs j < l, index j * k + l
        final double[] pw2;
        final double[] pw2yj;
        final double[] pw2yl;
        final double[] pw2yy;

        final Stratum stratumSums;

        Cell(String stratum, String postStratum, String group) {
            this.stratumSums = strata.computeIfAbsent(stratum, x -> new Stratum());
            this.stratum = stratum;
            this.postStratum = postStratum;
            this.group = group;
            int pairs = covariances ? k * k : 0;
            pw2 = new double[pairs];
            pw2yj = new double[pairs];
            pw2yl = new double[pairs];
            pw2yy = new double[pairs];
        }
    }

    /**
     * The variable names.
     *
     * @return the names, unmodifiable
     */
    public List<String> variables() {
        return variables;
    }

    /**
     * Adds one respondent.
     *
     * @param stratum the stratum, or {@code ""} for an unstratified design
     * @param populationSize the stratum's population size, or NaN when unknown
     * @param postStratum the post-stratum, or {@code ""}
     * @param group the domain group for {@code svyby}, or {@code ""}
     * @param weight the sampling weight, or NaN for the default weight
     * @param values one value per variable, NaN when missing
     * @throws IllegalArgumentException if the weight is not positive, some respondents have weights
     *         and others not, the population size differs within a stratum, or the values are too few
     */
    public void add(String stratum, double populationSize, String postStratum, String group, double weight,
                    double[] values) {
        Objects.requireNonNull(stratum, "stratum must not be null");
        Objects.requireNonNull(postStratum, "postStratum must not be null");
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(values, "values must not be null");
        if (values.length != k) {
            throw new IllegalArgumentException("expected " + k + " values, got " + values.length);
        }
        double w;
        if (Double.isNaN(weight)) {
            unweighted++;
            w = 1;
        } else {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive, got " + weight);
            }
            weighted++;
            w = weight;
        }
        if (weighted > 0 && unweighted > 0) {
            throw new IllegalArgumentException("either every respondent has a weight or none; stratum " + stratum);
        }
        Cell c = lastCell;
        if (c == null || !c.stratum.equals(stratum) || !c.postStratum.equals(postStratum) || !c.group.equals(group)) {
            c = cells.computeIfAbsent(stratum + SEP + postStratum + SEP + group,
                    x -> new Cell(stratum, postStratum, group));
            lastCell = c;
        }
        Stratum s = c.stratumSums;
        setPopulationSize(stratum, s, populationSize);
        s.n++;
        rows++;
        c.nAll++;
        c.wAll += w;
        double w2 = w * w;
        c.w2All += w2;
        for (int j = 0; j < k; j++) {
            double v = values[j];
            if (Double.isNaN(v)) {
                continue;
            }
            if (!shiftSet[j]) {
                shift[j] = v;
                shiftSet[j] = true;
            }
            double y = v - shift[j];
            c.n[j]++;
            c.sy[j] += y;
            c.sw[j] += w;
            c.swy[j] += w * y;
            c.swy2[j] += w * y * y;
            c.sw2[j] += w2;
            c.sw2y[j] += w2 * y;
            c.sw2y2[j] += w2 * y * y;
            if (covariances) {
                for (int l = j + 1; l < k; l++) {
                    double vl = values[l];
                    if (Double.isNaN(vl)) {
                        continue;
                    }
                    if (!shiftSet[l]) {
                        shift[l] = vl;
                        shiftSet[l] = true;
                    }
                    double yl = vl - shift[l];
                    int p = j * k + l;
                    c.pw2[p] += w2;
                    c.pw2yj[p] += w2 * y;
                    c.pw2yl[p] += w2 * yl;
                    c.pw2yy[p] += w2 * y * yl;
                }
            }
        }
    }

    private static void setPopulationSize(String stratum, Stratum s, double populationSize) {
        if (Double.isNaN(populationSize)) {
            if (!Double.isNaN(s.populationSize)) {
                throw new IllegalArgumentException("stratum " + stratum + " has population size "
                        + s.populationSize + " for some respondents and none for others");
            }
            return;
        }
        if (!(populationSize > 0) || Double.isInfinite(populationSize)) {
            throw new IllegalArgumentException("population size of stratum " + stratum + " must be positive, got "
                    + populationSize);
        }
        if (s.n > 0 && Double.isNaN(s.populationSize)) {
            throw new IllegalArgumentException("stratum " + stratum + " has population size " + populationSize
                    + " for some respondents and none for others");
        }
        if (!Double.isNaN(s.populationSize) && s.populationSize != populationSize) {
            throw new IllegalArgumentException("stratum " + stratum + " has two population sizes, "
                    + s.populationSize + " and " + populationSize);
        }
        s.populationSize = populationSize;
    }

    /**
     * Adds everything another estimator over the same variables has seen.
     *
     * @param other the other estimator
     */
    public void merge(DesignEstimator other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!other.variables.equals(variables) || other.covariances != covariances) {
            throw new IllegalArgumentException("cannot merge estimators over different variables");
        }
        if ((weighted > 0 && other.unweighted > 0) || (unweighted > 0 && other.weighted > 0)) {
            throw new IllegalArgumentException("either every respondent has a weight or none");
        }
        for (int j = 0; j < k; j++) {
            if (!shiftSet[j] && other.shiftSet[j]) {
                shift[j] = other.shift[j];
                shiftSet[j] = true;
            }
        }
        for (Map.Entry<String, Stratum> e : other.strata.entrySet()) {
            Stratum s = strata.computeIfAbsent(e.getKey(), x -> new Stratum());
            Stratum o = e.getValue();
            if (!Double.isNaN(o.populationSize)) {
                setPopulationSize(e.getKey(), s, o.populationSize);
            } else if (!Double.isNaN(s.populationSize)) {
                throw new IllegalArgumentException("stratum " + e.getKey() + " has population size "
                        + s.populationSize + " for some respondents and none for others");
            }
            s.n += o.n;
        }
        rows += other.rows;
        weighted += other.weighted;
        unweighted += other.unweighted;
        for (Map.Entry<String, Cell> e : other.cells.entrySet()) {
            Cell o = e.getValue();
            Cell c = cells.computeIfAbsent(e.getKey(), x -> new Cell(o.stratum, o.postStratum, o.group));
            c.nAll += o.nAll;
            c.wAll += o.wAll;
            c.w2All += o.w2All;
            double[] d = new double[k];
            for (int j = 0; j < k; j++) {
                d[j] = other.shiftSet[j] ? other.shift[j] - shift[j] : 0;
                double dj = d[j];
                c.n[j] += o.n[j];
                c.sy[j] += o.sy[j] + dj * o.n[j];
                c.sw[j] += o.sw[j];
                c.swy[j] += o.swy[j] + dj * o.sw[j];
                c.swy2[j] += o.swy2[j] + 2 * dj * o.swy[j] + dj * dj * o.sw[j];
                c.sw2[j] += o.sw2[j];
                c.sw2y[j] += o.sw2y[j] + dj * o.sw2[j];
                c.sw2y2[j] += o.sw2y2[j] + 2 * dj * o.sw2y[j] + dj * dj * o.sw2[j];
            }
            if (covariances) {
                for (int j = 0; j < k; j++) {
                    for (int l = j + 1; l < k; l++) {
                        int p = j * k + l;
                        c.pw2[p] += o.pw2[p];
                        c.pw2yj[p] += o.pw2yj[p] + d[j] * o.pw2[p];
                        c.pw2yl[p] += o.pw2yl[p] + d[l] * o.pw2[p];
                        c.pw2yy[p] += o.pw2yy[p] + d[l] * o.pw2yj[p] + d[j] * o.pw2yl[p] + d[j] * d[l] * o.pw2[p];
                    }
                }
            }
        }
    }

    /**
     * The number of respondents added.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The design's degrees of freedom: respondents minus strata.
     *
     * @return {@code degf}
     */
    public double degreesOfFreedom() {
        return rows - strata.size();
    }

    /**
     * The groups seen, sorted.
     *
     * @return the group values
     */
    public List<String> groups() {
        TreeSet<String> g = new TreeSet<>();
        for (Cell c : cells.values()) {
            g.add(c.group);
        }
        return new ArrayList<>(g);
    }

    /** Weight multipliers per cell: default weights per stratum times post-stratification factors. */
    private Map<Cell, Double> multipliers(SurveyDesign design) {
        Map<String, Double> perStratum = new HashMap<>();
        for (Map.Entry<String, Stratum> e : strata.entrySet()) {
            Stratum s = e.getValue();
            double m = weighted > 0 || Double.isNaN(s.populationSize) ? 1 : s.populationSize / s.n;
            perStratum.put(e.getKey(), m);
        }
        Map<String, Double> perPost = new HashMap<>();
        if (design.postStratification().isPresent()) {
            Map<String, Double> totals = design.postStratifyTotals();
            Map<String, Double> estimated = new HashMap<>();
            for (Cell c : cells.values()) {
                estimated.merge(c.postStratum, perStratum.get(c.stratum) * c.wAll, Double::sum);
            }
            for (String g : estimated.keySet()) {
                Double t = totals.get(g);
                if (t == null) {
                    throw new IllegalArgumentException("post-stratum '" + g + "' of column "
                            + design.postStratifyColumn() + " has respondents but no population total; totals: "
                            + new TreeSet<>(totals.keySet()));
                }
                perPost.put(g, t / estimated.get(g));
            }
            for (String g : totals.keySet()) {
                if (!estimated.containsKey(g)) {
                    throw new IllegalArgumentException("post-stratum '" + g + "' has a population total but no respondents");
                }
            }
        }
        Map<Cell, Double> out = new HashMap<>();
        for (Cell c : cells.values()) {
            out.put(c, perStratum.get(c.stratum) * perPost.getOrDefault(c.postStratum, 1.0));
        }
        return out;
    }

    private int index(String variable) {
        Objects.requireNonNull(variable, "variable must not be null");
        int j = variables.indexOf(variable);
        if (j < 0) {
            throw new IllegalArgumentException("unknown variable '" + variable + "', expected one of " + variables);
        }
        return j;
    }

    /** The linearisation of one estimate: u = d (alpha y' - beta); post-stratum adjustments a_g. */
    private final class Linear {
        final int j;
        final String group;
        final double alpha;
        final double beta;
        final Map<String, Double> a = new HashMap<>();

        Linear(int j, String group, double alpha, double beta, Map<Cell, Double> mult, boolean post) {
            this.j = j;
            this.group = group;
            this.alpha = alpha;
            this.beta = beta;
            if (post) {
                Map<String, Double> sums = new HashMap<>();
                Map<String, Long> counts = new HashMap<>();
                for (Cell c : cells.values()) {
                    counts.merge(c.postStratum, c.nAll, Long::sum);
                    if (inDomain(c)) {
                        sums.merge(c.postStratum, alpha * c.sy[j] - beta * c.n[j], Double::sum);
                    }
                }
                for (Map.Entry<String, Long> e : counts.entrySet()) {
                    a.put(e.getKey(), sums.getOrDefault(e.getKey(), 0.0) / e.getValue());
                }
            }
        }

        boolean inDomain(Cell c) {
            return group.isEmpty() || group.equals(c.group);
        }

        double a(Cell c) {
            return a.getOrDefault(c.postStratum, 0.0);
        }

        /** Σ z over the cell. */
        double s1(Cell c, double m) {
            double s = -a(c) * m * c.wAll;
            if (inDomain(c)) {
                s += m * (alpha * c.swy[j] - beta * c.sw[j]);
            }
            return s;
        }

        /** The size of the terms summed in {@link #s2}, for the rounding-noise floor. */
        double scale(Cell c, double m) {
            double ag = a(c);
            double s = ag * ag * c.w2All;
            if (inDomain(c)) {
                s += Math.abs(alpha * alpha * c.sw2y2[j]) + Math.abs(2 * alpha * beta * c.sw2y[j])
                        + Math.abs(beta * beta * c.sw2[j]) + Math.abs(2 * ag * alpha * c.sw2y[j])
                        + Math.abs(2 * ag * beta * c.sw2[j]);
            }
            return m * m * s;
        }

        /** Σ z² over the cell. */
        double s2(Cell c, double m) {
            double ag = a(c);
            double s = ag * ag * c.w2All;
            if (inDomain(c)) {
                s += alpha * alpha * c.sw2y2[j] - 2 * alpha * beta * c.sw2y[j] + beta * beta * c.sw2[j]
                        - 2 * ag * (alpha * c.sw2y[j] - beta * c.sw2[j]);
            }
            return m * m * s;
        }
    }

    private double variance(Linear x, Linear y, Map<Cell, Double> mult) {
        Map<String, double[]> perStratum = new HashMap<>();
        for (Cell c : cells.values()) {
            double m = mult.get(c);
            double[] acc = perStratum.computeIfAbsent(c.stratum, s -> new double[4]);
            acc[0] += x.s1(c, m);
            acc[1] += y.s1(c, m);
            acc[2] += x == y ? x.s2(c, m) : cross(x, y, c, m);
            acc[3] += x.scale(c, m) + (x == y ? 0 : y.scale(c, m));
        }
        double v = 0;
        for (Map.Entry<String, double[]> e : perStratum.entrySet()) {
            Stratum s = strata.get(e.getKey());
            if (s.n < 2) {
                continue;
            }
            double f = Double.isNaN(s.populationSize) ? 0 : s.n / s.populationSize;
            if (f > 1) {
                throw new IllegalArgumentException("stratum " + e.getKey() + " has " + s.n
                        + " respondents but a population size of " + s.populationSize);
            }
            double[] acc = e.getValue();
            double centred = acc[2] - acc[0] * acc[1] / s.n;
            if (Math.abs(centred) <= 1e-12 * (acc[3] + Math.abs(acc[0] * acc[1] / s.n))) {
                centred = 0;
            }
            v += (1 - f) * s.n / (s.n - 1.0) * centred;
        }
        return v;
    }

    /**
     * {@code a - b}, or 0 when the difference is within rounding noise of the one-pass sums
     * (a sum of squares minus its centring term for values that are all equal), so that a
     * variance that is exactly 0 comes out as 0 whatever the order of the responses.
     */
    static double noiseFloor(double a, double b) {
        double d = a - b;
        return Math.abs(d) <= 1e-13 * (Math.abs(a) + Math.abs(b)) ? 0 : d;
    }

    /** Σ z_x z_y over a cell. */
    private double cross(Linear x, Linear y, Cell c, double m) {
        int j = x.j;
        int l = y.j;
        double ax = x.a(c);
        double ay = y.a(c);
        double s = ax * ay * c.w2All;
        if (x.inDomain(c)) {
            s -= ay * (x.alpha * c.sw2y[j] - x.beta * c.sw2[j]);
        }
        if (y.inDomain(c)) {
            s -= ax * (y.alpha * c.sw2y[l] - y.beta * c.sw2[l]);
        }
        if (x.inDomain(c) && y.inDomain(c)) {
            int p = Math.min(j, l) * k + Math.max(j, l);
            double pyj = j < l ? c.pw2yj[p] : c.pw2yl[p];
            double pyl = j < l ? c.pw2yl[p] : c.pw2yj[p];
            s += x.alpha * y.alpha * c.pw2yy[p] - x.alpha * y.beta * pyj - x.beta * y.alpha * pyl
                    + x.beta * y.beta * c.pw2[p];
        }
        return m * m * s;
    }

    private double[] domain(int j, String group, Map<Cell, Double> mult) {
        double nHat = 0;
        double tHat = 0;
        double q = 0;
        long n = 0;
        for (Cell c : cells.values()) {
            if (group.isEmpty() || group.equals(c.group)) {
                double m = mult.get(c);
                nHat += m * c.sw[j];
                tHat += m * c.swy[j];
                q += m * c.swy2[j];
                n += c.n[j];
            }
        }
        return new double[] {nHat, tHat, q, n};
    }

    /**
     * The design-based mean of a variable ({@code svymean}; {@code svyby} with a group).
     *
     * @param variable the variable
     * @param group the domain group, or {@code ""} for everyone
     * @param design the design (weights, population sizes and post-stratification settings)
     * @param level the confidence level
     * @return the estimate; NaN when nobody in the domain has a value
     */
    public DesignEstimate mean(String variable, String group, SurveyDesign design, double level) {
        return estimate(variable, group, design, level, true);
    }

    /**
     * The design-based total of a variable ({@code svytotal}).
     *
     * @param variable the variable
     * @param group the domain group, or {@code ""} for everyone
     * @param design the design
     * @param level the confidence level
     * @return the estimate
     */
    public DesignEstimate total(String variable, String group, SurveyDesign design, double level) {
        return estimate(variable, group, design, level, false);
    }

    private DesignEstimate estimate(String variable, String group, SurveyDesign design, double level, boolean mean) {
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(design, "design must not be null");
        Proportions.checkLevel(level);
        int j = index(variable);
        Map<Cell, Double> mult = multipliers(design);
        double[] d = domain(j, group, mult);
        double nHat = d[0];
        long n = (long) d[3];
        double degf = degreesOfFreedom();
        if (n == 0) {
            Interval none = new Interval(Double.NaN, Double.NaN, level, "normal");
            return new DesignEstimate(variable, mean ? "mean" : "total", group, 0, Double.NaN, Double.NaN,
                    Double.NaN, none, new Interval(Double.NaN, Double.NaN, level, "t"), degf, Double.NaN);
        }
        double mShift = d[1] / nHat;
        double estimate = mean ? mShift + shift[j] : d[1] + shift[j] * nHat;
        Linear lin = mean
                ? new Linear(j, group, 1 / nHat, mShift / nHat, mult, design.postStratification().isPresent())
                : new Linear(j, group, 1, -shift[j], mult, design.postStratification().isPresent());
        double var = Math.max(0, variance(lin, lin, mult));
        double se = Math.sqrt(var);
        double z = Proportions.z(level);
        double t = degf > 0 ? -Distributions.tQuantile((1 - level) / 2, degf) : Double.NaN;
        // svyvar: Σ w (y - m)² / Σ w × n/(n-1); SRS-without-replacement variance for the deff
        double svyvar = noiseFloor(d[2] + mShift * mShift * nHat, 2 * mShift * d[1]) / nHat * n / (n - 1.0);
        double vsrs = mean ? svyvar / n * (nHat - n) / nHat : svyvar * nHat * nHat * (nHat - n) / (nHat * n);
        return new DesignEstimate(variable, mean ? "mean" : "total", group, n, estimate, se, var,
                new Interval(estimate - z * se, estimate + z * se, level, "normal"),
                new Interval(estimate - t * se, estimate + t * se, level, "t"), degf, vsrs > 0 ? var / vsrs : Double.NaN);
    }

    /**
     * The design-based covariance of the means of two variables over everyone ({@code vcov(svymean(~a+b))}).
     *
     * @param first a variable
     * @param second another variable
     * @param design the design
     * @return the covariance
     * @throws IllegalStateException if the estimator keeps no cross moments
     */
    public double meanCovariance(String first, String second, SurveyDesign design) {
        Objects.requireNonNull(design, "design must not be null");
        if (!covariances) {
            throw new IllegalStateException("this estimator was created without covariances");
        }
        int j = index(first);
        int l = index(second);
        Map<Cell, Double> mult = multipliers(design);
        boolean post = design.postStratification().isPresent();
        double[] dj = domain(j, "", mult);
        double[] dl = domain(l, "", mult);
        Linear x = new Linear(j, "", 1 / dj[0], dj[1] / dj[0] / dj[0], mult, post);
        Linear y = new Linear(l, "", 1 / dl[0], dl[1] / dl[0] / dl[0], mult, post);
        return j == l ? variance(x, x, mult) : variance(x, y, mult);
    }

    /**
     * A {@code svyciprop} interval for the mean of a 0/1 variable.
     *
     * @param variable the indicator variable
     * @param group the domain group, or {@code ""}
     * @param design the design
     * @param level the confidence level
     * @param method {@link IntervalMethod#LOGIT}, {@link IntervalMethod#BETA} or {@link IntervalMethod#MEAN}
     * @return the interval
     */
    public Interval proportionInterval(String variable, String group, SurveyDesign design, double level,
                                       IntervalMethod method) {
        Objects.requireNonNull(method, "method must not be null");
        DesignEstimate e = mean(variable, group, design, level);
        if (e.n() == 0) {
            return new Interval(Double.NaN, Double.NaN, level, method.id());
        }
        double p = Math.min(1, Math.max(0, e.estimate()));
        return Proportions.fromEstimate(p, e.se(), e.degf(), rows, level,
                method.isDesignBased() ? method : IntervalMethod.MEAN);
    }
}
