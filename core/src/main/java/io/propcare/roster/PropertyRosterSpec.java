package io.propcare.roster;

import java.util.List;

/**
 * A property's monthly roster problem as JSON (the {@code propcare} format of
 * {@code propcare roster solve}): posts with their shifts and headcounts, staff with
 * qualifications, contracts, leave, wishes and the previous month's tail, rules and pins.
 *
 * <p>Defaults, all in this one place: {@code minRestMinutes} 660 (11 hours between the end of
 * one shift and the start of the next day's, which becomes forbidden successions); a shift's
 * {@code weekend} headcount defaults to its {@code weekday} one and {@code holiday} to
 * {@code weekend}; a shift is a night shift when it crosses midnight; staff limits default to
 * no maximum minutes, no minimum, at most 6 consecutive working days, runs of at least 1 day,
 * at least 1 day off, any number of weekends. Rules default to {@link PropertyRoster#defaultRules()}:
 * cover-under, leave, qualification, forbidden-succession (rest), max-consecutive-shifts,
 * min-consecutive-days-off, max-weekends and max-total-minutes hard; cover-over, requests,
 * min-total-minutes, min-consecutive-shifts and the three fairness rules soft.
 *
 * <p>Implementation requirements: immutable value type read with the strict configuration reader.
 *
 * @param name the problem's name, e.g. {@code "talent-apartments-2026-12"}
 * @param month the month, {@code "YYYY-MM"}
 * @param zone the property's time zone, e.g. {@code "Asia/Shanghai"}
 * @param holidays public holidays in the month, {@code "YYYY-MM-DD"}; may be null (none)
 * @param calendar a built-in holiday data set whose public holidays and make-up working days (调休)
 *        apply to the month, {@code "cn"} for mainland China; may be null (only {@code holidays}).
 *        A holiday takes the shifts' {@code holiday} headcount, a make-up working day on a Saturday
 *        or Sunday the {@code weekday} one; a month outside the data's years is an error, never a guess
 * @param minRestMinutes least rest between shifts; null for the default
 * @param posts the posts, not empty
 * @param staff the staff, not empty
 * @param rules rules overriding the defaults by id; may be null
 * @param pins fixed days; may be null
 * @since 0.1
 */
public record PropertyRosterSpec(String name, String month, String zone, List<String> holidays, String calendar,
        Integer minRestMinutes,
        List<PostSpec> posts, List<StaffSpec> staff, List<RuleSpec> rules, List<PinSpec> pins) {

    /**
     * A post and its shifts.
     *
     * @param id the post id
     * @param name a display name; may be null
     * @param qualifications qualifications everyone on the post needs; may be null
     * @param onlyStaff when not null, only these people may work the post (e.g. the female supervisor)
     * @param shifts the post's shifts, not empty
     */
    public record PostSpec(String id, String name, List<String> qualifications, List<String> onlyStaff,
            List<ShiftSpec> shifts) {
    }

    /**
     * A shift of a post with its headcounts.
     *
     * @param id the shift code, unique over all posts
     * @param start the start, {@code "HH:MM"}
     * @param end the end, {@code "HH:MM"}; at or before the start for a shift crossing midnight
     * @param weekday people needed Monday to Friday
     * @param weekend people needed on Saturday and Sunday; null for {@code weekday}
     * @param holiday people needed on holidays; null for {@code weekend}
     * @param night whether it counts as a night for fairness; null: when it crosses midnight
     */
    public record ShiftSpec(String id, String start, String end, int weekday, Integer weekend, Integer holiday,
            Boolean night) {
    }

    /**
     * A staff member.
     *
     * @param id the staff id
     * @param name the name (personal data; only masked in messages)
     * @param qualifications qualifications held; may be null
     * @param maxMinutes most minutes in the month; null for no maximum
     * @param minMinutes fewest minutes in the month; null for 0
     * @param maxConsecutive longest run of working days; null for 6
     * @param minConsecutive shortest run of working days; null for 1
     * @param minDaysOff shortest run of days off; null for 1
     * @param maxWeekends most weekends worked; null for any
     * @param leave dates of approved leave; may be null
     * @param requests wishes; may be null
     * @param tail how the previous month ended; may be null (unknown)
     */
    public record StaffSpec(String id, String name, List<String> qualifications, Integer maxMinutes, Integer minMinutes,
            Integer maxConsecutive, Integer minConsecutive, Integer minDaysOff, Integer maxWeekends, List<String> leave,
            List<RequestSpec> requests, TailSpec tail) {
    }

    /**
     * A wish: a shift wanted ({@code on}) or not wanted; without a shift, a day off wanted.
     *
     * @param date the date
     * @param shift the shift code; null for "any shift" (a day off wanted, only with {@code on} false)
     * @param on true for a wanted shift
     * @param weight the cost when not granted
     */
    public record RequestSpec(String date, String shift, boolean on, int weight) {
    }

    /**
     * The previous month's tail.
     *
     * @param workedDays working days it ended with
     * @param daysOff days off it ended with
     * @param lastShift the last day's shift code, or null after a day off
     */
    public record TailSpec(int workedDays, int daysOff, String lastShift) {
    }

    /**
     * A rule overriding the default of the same id.
     *
     * @param id the rule id, e.g. {@code "fairness-nights"}
     * @param hard whether it is hard
     * @param weight its weight
     */
    public record RuleSpec(String id, boolean hard, int weight) {
    }

    /**
     * A fixed day.
     *
     * @param staff the staff id
     * @param date the date
     * @param shift the shift code, or null for a fixed day off
     */
    public record PinSpec(String staff, String date, String shift) {
    }
}
