package io.propcare.escalation;

import io.propcare.spi.Beta;
import io.propcare.model.complaint.Classification;
import java.time.Instant;
import java.util.Objects;

/**
 * One fact of a complaint's history that the deadlines depend on. The desk converts its own
 * event log into these.
 *
 * @since 0.1
 */
@Beta
public sealed interface TimelineEvent permits TimelineEvent.Reached, TimelineEvent.Paused, TimelineEvent.Resumed,
        TimelineEvent.ReplyTimeAgreed, TimelineEvent.Reclassified {

    /**
     * When it happened.
     *
     * @return the instant
     */
    Instant at();

    /**
     * A milestone was reached: it starts or stops the time limits that name it.
     *
     * @param milestone the milestone
     * @param at when
     */
    record Reached(Milestone milestone, Instant at) implements TimelineEvent {
        /** Checks the components. */
        public Reached {
            Objects.requireNonNull(milestone, "milestone must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }
    }

    /**
     * The clocks stop (e.g. waiting for the resident or an outside party).
     *
     * @param at when
     */
    record Paused(Instant at) implements TimelineEvent {
        /** Checks the component. */
        public Paused {
            Objects.requireNonNull(at, "at must not be null");
        }
    }

    /**
     * The clocks run again.
     *
     * @param at when
     */
    record Resumed(Instant at) implements TimelineEvent {
        /** Checks the component. */
        public Resumed {
            Objects.requireNonNull(at, "at must not be null");
        }
    }

    /**
     * A reply time was agreed with the resident (约定回复时间); a later agreement replaces an earlier one.
     *
     * @param at when it was agreed
     * @param replyBy the agreed instant
     */
    record ReplyTimeAgreed(Instant at, Instant replyBy) implements TimelineEvent {
        /** Checks the components. */
        public ReplyTimeAgreed {
            Objects.requireNonNull(at, "at must not be null");
            Objects.requireNonNull(replyBy, "replyBy must not be null");
        }
    }

    /**
     * The complaint was classified again, e.g. an inquiry that turns out to be an emergency.
     *
     * @param at when
     * @param classification the new classification
     */
    record Reclassified(Instant at, Classification classification) implements TimelineEvent {
        /** Checks the components. */
        public Reclassified {
            Objects.requireNonNull(at, "at must not be null");
            Objects.requireNonNull(classification, "classification must not be null");
        }
    }

    /**
     * A milestone reached.
     *
     * @param milestone the milestone
     * @param at when
     * @return the event
     */
    static TimelineEvent reached(Milestone milestone, Instant at) {
        return new Reached(milestone, at);
    }

    /**
     * The clocks stopped.
     *
     * @param at when
     * @return the event
     */
    static TimelineEvent paused(Instant at) {
        return new Paused(at);
    }

    /**
     * The clocks run again.
     *
     * @param at when
     * @return the event
     */
    static TimelineEvent resumed(Instant at) {
        return new Resumed(at);
    }

    /**
     * A reply time agreed.
     *
     * @param at when it was agreed
     * @param replyBy the agreed instant
     * @return the event
     */
    static TimelineEvent replyTimeAgreed(Instant at, Instant replyBy) {
        return new ReplyTimeAgreed(at, replyBy);
    }

    /**
     * A new classification.
     *
     * @param at when
     * @param classification the classification
     * @return the event
     */
    static TimelineEvent reclassified(Instant at, Classification classification) {
        return new Reclassified(at, classification);
    }
}
