package io.propcare.desk;

import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Origin;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Facts read from a complaint's history: the current handling cycle (since the last reopening),
 * its settlement, reports and callback, and the escalation keys fired.
 */
final class Journal {
    static final String COMMAND = "command";
    static final String TO = "to";
    static final String SOURCE = "source";
    static final String ON_THE_SPOT = "onTheSpot";
    static final String KEY = "key";

    private final ComplaintRecord record;
    private final int cycleStart;

    private Journal(ComplaintRecord record) {
        this.record = record;
        List<ComplaintEvent> h = record.history();
        int start = 0;
        for (int i = 0; i < h.size(); i++) {
            if (h.get(i).type() == EventType.REOPENED) {
                start = i;
            }
        }
        this.cycleStart = start;
    }

    static Journal of(ComplaintRecord record) {
        return new Journal(record);
    }

    /** The index in the history where the current cycle starts (the last REOPENED, else 0). */
    int cycleStart() {
        return cycleStart;
    }

    /** How many times it was reopened. */
    int reopenings() {
        return (int) record.history().stream().filter(e -> e.type() == EventType.REOPENED).count();
    }

    boolean fromCompanyCenter() {
        return record.complaint().origin() == Origin.COMPANY_CENTER
                || record.complaint().channel() == Channel.COMPANY_CENTER;
    }

    boolean validityConfirmed() {
        return record.history().stream().anyMatch(e -> e.type() == EventType.CLASSIFIED
                && "manual".equals(e.details().get(SOURCE)));
    }

    private int lastSettled() {
        List<ComplaintEvent> h = record.history();
        for (int i = h.size() - 1; i >= cycleStart; i--) {
            if (h.get(i).type() == EventType.SETTLED) {
                return i;
            }
        }
        return -1;
    }

    boolean settledOnTheSpot() {
        int i = lastSettled();
        return i >= 0 && "true".equals(record.history().get(i).details().get(ON_THE_SPOT));
    }

    boolean calledBack() {
        int i = lastSettled();
        return i >= 0 && record.history().subList(i, record.history().size()).stream()
                .anyMatch(e -> e.type() == EventType.CALLED_BACK);
    }

    boolean reportedAfterSettlement(String to) {
        int i = lastSettled();
        return i >= 0 && record.history().subList(i, record.history().size()).stream()
                .anyMatch(e -> e.type() == EventType.REPORTED && to.equals(e.details().get(TO)));
    }

    /** The escalation keys fired so far, over the whole history. */
    Set<String> firedKeys() {
        Set<String> keys = new HashSet<>();
        for (ComplaintEvent e : record.history()) {
            if (e.type() == EventType.ESCALATED && e.details().containsKey(KEY)) {
                keys.add(e.details().get(KEY));
            }
        }
        return keys;
    }
}
