package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The simplex method against a brute-force oracle: every basis of a tiny programme is solved by
 * elimination, and the least objective over the feasible ones is the optimum.
 */
class SimplexLpProperties {
    @Property(tries = 500)
    void theOptimumIsTheBestBasicFeasibleSolution(@ForAll long seed) {
        Tiny t = new Tiny(new SplittableRandom(seed));
        SimplexLp lp = t.lp();
        assertThat(lp.solve(Long.MAX_VALUE, () -> 0L)).isEqualTo(SimplexLp.Status.OPTIMAL);
        assertThat(lp.objective()).as("programme %s", t).isCloseTo(t.bruteForce(), within(1e-6));
    }

    @Property(tries = 500)
    void theDualsProveTheOptimum(@ForAll long seed) {
        Tiny t = new Tiny(new SplittableRandom(seed));
        SimplexLp lp = t.lp();
        lp.solve(Long.MAX_VALUE, () -> 0L);
        double[] y = lp.duals();
        double[] x = lp.values();
        double dualValue = 0;
        for (int i = 0; i < t.m; i++) {
            dualValue += y[i] * t.b[i];
        }
        assertThat(dualValue).as("strong duality").isCloseTo(lp.objective(), within(1e-6));
        for (int j = 0; j < t.cost.length; j++) {
            double reduced = t.cost[j];
            for (int i = 0; i < t.m; i++) {
                reduced -= y[i] * t.a[i][j];
            }
            assertThat(reduced).as("reduced cost of column %d", j).isGreaterThanOrEqualTo(-1e-6);
            assertThat(x[j]).as("value of column %d", j).isGreaterThanOrEqualTo(-1e-9);
        }
        for (int i = 0; i < t.m; i++) {
            double lhs = 0;
            for (int j = 0; j < t.cost.length; j++) {
                lhs += t.a[i][j] * x[j];
            }
            assertThat(lhs).as("row %d holds", i).isCloseTo(t.b[i], within(1e-6));
        }
    }

    /**
     * Costs up to 7e9, as large as the terms of the dive's reduced costs (1e9), and every column but
     * the first basis twice: a copy's reduced cost is zero but rounds to units in the last place of
     * its terms, and the copies must not enter in turn for ever (seed 19006 of {@link ColumnDiveTest}).
     */
    @Property(tries = 300)
    void costsTheSizeOfHardViolationsReachTheOptimum(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Tiny t = new Tiny(rnd);
        double unit = 1e8 / 3 * (1 + rnd.nextDouble());
        for (int j = 0; j < t.cost.length; j++) {
            t.cost[j] *= unit;
        }
        SimplexLp lp = t.lp();
        for (int j = t.m; j < t.cost.length; j++) {
            t.add(lp, j);
        }
        assertThat(lp.solve(Long.MAX_VALUE, () -> 0L)).as("programme %s", t).isEqualTo(SimplexLp.Status.OPTIMAL);
        double best = t.bruteForce();
        assertThat(lp.objective()).as("programme %s", t).isCloseTo(best, within(1e-9 * Math.max(1, Math.abs(best))));
    }

    /** Columns added after a solve are priced in the next one, which starts from the last basis. */
    @Property(tries = 300)
    void addingColumnsLaterGivesTheSameOptimum(@ForAll long seed) {
        Tiny t = new Tiny(new SplittableRandom(seed));
        int half = t.cost.length - t.m > 1 ? (t.cost.length - t.m) / 2 : 0;
        SimplexLp lp = t.lp(t.m + half);
        lp.solve(Long.MAX_VALUE, () -> 0L);
        for (int j = t.m + half; j < t.cost.length; j++) {
            t.add(lp, j);
        }
        assertThat(lp.solve(Long.MAX_VALUE, () -> 0L)).isEqualTo(SimplexLp.Status.OPTIMAL);
        assertThat(lp.objective()).isCloseTo(t.bruteForce(), within(1e-6));
    }

    @Example
    void aSmallProgrammeByHand() {
        // min x + 2y + 100(a1 + a2)  s.t.  x + y + a1 = 4,  x - y + a2 = 0  ->  x = y = 2, objective 6
        SimplexLp lp = new SimplexLp(new double[] {4, 0});
        lp.addColumn(100, new int[] {0}, new double[] {1});
        lp.addColumn(100, new int[] {1}, new double[] {1});
        lp.addColumn(1, new int[] {0, 1}, new double[] {1, 1});
        lp.addColumn(2, new int[] {0, 1}, new double[] {1, -1});
        assertThat(lp.setBasis(new int[] {0, 1})).isTrue();
        assertThat(lp.solve(Long.MAX_VALUE, () -> 0L)).isEqualTo(SimplexLp.Status.OPTIMAL);
        assertThat(lp.objective()).isCloseTo(6, within(1e-9));
        assertThat(lp.values()).containsExactly(new double[] {0, 0, 2, 2}, within(1e-9));
        assertThat(lp.duals()).containsExactly(new double[] {1.5, -0.5}, within(1e-9));
    }

