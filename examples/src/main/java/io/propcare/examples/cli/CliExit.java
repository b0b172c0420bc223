package io.propcare.examples.cli;

import io.propcare.spi.PropcareException;

/** Exit statuses of the command line, per the contract. */
final class CliExit {
    /** Every line succeeded. */
    static final int OK = 0;
    /** At least one input line failed; its output line carries the error. */
    static final int SOME_LINES_FAILED = 1;
    /** Bad options or an unreadable file. */
    static final int BAD_USAGE = 2;

    private CliExit() {
    }

    /** A one-line description of a failure, never a stack trace. */
    static String describe(Throwable t) {
        if (t instanceof PropcareException || t instanceof java.io.UncheckedIOException
                || t instanceof java.io.IOException) {
            return t.getMessage();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
