package io.propcare.escalation;

import java.util.Arrays;

/**
 * The working intervals of one local calendar year, merged and clipped to
 * {@code [startSec, endSec)}, with prefix sums of working seconds: every query is a binary search.
 * Immutable.
 */
final class YearBlock {
    static final long NANOS = 1_000_000_000L;

    final int year;
    final long startSec;
    final long endSec;
    /** Interval starts and ends in epoch seconds, sorted, disjoint, not touching. */
    final long[] starts;
    final long[] ends;
    /** {@code prefix[i]} = working seconds of intervals {@code 0..i-1}; length n + 1. */
    final long[] prefix;
    /** Epoch days of the year's working days (days on which a window starts), sorted. */
    final long[] workDays;
    final int n;
    final long totalNanos;

    YearBlock(int year, long startSec, long endSec, long[] starts, long[] ends, long[] workDays) {
        this.year = year;
        this.startSec = startSec;
        this.endSec = endSec;
        this.starts = starts;
        this.ends = ends;
        this.n = starts.length;
        this.prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + ends[i] - starts[i];
        }
        this.totalNanos = prefix[n] * NANOS;
        this.workDays = workDays;
    }

    boolean contains(long sec) {
        return sec >= startSec && sec < endSec;
    }

    /** The largest index whose interval starts at or before {@code sec}, or -1. */
    int atOrBefore(long sec) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= sec) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }

    /** The largest index whose interval starts strictly before the instant {@code (sec, nano)}, or -1. */
    int strictlyBefore(long sec, int nano) {
        int i = atOrBefore(sec);
        if (i >= 0 && starts[i] == sec && nano == 0) {
            i--;
        }
        return i;
    }

    boolean isOpen(long sec) {
        int i = atOrBefore(sec);
        return i >= 0 && sec < ends[i];
    }

    /** Working nanoseconds from the block's start to the instant {@code (sec, nano)}. */
    long workedBefore(long sec, int nano) {
        int i = atOrBefore(sec);
        if (i < 0) {
            return 0;
        }
        if (sec >= ends[i]) {
            return prefix[i + 1] * NANOS;
        }
        return (prefix[i] + sec - starts[i]) * NANOS + nano;
    }

    /** The smallest index {@code i} with {@code prefix[i + 1] * NANOS >= target}; target in (0, total]. */
    int intervalReaching(long target) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefix[mid + 1] * NANOS >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The smallest index {@code i} with {@code prefix[i + 1] * NANOS > target}; target in [0, total). */
    int intervalAbove(long target) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefix[mid + 1] * NANOS > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    int workDayIndex(long epochDay) {
        return Arrays.binarySearch(workDays, epochDay);
    }
}
