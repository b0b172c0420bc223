package io.propcare.roster;

/**
 * The kinds of roster rule the engine understands. A problem holds at most one
 * {@link Rule} of each kind, which says whether it is hard and how much a unit of violation
 * costs.
 *
 * @since 0.1
 */
public enum RuleKind {
    /** Fewer people on a shift than its headcount; amount: people missing, priced by the cover line's under weight. */
    COVER_UNDER("cover-under", true),
    /** More people on a shift than its headcount; amount: people too many, priced by the cover line's over weight. */
    COVER_OVER("cover-over", true),
    /** A wanted shift not given; amount 1, priced by the request's weight. */
    SHIFT_ON_REQUEST("shift-on-request", true),
    /** An unwanted shift (or an unwanted working day) given; amount 1, priced by the request's weight. */
    SHIFT_OFF_REQUEST("shift-off-request", true),
    /** Two shifts on one day; amount: shifts beyond the first. */
    ONE_SHIFT_PER_DAY("one-shift-per-day", false),
    /** A shift followed the next day by one that may not follow it (too little rest); amount 1. */
    FORBIDDEN_SUCCESSION("forbidden-succession", false),
    /** More shifts of one type than the person's limit; amount: shifts beyond the limit. */
    MAX_SHIFTS_PER_TYPE("max-shifts-per-type", false),
    /** More minutes worked than the person's maximum; amount: minutes beyond it. */
    MAX_TOTAL_MINUTES("max-total-minutes", false),
    /** Fewer minutes worked than the person's minimum; amount: minutes missing. */
    MIN_TOTAL_MINUTES("min-total-minutes", false),
    /** A run of working days longer than allowed; amount: days beyond the limit. */
    MAX_CONSECUTIVE_SHIFTS("max-consecutive-shifts", false),
    /** A run of working days shorter than required; amount: days missing. */
    MIN_CONSECUTIVE_SHIFTS("min-consecutive-shifts", false),
    /** A run of days off shorter than required; amount: days missing. */
    MIN_CONSECUTIVE_DAYS_OFF("min-consecutive-days-off", false),
    /** More worked weekends than allowed; amount: weekends beyond the limit. */
    MAX_WEEKENDS("max-weekends", false),
    /** Work on a day of approved leave or a fixed day off; amount 1. */
    LEAVE("leave", false),
    /** A shift worked by someone without the post's qualification; amount 1. */
    QUALIFICATION("qualification", false),
    /** Night shifts not spread evenly: amount is the distance from the fair share. */
    FAIRNESS_NIGHTS("fairness-nights", true),
    /** Weekend days worked not spread evenly: amount is the distance from the fair share. */
    FAIRNESS_WEEKENDS("fairness-weekends", true),
    /** Holidays worked not spread evenly: amount is the distance from the fair share. */
    FAIRNESS_HOLIDAYS("fairness-holidays", true),
    /** A day changed from the reference roster during repair; amount 1. */
    CHANGE("change", true);

    private final String id;
    private final boolean usuallySoft;

    RuleKind(String id, boolean usuallySoft) {
        this.id = id;
        this.usuallySoft = usuallySoft;
    }

    /**
     * The rule's id as it appears in violations, reports and configuration, e.g. {@code "cover-under"}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Whether the benchmark and the default rule set treat this kind as soft.
     *
     * @return true for preferences, cover, fairness and change
     */
    public boolean isUsuallySoft() {
        return usuallySoft;
    }

    /**
     * Finds a kind by its id.
     *
     * @param id the id, such as {@code "leave"}
     * @return the kind
     * @throws IllegalArgumentException naming the id and the known ids when none matches
     */
    public static RuleKind ofId(String id) {
        java.util.Objects.requireNonNull(id, "id must not be null");
        for (RuleKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (RuleKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.id);
        }
        throw new IllegalArgumentException("unknown rule id '" + id + "'; expected one of " + known);
    }
}
