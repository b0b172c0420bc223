package io.propcare.desk;

import io.propcare.model.complaint.ComplaintRecord;
import java.util.Locale;
import java.util.function.Predicate;

/** A condition a transition needs besides the status, by id as written in the transition table. */
enum Guard {
    /** Customer service has classified it by hand (procedure step 3). */
    VALIDITY_CONFIRMED("customer service has classified it valid, invalid or needing assistance",
            r -> Journal.of(r).validityConfirmed()),
    /** It was transferred down from the company complaint center. */
    FROM_COMPANY_CENTER("it was transferred from the company complaint center", r -> Journal.of(r).fromCompanyCenter()),
    /** The resident was called back after the last settlement. */
    CALLED_BACK("the resident was called back after the settlement", r -> Journal.of(r).calledBack()),
    /** An on-the-spot settlement was reported to the office. */
    REPORTED_IF_SETTLED_ON_THE_SPOT("an on-the-spot settlement was reported to the office",
            r -> !Journal.of(r).settledOnTheSpot() || Journal.of(r).reportedAfterSettlement("office")),
    /** A transferred complaint's result was reported back to the company center. */
    REPORTED_BACK_IF_TRANSFERRED("a transferred complaint's result was reported back to the company center",
            r -> !Journal.of(r).fromCompanyCenter() || Journal.of(r).reportedAfterSettlement("center"));

    private final String description;
    private final Predicate<ComplaintRecord> test;

    Guard(String description, Predicate<ComplaintRecord> test) {
        this.description = description;
        this.test = test;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String description() {
        return description;
    }

    boolean holds(ComplaintRecord record) {
        return test.test(record);
    }

    static Guard parse(String id) {
        for (Guard g : values()) {
            if (g.id().equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown guard '" + id + "'");
    }
}