    @Example
    void bealesCyclingExampleIsSolved() {
        // Beale (1955): Dantzig's rule cycles from the slack basis; the optimum is -5/4 at x4 = x6 = 1
        SimplexLp lp = new SimplexLp(new double[] {0, 0, 1});
        lp.addColumn(0, new int[] {0}, new double[] {1});
        lp.addColumn(0, new int[] {1}, new double[] {1});
        lp.addColumn(0, new int[] {2}, new double[] {1});
        lp.addColumn(-0.75, new int[] {0, 1}, new double[] {0.25, 0.5});
        lp.addColumn(20, new int[] {0, 1}, new double[] {-8, -12});
        lp.addColumn(-0.5, new int[] {0, 1, 2}, new double[] {-1, -0.5, 1});
        lp.addColumn(6, new int[] {0, 1}, new double[] {9, 3});
        assertThat(lp.setBasis(new int[] {0, 1, 2})).isTrue();
        assertThat(lp.solve(Long.MAX_VALUE, () -> 0L)).isEqualTo(SimplexLp.Status.OPTIMAL);
        assertThat(lp.objective()).isCloseTo(-1.25, within(1e-9));
        assertThat(lp.values()).containsExactly(new double[] {0.75, 0, 0, 1, 0, 1, 0}, within(1e-9));
    }

    /**
     * A column over three rows and its copy, the rows' slacks costing 3e9: the copy's reduced cost is zero,
     * but the dual of the row the column takes, 1e9/3 - 6e9, rounds to a multiple of 9.5e-7 and leaves it at
     * -9.5e-7; under an absolute tolerance of 1e-7 alone the copies entered in turn until STALLED.
     */
    @Example
    void aColumnAndItsCopyDoNotEnterInTurn() {
        SimplexLp lp = new SimplexLp(new double[] {1, 1, 1});
        for (int i = 0; i < 3; i++) {
            lp.addColumn(3e9, new int[] {i}, new double[] {1});
        }
        lp.addColumn(1e9 / 3, new int[] {0, 1, 2}, new double[] {1, 1, 1});
        lp.addColumn(1e9 / 3, new int[] {0, 1, 2}, new double[] {1, 1, 1});
        assertThat(lp.setBasis(new int[] {0, 1, 2})).isTrue();
        assertThat(lp.solve(Long.MAX_VALUE, () -> 0L)).isEqualTo(SimplexLp.Status.OPTIMAL);
        assertThat(lp.objective()).isCloseTo(1e9 / 3, within(1e-6));
    }

    @Example
    void badInputIsRefusedWithItsValue() {
        SimplexLp lp = new SimplexLp(new double[] {1});
        assertThatThrownBy(() -> lp.addColumn(1, new int[] {1}, new double[] {1})).hasMessage("row 1 is outside 0..0");
        assertThatThrownBy(() -> lp.addColumn(1, new int[] {0}, new double[] {1, 2}))
                .hasMessage("rows and values differ in length: 1 and 2");
        assertThatThrownBy(() -> lp.setBasis(new int[] {0, 1})).hasMessage("a basis needs 1 columns, got 2");
    }

    @Example
    void aSingularBasisIsReported() {
        SimplexLp lp = new SimplexLp(new double[] {1, 1});
        lp.addColumn(1, new int[] {0, 1}, new double[] {1, 1});
        lp.addColumn(1, new int[] {0, 1}, new double[] {2, 2});
        assertThat(lp.setBasis(new int[] {0, 1})).isFalse();
        assertThat(lp.repair()).as("no column can replace the dependent one").isFalse();
    }

    /**
     * A basis that rounding made singular is repaired: the column found dependent, at zero, gives way to a slack,
     * the basic solution stays as it was, and the solve goes on to the optimum.
     */
    @Example
    void aSingularBasisIsRepairedWithASlackAndSolved() {
        // min 100(s0 + s1) + 5a + 3b  s.t.  s0 + a + 2b = 1,  s1 + a + 2b = 1  ->  b = 1/2, objective 1.5
        SimplexLp lp = new SimplexLp(new double[] {1, 1});
        lp.addColumn(100, new int[] {0}, new double[] {1});
        lp.addColumn(100, new int[] {1}, new double[] {1});
        lp.addColumn(5, new int[] {0, 1}, new double[] {1, 1});
        lp.addColumn(3, new int[] {0, 1}, new double[] {2, 2});
        assertThat(lp.setBasis(new int[] {2, 3})).isFalse();
        assertThat(lp.repair()).isTrue();
        assertThat(lp.repairs).isOne();
        assertThat(lp.values()).containsExactly(new double[] {0, 0, 1, 0}, within(1e-9));
        assertThat(lp.solve(Long.MAX_VALUE, () -> 0L)).isEqualTo(SimplexLp.Status.OPTIMAL);
        assertThat(lp.objective()).isCloseTo(1.5, within(1e-9));
    }

