package io.propcare.escalation;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import java.time.Instant;
import java.util.Objects;

/**
 * What the deadlines of a complaint depend on: a key for its escalation steps, when it was
 * received, and its classification and channel. A complaint transferred from the company
 * complaint center has the channel {@link Channel#COMPANY_CENTER}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param caseKey the complaint's reference, used in the escalation steps' stable keys
 * @param receivedAt when it was received
 * @param category the category
 * @param urgency the urgency
 * @param validity the validity
 * @param scope individual or collective
 * @param channel how it came in
 * @since 0.1
 */
public record ComplaintFacts(String caseKey, Instant receivedAt, Category category, Urgency urgency,
                             Validity validity, Scope scope, Channel channel) {
    /** Checks the components. */
    public ComplaintFacts {
        Objects.requireNonNull(caseKey, "caseKey must not be null");
        if (caseKey.isBlank() || caseKey.length() > 80) {
            throw new IllegalArgumentException("caseKey must be 1-80 characters, got '" + caseKey + "'");
        }
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(urgency, "urgency must not be null");
        Objects.requireNonNull(validity, "validity must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
    }

    /**
     * The facts of a classified complaint.
     *
     * @param caseKey the complaint's reference
     * @param receivedAt when it was received
     * @param classification its classification
     * @param channel how it came in
     * @return the facts
     */
    public static ComplaintFacts of(String caseKey, Instant receivedAt, Classification classification, Channel channel) {
        Objects.requireNonNull(classification, "classification must not be null");
        return new ComplaintFacts(caseKey, receivedAt, classification.category(), classification.urgency(),
                classification.validity(), classification.scope(), channel);
    }

    /**
     * The same complaint with a new classification.
     *
     * @param c the classification
     * @return a copy
     */
    public ComplaintFacts withClassification(Classification c) {
        Objects.requireNonNull(c, "c must not be null");
        return new ComplaintFacts(caseKey, receivedAt, c.category(), c.urgency(), c.validity(), c.scope(), channel);
    }

    /**
     * Whether the complaint was transferred down from the company complaint center.
     *
     * @return true for channel {@code company_center}
     */
    public boolean transferredFromCenter() {
        return channel == Channel.COMPANY_CENTER;
    }
}
