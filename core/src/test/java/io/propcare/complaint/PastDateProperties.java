package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Cues#earlierDate}: a month-and-day date written before a match tells it as past exactly when
 * the date, taken in the year received (or the year before when it would fall more than 92 days ahead),
 * is before the day received; digits and Chinese numerals read alike. {@link Cues#otherWeekday}: a day of
 * the week named before a match tells it as past exactly when it is not the day received and no word
 * before it makes it next week's, every week's or the end of a range. {@link Cues#timeWordAfter}: an English
 * past time word after a match, in its clause and near it, tells it as past unless "since" or the like
 * makes it the start of a state that goes on; so does one inside what a pattern matched, when the pattern
 * took it in ("stopped between floors yesterday evening with me inside").
 */
class PastDateProperties {

    @Property
    void aDateIsPastExactlyWhenItFallsBeforeTheDayReceived(@ForAll("days") LocalDate date,
                                                          @ForAll("days") LocalDate received,
                                                          @ForAll boolean chinese,
                                                          @ForAll @IntRange(min = 0, max = 4) int gap) {
        String written = (chinese ? numerals(date.getMonthValue()) : String.valueOf(date.getMonthValue())) + "月"
                + (chinese ? numerals(date.getDayOfMonth()) : String.valueOf(date.getDayOfMonth())) + "日";
        String text = "电梯老坏，" + written + "晚有住户".substring(0, gap) + "被困";
        int at = text.indexOf("被困");
        // the oracle: every day of the year received and the year before, nearest first
        LocalDate meant = LocalDate.of(received.getYear(), date.getMonthValue(), date.getDayOfMonth());
        if (meant.isAfter(received.plusDays(92))) {
            meant = meant.minusYears(1);
        }
        boolean past = meant.isBefore(received);
        String found = Cues.earlierDate(text, 5, at, 12, received);
        assertThat(found).isEqualTo(past ? written : null);
    }

    @Property
    void aDateTooFarBeforeTheMatchOrInAnotherClauseIsNotUsed(@ForAll @IntRange(min = 1, max = 12) int month,
                                                             @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate received = LocalDate.of(2026, 12, 31);
        String near = month + "月" + day + "日被困";
        assertThat(Cues.earlierDate(near, 0, near.indexOf("被困"), 12, received)).isNotNull();
        String far = month + "月" + day + "日那部一直有毛病的电梯今天又被困";
        assertThat(Cues.earlierDate(far, 0, far.indexOf("被困"), 12, received)).isNull();
        // the engine passes the clause start: a date before it is never seen
        String other = month + "月" + day + "日报修过，被困";
        assertThat(Cues.earlierDate(other, other.indexOf('，') + 1, other.indexOf("被困"), 12, received)).isNull();
    }

    @Property
    void aWeekdayIsPastExactlyWhenItIsNotTheDayReceived(@ForAll DayOfWeek named, @ForAll("days") LocalDate received,
                                                      @ForAll @IntRange(min = 0, max = 2) int word,
                                                      @ForAll boolean sundayAsTian,
                                                      @ForAll @IntRange(min = 0, max = 5) int before) {
        String numeral = named == DayOfWeek.SUNDAY ? (sundayAsTian ? "天" : "日")
                : String.valueOf("一二三四五六".charAt(named.getValue() - 1));
        String written = new String[] {"周", "星期", "礼拜"}[word] + numeral;
        String prefix = new String[] {"", "下", "每", "这", "上", "周一至"}[before];
        String text = "报修：" + prefix + written + "半夜水管爆了";
        int at = text.indexOf("水管爆");
        // the oracle: a named day other than today, with no word before it that moves it off this past week
        boolean past = named != received.getDayOfWeek() && prefix.isEmpty();
        assertThat(Cues.otherWeekday(text, 3, at, 12, received)).isEqualTo(past ? written : null);
        // too far before the match, or in an earlier clause, it is not used
        String far = "报修：" + written + "那根一直有毛病的水管今天又爆了";
        assertThat(Cues.otherWeekday(far, 3, far.indexOf("爆了"), 12, received)).isNull();
        String other = "报修：" + written + "报修过，水管爆了";
        assertThat(Cues.otherWeekday(other, other.indexOf('，') + 1, other.indexOf("水管爆"), 12, received)).isNull();
    }

    @Property
    void anEnglishTimeWordAfterAMatchIsPastUnlessItStartsAStateThatGoesOn(
            @ForAll("englishTimeWords") String word, @ForAll @IntRange(min = 0, max = 5) int before,
            @ForAll @IntRange(min = 0, max = 3) int gap) {
        Cues cues = ClassificationRules.defaults().cues();
        String lead = new String[] {"", "since ", "from ", "until ", "till ", "before "}[before];
        String filler = new String[] {"", " at b2", " at b2 in the storm", " at the ramp by the east gate entrance"}[gap];
        String text = "my car flooded" + filler + " " + lead + word + ", it won't start";
        int end = text.indexOf("flooded") + "flooded".length();
        // the oracle: a time word of the past after the match, in its clause, within the English window (30),
        // and not after a word that starts a state going on
        boolean near = text.indexOf(lead + word) - end <= 30;
        String expected = lead.isEmpty() && near ? word : null;
        assertThat(cues.timeWordAfter(text, end)).isEqualTo(expected);
        // in the next clause it is not used
        assertThat(cues.timeWordAfter("my car flooded. " + word + " it was fine", end)).isNull();
    }

    @Property
    void aTimeWordInsideWhatAPatternMatchedIsPastUnlessItStartsAStateThatGoesOn(
            @ForAll("englishTimeWords") String word, @ForAll @IntRange(min = 0, max = 5) int before,
            @ForAll @IntRange(min = 0, max = 2) int where) {
        Cues cues = ClassificationRules.defaults().cues();
        String lead = new String[] {"", "since ", "from ", "until ", "till ", "before "}[before];
        // the time word inside the matched span, or outside it in a later clause
        String matched = where == 2 ? "the lift stopped between floors with me and my son inside"
                : "the lift stopped between floors " + (where == 0 ? "" : "on 18 ") + lead + word
                        + " for 5 min with me and my son inside";
        String text = "dear sir, " + matched + ". " + (where == 2 ? lead + word + " we were scared" : "we are fine");
        // the oracle: a time word of the past in the span, not after a word that starts a state going on
        String expected = where < 2 && lead.isEmpty() ? word : null;
        assertThat(cues.pastCue(text, matched, null)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> englishTimeWords() {
        return Arbitraries.of("yesterday", "last night", "last week", "last month", "last year", "last time", "the other day",
                "the other night");
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3 * 366).map(i -> LocalDate.of(2025, 1, 1).plusDays(i))
                .filter(d -> !(d.getMonthValue() == 2 && d.getDayOfMonth() == 29));
    }

    /** Chinese numerals from 1 to 31 as a month or day is written: 九, 十, 十二, 二十, 二十三. */
    private static String numerals(int n) {
        String digits = "一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(digits.charAt(tens - 1))) + "十";
        return t + (ones == 0 ? "" : String.valueOf(digits.charAt(ones - 1)));
    }
}