    @Example
    void theClockStopsASolve() {
        SimplexLp lp = new SimplexLp(new double[] {4, 0});
        lp.addColumn(100, new int[] {0}, new double[] {1});
        lp.addColumn(100, new int[] {1}, new double[] {1});
        lp.addColumn(1, new int[] {0, 1}, new double[] {1, 1});
        lp.setBasis(new int[] {0, 1});
        assertThat(lp.solve(5, () -> 10L)).isEqualTo(SimplexLp.Status.STOPPED);
    }

    /** A random programme: m rows, an identity of costly columns first (the starting basis), then a few others. */
    static final class Tiny {
        final int m;
        final double[][] a;
        final double[] b;
        final double[] cost;

        Tiny(SplittableRandom rnd) {
            m = 1 + rnd.nextInt(4);
            int n = m + 1 + rnd.nextInt(6);
            a = new double[m][n];
            b = new double[m];
            cost = new double[n];
            for (int i = 0; i < m; i++) {
                a[i][i] = 1;
                cost[i] = 50 + rnd.nextInt(50);
                b[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(6);
            }
            for (int j = m; j < n; j++) {
                cost[j] = rnd.nextInt(10);
                for (int i = 0; i < m; i++) {
                    int r = rnd.nextInt(6);
                    a[i][j] = r < 3 ? 0 : r == 5 ? -1 : r - 2;
                }
            }
        }

        SimplexLp lp() {
            return lp(cost.length);
        }

        /** The programme with its first {@code n} columns, the identity as its basis. */
        SimplexLp lp(int n) {
            SimplexLp lp = new SimplexLp(b);
            for (int j = 0; j < n; j++) {
                add(lp, j);
            }
            int[] basis = new int[m];
            for (int i = 0; i < m; i++) {
                basis[i] = i;
            }
            assertThat(lp.setBasis(basis)).isTrue();
            return lp;
        }

        void add(SimplexLp lp, int j) {
            int nz = 0;
            for (int i = 0; i < m; i++) {
                nz += a[i][j] != 0 ? 1 : 0;
            }
            int[] rows = new int[nz];
            double[] vals = new double[nz];
            for (int i = 0, k = 0; i < m; i++) {
                if (a[i][j] != 0) {
                    rows[k] = i;
                    vals[k++] = a[i][j];
                }
            }
            lp.addColumn(cost[j], rows, vals);
        }

        /** The least objective over every basis whose solution is non-negative. */
        double bruteForce() {
            int n = cost.length;
            double best = Double.POSITIVE_INFINITY;
            int[] pick = new int[m];
            for (long mask = 0; mask < 1L << n; mask++) {
                if (Long.bitCount(mask) != m) {
                    continue;
                }
                for (int j = 0, k = 0; j < n; j++) {
                    if ((mask >> j & 1) == 1) {
                        pick[k++] = j;
                    }
                }
                double[] x = solve(pick);
                if (x == null) {
                    continue;
                }
                double obj = 0;
                boolean feasible = true;
                for (int k = 0; k < m; k++) {
                    feasible &= x[k] >= -1e-9;
                    obj += cost[pick[k]] * x[k];
                }
                if (feasible) {
                    best = Math.min(best, obj);
                }
            }
            return best;
        }

        /** Solves the basis's system by Gaussian elimination; null if singular. */
        private double[] solve(int[] pick) {
            double[][] t = new double[m][m + 1];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < m; k++) {
                    t[i][k] = a[i][pick[k]];
                }
                t[i][m] = b[i];
            }
            for (int c = 0; c < m; c++) {
                int piv = c;
                for (int r = c + 1; r < m; r++) {
                    if (Math.abs(t[r][c]) > Math.abs(t[piv][c])) {
                        piv = r;
                    }
                }
                if (Math.abs(t[piv][c]) < 1e-9) {
                    return null;
                }
                double[] tmp = t[piv];
                t[piv] = t[c];
                t[c] = tmp;
                for (int r = 0; r < m; r++) {
                    if (r != c) {
                        double f = t[r][c] / t[c][c];
                        for (int k = c; k <= m; k++) {
                            t[r][k] -= f * t[c][k];
                        }
                    }
                }
            }
            double[] x = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = t[i][m] / t[i][i];
            }
            return x;
        }

        @Override
        public String toString() {
            return "A=" + java.util.Arrays.deepToString(a) + " b=" + java.util.Arrays.toString(b) + " c="
                    + java.util.Arrays.toString(cost);
        }
    }
}
