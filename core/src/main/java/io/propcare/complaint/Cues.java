package io.propcare.complaint;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Negation and hypothetical cues ("没有", "not", "要是", "what if") that stop a rule term from
 * counting when they stand shortly before it in the same clause, "resolved" cues ("已经好了",
 * "it's out now") that lower the urgency a rule forces by one level, and "past" cues ("上个月",
 * "last week") that lower it by one level when they stand shortly before what the rule matched,
 * in the same clause, at every place the text says it. A negation cue inside one of the
 * {@code negationExceptions} ("特别", "不断") is no negation; a resolved cue followed anywhere later
 * by one of the {@code resolvedUndoneBy} words ("still going", "还在烧") does not count. A text that
 * opens with a past time word tells every match as past, except one that a word of today
 * ({@code pastToday}: "今天", "tonight") stands shortly before in its clause. A word of the aftermath
 * ({@code pastAftermath}: "赔偿", "compensation") anywhere tells every match as past, since a claim
 * for the damage is written after the event, unless a word of the present ({@code pastUndoneBy}:
 * "还在", "still") occurs; the engine looks it up once per text ({@link #aftermath}) and uses it before
 * the per-match {@link #pastCue}. With {@code pastDates}, a calendar date written as month and day
 * ("9月9日晚有住户被困", "7月30日曾困人") that stands before a match in its clause, within the past
 * window, and falls before the day the complaint was received tells the match as past like a cue: a
 * hotline ticket that lists the dates of earlier faults is not reporting them as happening now; so does
 * a day of the week other than the day received ("周三半夜水管爆了" in a ticket of Friday).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
record Cues(List<String> negations, int window, int englishWindow, List<String> hypotheticals, int hypotheticalWindow,
            int hypotheticalEnglishWindow, List<String> resolved, List<String> resolvedNegatedBy,
            int resolvedWindow, int resolvedEnglishWindow, List<String> past, int pastWindow,
            int pastEnglishWindow, List<String> negationExceptions, List<String> resolvedUndoneBy,
            List<String> pastOpening, List<String> pastUndoneBy, List<String> pastToday,
            List<String> pastAftermath, boolean pastDates) {

    /** How many days ahead of the day received a date may fall and still be this year's (a date further ahead is last year's). */
    private static final int DAYS_AHEAD = 92;

    /**
     * Whether a term starting at {@code at} is negated or hypothetical.
     *
     * @param norm the normalised text
     * @param at where the term starts
     * @return true when a cue stands before it in its clause, within the window
     */
    boolean blocks(String norm, int at) {
        int clause = Terms.clauseStart(norm, at);
        return negated(norm, clause, at)
                || cueWithin(norm, clause, at, hypotheticals, hypotheticalWindow, hypotheticalEnglishWindow,
                        true) != null;
    }

    /**
     * Whether a term starting at {@code at} is negated ("not the usual cigarette smell"): used for
     * the {@code unless} terms, which a negation cancels.
     *
     * @param norm the normalised text
     * @param at where the term starts
     * @return true when a negation cue stands before it in its clause, within the window
     */
    boolean negatedAt(String norm, int at) {
        return negated(norm, Terms.clauseStart(norm, at), at);
    }

    /** Whether a negation cue, not inside one of the exceptions, stands before {@code at} in its clause. */
    private boolean negated(String norm, int clause, int at) {
        for (String cue : negations) {
            int w = Terms.isLatin(cue.charAt(0)) ? englishWindow : window;
            for (int found = Terms.find(norm, cue, Math.max(clause, at - w - cue.length()));
                    found >= 0 && found + cue.length() <= at; found = Terms.find(norm, cue, found + 1)) {
                if (!excepted(norm, found, cue.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the negation cue of {@code length} characters found at {@code at} is part of an
     * exception word ("特别" around "别"). Compares in place: no string is made on this hot path.
     *
     * @param norm the normalised text
     * @param at where the cue was found
     * @param length the cue's length
     * @return true when an exception word covers it
     */
    boolean excepted(String norm, int at, int length) {
        for (String ex : negationExceptions) {
            for (int i = 0; i + length <= ex.length() && i <= at; i++) {
                if (ex.regionMatches(i, norm, at, length) && norm.startsWith(ex, at - i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean within(String norm, int clause, int at, List<String> cues, int zh, int en) {
        return cueWithin(norm, clause, at, cues, zh, en) != null;
    }

    private static String cueWithin(String norm, int clause, int at, List<String> cues, int zh, int en) {
        return cueWithin(norm, clause, at, cues, zh, en, false);
    }

    /**
     * The first cue that stands before {@code at} in its clause, within the window; with
     * {@code overlap} a cue that starts before {@code at} and runs into the term also counts, so a
     * hypothetical cue can include the words it qualifies ("真着火了" before "着火").
     */
    private static String cueWithin(String norm, int clause, int at, List<String> cues, int zh, int en,
                                     boolean overlap) {
        for (String cue : cues) {
            int w = Terms.isLatin(cue.charAt(0)) ? en : zh;
            int start = Math.max(clause, at - w - cue.length());
            int found = Terms.find(norm, cue, start);
            if (found >= 0 && (overlap ? found < at : found + cue.length() <= at)) {
                return cue;
            }
        }
        return null;
    }

    /**
     * The first past or hypothetical cue (in list order) that occurs anywhere in the text, whether or
     * not it stands before some term: the text tells of something past, habitual, planned or
     * imagined; with {@code pastDates}, also a calendar date anywhere in the text that falls before
     * {@code received}. Used where no term anchors the check (an emergency raised by the model alone).
     *
     * @param norm the normalised text
     * @param received the day the complaint was received, in its own offset; null for no date check
     * @return the cue or the date as written, or null
     */
    String pastOrHypotheticalAnywhere(String norm, LocalDate received) {
        for (List<String> list : List.of(past, hypotheticals)) {
            for (String cue : list) {
                if (Terms.find(norm, cue, 0) >= 0) {
                    return cue;
                }
            }
        }
        if (pastDates && received != null) {
            String date = earlierDate(norm, 0, norm.length(), norm.length(), received);
            return date != null ? date : otherWeekday(norm, 0, norm.length(), norm.length(), received);
        }
        return null;
    }

    /**
     * The first past time word ({@code past.opening}: "昨晚", "yesterday") anywhere in the text, when no
     * word of the present ({@code past.undoneBy}: "现在", "still") occurs: the text asks or tells about
     * something that happened ("询问昨晚停电原因").
     *
     * @param norm the normalised text
     * @return the past time word, or null
     */
    String pastTimeAnywhere(String norm) {
        for (String cue : pastOpening) {
            if (Terms.find(norm, cue, 0) >= 0) {
                return unlessPresent(norm, cue);
            }
        }
        return null;
    }

    /**
     * The first word of the aftermath ({@code past.aftermath}: "赔偿", "compensation") anywhere in
     * the text, when no word of the present ({@code past.undoneBy}: "还在", "still") occurs: a
     * claim for the damage ("车被淹了，要求物业赔偿") is written after the event.
     *
     * @param norm the normalised text
     * @return the word, or null
     */
    String aftermath(String norm) {
        for (String cue : pastAftermath) {
            if (Terms.find(norm, cue, 0) >= 0) {
                return unlessPresent(norm, cue);
            }
        }
        return null;
    }

    /** {@code found}, or null when a word of the present ({@code past.undoneBy}) occurs anywhere in the text. */
    private String unlessPresent(String norm, String found) {
        for (String present : pastUndoneBy) {
            if (Terms.find(norm, present, 0) >= 0) {
                return null;
            }
        }
        return found;
    }

    /**
     * The past cue a text opens with ("昨晚…", "Last night …", after a logging prefix such as
     * "3栋1502业主来电："; a Chinese cue may follow one or two characters, as in "我昨天"), when no word
     * of the present ({@code past.undoneBy}: "现在", "still", "now") occurs anywhere: the whole text
     * then tells of something that happened, whatever clause an emergency word stands in.
     *
     * @param norm the normalised text
     * @return the opening cue, or null
     */
    String openingPast(String norm) {
        if (pastOpening.isEmpty()) {
            return null;
        }
        int start = 0;
        int colon = norm.indexOf(':');
        int wide = norm.indexOf('\uFF1A');
        int prefix = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        if (prefix >= 0 && prefix < 24) {
            start = prefix + 1;
        }
        while (start < norm.length() && Character.isWhitespace(norm.charAt(start))) {
            start++;
        }
        for (String cue : pastOpening) {
            int slack = Terms.isLatin(cue.charAt(0)) ? 0 : 2;
            int at = Terms.find(norm, cue, start);
            if (at >= 0 && at <= start + slack) {
                return unlessPresent(norm, cue);
            }
        }
        return null;
    }

    /**
     * Whether what a rule matched is told as a past event ("上个月电梯困人的事", "the flood last
     * week"): a past cue stands before every occurrence of {@code matched} in its clause, within
     * the past window. With {@code pastDates}, a calendar date before an occurrence, in its clause
     * and within the past window, that falls before {@code received} counts as a past cue for it.
     *
     * @param norm the normalised text
     * @param matched the matched term or pattern text, as {@link CompiledRule#match} reports it
     * @param received the day the complaint was received, in its own offset; null for no date check
     * @return the past cue or date before the first occurrence, or null when some occurrence is told as
     *         present (or the text does not contain {@code matched} literally); for a rule of groups,
     *         whose match reads "打架 + 血迹", the first group's term is the one checked: the event it
     *         names ("昨晚有人打架，地上有血迹") is what the time word qualifies
     */
    String pastCue(String norm, String matched, LocalDate received) {
        if (matched.isEmpty()) {
            return null;
        }
        int plus = matched.indexOf(CompiledRule.GROUP_JOINER);
        if (plus > 0 && !norm.contains(matched)) {
            matched = matched.substring(0, plus);
        }
        String opening = openingPast(norm);
        if (opening != null) {
            return toldToday(norm, matched) ? null : opening;
        }
        if (past.isEmpty() && !pastDates) {
            return null;
        }
        String first = null;
        for (int at = norm.indexOf(matched); at >= 0; at = norm.indexOf(matched, at + 1)) {
            int clause = Terms.clauseStart(norm, at);
            String cue = cueWithin(norm, clause, at, past, pastWindow, pastEnglishWindow);
            if (cue == null && pastDates && received != null) {
                cue = earlierDate(norm, clause, at, pastWindow, received);
                if (cue == null) {
                    cue = otherWeekday(norm, clause, at, pastWindow, received);
                }
            }
            if (cue == null) {
                cue = timeWordInside(norm, at, at + matched.length());
            }
            if (cue == null) {
                cue = timeWordAfter(norm, at + matched.length());
            }
            if (cue == null) {
                return null;
            }
            if (first == null) {
                first = cue;
            }
        }
        return first;
    }

    /**
     * Whether a word of today ({@code past.today}: "今天", "tonight") stands shortly before some
     * occurrence of {@code matched} in its clause: "昨天燃气公司来换过表，今天厨房又有煤气味" tells
     * the gas smell as today's, although the text opens with "昨天".
     */
    private boolean toldToday(String norm, String matched) {
        if (pastToday.isEmpty()) {
            return false;
        }
        for (int at = norm.indexOf(matched); at >= 0; at = norm.indexOf(matched, at + 1)) {
            if (cueWithin(norm, Terms.clauseStart(norm, at), at, pastToday, pastWindow, pastEnglishWindow) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the undoing words ("still going") occurs at or after {@code from}. */
    private boolean undone(String norm, int from) {
        for (String w : resolvedUndoneBy) {
            if (Terms.find(norm, w, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text says the problem has already stopped: the first resolved cue (in cue order)
     * with an occurrence that no negation cue (within the negation windows) and no
     * {@code resolvedNegatedBy} word (within the resolved windows) stands before in its clause, and
     * no {@code resolvedUndoneBy} word follows anywhere later. "It's out now" counts; "can't put it
     * out", "not resolved" and "threw water on it but it's still going" do not.
     *
     * @param norm the normalised text
     * @return the resolved cue found, or null
     */
    String resolvedCue(String norm) {
        return resolvedCue(norm, java.util.Set.of());
    }

    /**
     * The first resolved cue (in cue order) that is not one of {@code except} and counts as
     * {@link #resolvedCue(String)} says: a rule that a shut valve does not stop ({@code notResolvedBy})
     * is still stopped by another cue of the same text ("燃气味系灶具软管老化，已关阀": the cause traced).
     *
     * @param norm the normalised text
     * @param except cues that do not count
     * @return the resolved cue found, or null
     */
    String resolvedCue(String norm, java.util.Set<String> except) {
        for (String cue : resolved) {
            if (except.contains(cue)) {
                continue;
            }
            for (int at = Terms.find(norm, cue, 0); at >= 0; at = Terms.find(norm, cue, at + 1)) {
                int clause = Terms.clauseStart(norm, at);
                if (!negated(norm, clause, at)
                        && !within(norm, clause, at, resolvedNegatedBy, resolvedWindow, resolvedEnglishWindow)
                        && !undone(norm, at + cue.length())) {
                    return cue;
                }
            }
        }
        return null;
    }

    /**
     * The first calendar date written as month and day ("9月9日", "7月30号", "十二月三日", with an
     * optional year before it: "2025年9月9日") that starts at or after {@code from}, ends at or before
     * {@code at} and no more than {@code window} characters before it, and falls before
     * {@code received}. A date without a year is taken in the year received, or in the year before
     * when it would fall more than {@value #DAYS_AHEAD} days after the day received ("12月30日" in a
     * ticket of 3 January). "5月份", "5号楼" and impossible dates ("2月30日") are no dates.
     *
     * @return the date as written, or null
     */
    static String earlierDate(String norm, int from, int at, int window, LocalDate received) {
        int earliestEnd = at - window;
        for (int m = norm.indexOf('月', from); m >= 0 && m < at; m = norm.indexOf('月', m + 1)) {
            int monthStart = numberStart(norm, m, 2);
            if (monthStart < from || monthStart == m) {
                continue;
            }
            int dayEnd = numberEnd(norm, m + 1, 3);
            if (dayEnd == m + 1 || dayEnd >= norm.length()
                    || (norm.charAt(dayEnd) != '日' && norm.charAt(dayEnd) != '号')) {
                continue;
            }
            int end = dayEnd + 1;
            if (end > at || end < earliestEnd) {
                continue;
            }
            int month = number(norm, monthStart, m);
            int day = number(norm, m + 1, dayEnd);
            int year = received.getYear();
            boolean yearGiven = false;
            int start = monthStart;
            if (monthStart >= 5 && norm.charAt(monthStart - 1) == '年') {
                int y = number(norm, monthStart - 5, monthStart - 1);
                if (y >= 1900 && y <= 2999 && numberStart(norm, monthStart - 1, 4) == monthStart - 5) {
                    year = y;
                    yearGiven = true;
                    start = monthStart - 5;
                }
            }
            LocalDate date;
            try {
                date = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (!yearGiven && date.isAfter(received.plusDays(DAYS_AHEAD))) {
                date = date.minusYears(1);
            }
            if (date.isBefore(received)) {
                return norm.substring(start, end);
            }
        }
        return null;
    }

    /** Words that make a time word after a match the start of a state that goes on ("since yesterday"). */
    private static final List<String> ONGOING_FROM = List.of("since", "from", "until", "till", "before");

    /**
     * An English past time word of {@code past.opening} ("yesterday", "last night") standing after a
     * match, in its clause and within the English past window of its end: English tells the time
     * after the event ("my car flooded at B2 yesterday"), Chinese before it. One that follows "since",
     * "from", "until", "till" or "before" starts a state that goes on ("stuck inside since yesterday").
     *
     * @param norm the normalised text
     * @param end where the match ends
     * @return the time word, or null
     */
    String timeWordAfter(String norm, int end) {
        int clauseEnd = end;
        while (clauseEnd < norm.length() && !Terms.isClauseEnd(norm.charAt(clauseEnd))) {
            clauseEnd++;
        }
        for (String cue : pastOpening) {
            if (!Terms.isLatin(cue.charAt(0))) {
                continue;
            }
            for (int at = Terms.find(norm, cue, end); at >= 0 && at + cue.length() <= clauseEnd
                    && at - end <= pastEnglishWindow; at = Terms.find(norm, cue, at + 1)) {
                if (!afterWordOf(norm, at, ONGOING_FROM)) {
                    return cue;
                }
            }
        }
        return null;
    }

    /**
     * A past time word of {@code past.opening} ("yesterday", "昨晚") inside what a rule matched, between
     * {@code from} and {@code end}: a pattern that spans a clause ("the lift stopped between floors
     * yesterday evening for 5 min with me inside") tells of the past by a word it took in itself. A word
     * after "since", "from", "until" ("stuck since yesterday") does not count.
     */
    private String timeWordInside(String norm, int from, int end) {
        for (String cue : pastOpening) {
            for (int at = Terms.find(norm, cue, from); at >= 0 && at + cue.length() <= end;
                    at = Terms.find(norm, cue, at + 1)) {
                if (!afterWordOf(norm, at, ONGOING_FROM)) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** Whether one of {@code words} is the word just before {@code at} (one space between). */
    private static boolean afterWordOf(String norm, int at, List<String> words) {
        for (String w : words) {
            int from = at - 1 - w.length();
            if (from >= 0 && norm.charAt(at - 1) == ' ' && norm.startsWith(w, from)
                    && (from == 0 || !Terms.isLatin(norm.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The words that name a day of the week before its numeral ("周三", "星期天", "礼拜五"). */
    private static final String[] WEEK = {"周", "星期", "礼拜"};
    /** The numerals of the days of the week, Monday to Saturday, then the two words for Sunday. */
    private static final String WEEKDAYS = "一二三四五六日天";

    /**
     * The first day of the week named in Chinese ("周三", "星期三", "礼拜天") that starts at or after
     * {@code from}, ends at or before {@code at} and no more than {@code window} characters before it,
     * and is not the day received: a ticket of Friday that says "周三半夜水管爆了" tells of Wednesday
     * night. "下周三" (next week), "每周三" (every week), "周一至周五" (a range) and "周三" on a Wednesday are
     * not past; "上周三" is a past cue of its own.
     *
     * @return the day as written, or null
     */
    static String otherWeekday(String norm, int from, int at, int window, LocalDate received) {
        int earliestEnd = at - window;
        for (String week : WEEK) {
            for (int w = norm.indexOf(week, from); w >= 0 && w < at; w = norm.indexOf(week, w + 1)) {
                int d = w + week.length();
                if (d >= norm.length() || WEEKDAYS.indexOf(norm.charAt(d)) < 0) {
                    continue;
                }
                int end = d + 1;
                if (end > at || end < earliestEnd) {
                    continue;
                }
                // "下周三", "每周三", "这周三"/"本周三", "上周三" (a past cue of its own), "一周一次" and the end of a
                // range ("周一至周五") are told by the word before; the start of a range by the word after
                if (w > 0 && "下每这本上一二两三四五六七八九十几个至到-~".indexOf(norm.charAt(w - 1)) >= 0
                        || end < norm.length() && "至到-~".indexOf(norm.charAt(end)) >= 0) {
                    continue;
                }
                int day = Math.min(WEEKDAYS.indexOf(norm.charAt(d)), 6) + 1;
                if (day != received.getDayOfWeek().getValue()) {
                    return norm.substring(w, end);
                }
            }
        }
        return null;
    }

    /** Where the number (digits or Chinese numerals, at most {@code max} characters) that ends at {@code end} starts. */
    private static int numberStart(String norm, int end, int max) {
        int i = end;
        boolean digits = end > 0 && isDigit(norm.charAt(end - 1));
        while (i > 0 && end - i < max && (digits ? isDigit(norm.charAt(i - 1)) : numeral(norm.charAt(i - 1)) >= 0)) {
            i--;
        }
        // a longer run of digits before is no month or year of this length
        if (digits && i > 0 && isDigit(norm.charAt(i - 1))) {
            return end;
        }
        return i;
    }

    /** Where the number (digits or Chinese numerals, at most {@code max} characters) that starts at {@code start} ends. */
    private static int numberEnd(String norm, int start, int max) {
        int i = start;
        boolean digits = start < norm.length() && isDigit(norm.charAt(start));
        while (i < norm.length() && i - start < max
                && (digits ? isDigit(norm.charAt(i)) : numeral(norm.charAt(i)) >= 0)) {
            i++;
        }
        if (digits && i - start > 2) {
            return start;
        }
        return i;
    }

    /** The value of the digits or Chinese numerals ("12", "十二", "三十一") from {@code start} to {@code end}; -1 if none. */
    private static int number(String norm, int start, int end) {
        if (start >= end) {
            return -1;
        }
        if (isDigit(norm.charAt(start))) {
            return Integer.parseInt(norm, start, end, 10);
        }
        int value = 0;
        int unit = -1;
        for (int i = start; i < end; i++) {
            int n = numeral(norm.charAt(i));
            if (n == 10) {
                value += (unit < 0 ? 1 : unit) * 10;
                unit = -1;
            } else {
                if (unit >= 0) {
                    return -1;
                }
                unit = n;
            }
        }
        return value + Math.max(unit, 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of a Chinese numeral from 一 to 十, or -1. */
    private static int numeral(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            case '十' -> 10;
            default -> -1;
        };
    }
}
