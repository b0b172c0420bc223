package io.propcare.roster;

/**
 * Where the trajectories of one multi-threaded solve leave their best roster at agreed points of
 * the run, so that a trajectory that fell behind carries on from the best one.
 *
 * <p>Implementation requirements: thread-safe.
 */
final class BestExchange {
    private long hard = Long.MAX_VALUE;
    private long soft = Long.MAX_VALUE;
    private int[][] grid;

    /** Leaves a roster here if it is better (hard part first) than the one held; the grid is copied. */
    synchronized void offer(long h, long s, int[][] g) {
        if (h < hard || (h == hard && s < soft)) {
            hard = h;
            soft = s;
            grid = copy(g);
        }
    }

    /** A copy of the roster held if it is better than {@code (h, s)}, else null. */
    synchronized int[][] betterThan(long h, long s) {
        return grid != null && (hard < h || (hard == h && soft < s)) ? copy(grid) : null;
    }

    private static int[][] copy(int[][] g) {
        int[][] c = new int[g.length][];
        for (int i = 0; i < g.length; i++) {
            c[i] = g[i].clone();
        }
        return c;
    }
}
