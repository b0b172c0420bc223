package io.propcare.adapter.jdbc;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The adapter's table names under a prefix. The prefix is checked against a strict pattern, so
 * it is safe to place in SQL text; every value goes through parameters.
 */
record Tables(String prefix) {
    /** A prefix: a lower-case letter, then up to 19 lower-case letters, digits or underscores. */
    static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,19}|");

    Tables {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be empty or a lower-case letter followed by up to 19 "
                    + "lower-case letters, digits or '_', got '" + prefix + "'");
        }
    }

    String complaints() {
        return prefix + "complaints";
    }

    String keys() {
        return prefix + "complaint_keys";
    }

    String events() {
        return prefix + "complaint_events";
    }

    String outbox() {
        return prefix + "outbox";
    }

    String rosters() {
        return prefix + "rosters";
    }

    String assignments() {
        return prefix + "roster_assignments";
    }

    String questionnaires() {
        return prefix + "questionnaires";
    }

    String rounds() {
        return prefix + "survey_rounds";
    }

    String responses() {
        return prefix + "survey_responses";
    }

    String history() {
        return prefix + "schema_history";
    }

    /** Every data table, children first: the order to empty them in. */
    List<String> all() {
        return List.of(events(), keys(), complaints(), outbox(), assignments(), rosters(), responses(), rounds(),
                questionnaires());
    }
}
