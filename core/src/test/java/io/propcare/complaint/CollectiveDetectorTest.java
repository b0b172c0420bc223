package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.ClassifierScore;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectiveDetectorTest {
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-15T07:00:00+08:00");
    static final Category PLUMBING = Category.of("plumbing");
    static final Category NOISE = Category.of("noise");
    static final Category STAFF = Category.of("staff_conduct");

    static ComplaintText c(String id, int minutes, String unit, String text) {
        return new ComplaintText(id, text, T0.plusMinutes(minutes), Channel.WECHAT, unit,
                unit.substring(0, unit.indexOf('-')));
    }

    @Test
    void threeFlatsOfOneBuildingWithinTwoHoursOpenACaseAndLaterOnesJoin() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        assertThat(d.offer(c("a", 0, "5-101", "没水了"), PLUMBING)).isEmpty();
        assertThat(d.offer(c("b", 20, "5-202", "停水了吗"), PLUMBING)).isEmpty();
        Optional<CollectiveCase> third = d.offer(c("c", 50, "5-303", "家里没有水"), PLUMBING);
        assertThat(third).isPresent();
        assertThat(third.get().memberIds()).containsExactly("a", "b", "c");
        assertThat(third.get().units()).containsExactly("5-101", "5-202", "5-303");
        assertThat(third.get().reason()).contains("3 distinct flats", "building:5");
        CollectiveCase fourth = d.offer(c("d", 100, "5-404", "还是没水"), PLUMBING).orElseThrow();
        assertThat(fourth.caseId()).isEqualTo(third.get().caseId());
        assertThat(fourth.memberIds()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheCaseGrowsAndAnUnchangedCaseSharesItsLists() {
        CollectiveDetector d = twoSure(NOISE, "7-1203", "楼下的狗每天晚上叫到十二点，吵得睡不着",
                "7-1003", "那条狗一直叫一直叫，孩子明天考试");
        CollectiveCase first = d.offer(c("c", 30, "7-1104", "隔壁狗叫到现在，主人不在家"), result("c", NOISE, false))
                .orElseThrow();
        CollectiveCase second = d.offer(c("e", 40, "7-1501", "狗又在叫，叫了一晚上"), result("e", NOISE, false))
                .orElseThrow();
        assertThat(first.memberIds()).containsExactly("a", "b", "c");
        assertThat(first.units()).containsExactly("7-1203", "7-1003", "7-1104");
        assertThat(second.memberIds()).containsExactly("a", "b", "c", "e");
        // the same flat again adds a member but no flat: the flats' list is the same object
        CollectiveCase third = d.offer(c("f", 50, "7-1501", "狗还在叫，叫了一晚上"), result("f", NOISE, false))
                .orElseThrow();
        assertThat(third.memberIds()).containsExactly("a", "b", "c", "e", "f");
        assertThat(third.units()).isSameAs(second.units());
    }

    @Test
    void aReportWithoutAFlatJoinsNoCaseAndCountsForNone() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        d.offer(c("a", 0, "5-101", "没水了"), PLUMBING);
        d.offer(c("b", 20, "5-202", "停水了吗"), PLUMBING);
        // a patrol's log about the building's pump before the case opens: no household, no flat
        ComplaintText patrol = new ComplaintText("p", "巡查：5栋地下泵房二次供水泵停转，已通知工程部", T0.plusMinutes(30),
                Channel.PATROL, "", "5");
        assertThat(d.offer(patrol, PLUMBING)).isEmpty();
        CollectiveCase opened = d.offer(c("c", 50, "5-303", "家里没有水"), PLUMBING).orElseThrow();
        assertThat(opened.memberIds()).containsExactly("a", "b", "c");
        // nor after it opened: the open case does not take it either
        ComplaintText again = new ComplaintText("q", "巡查：5栋泵房水泵仍未恢复，没水", T0.plusMinutes(60),
                Channel.PATROL, "", "5");
        assertThat(d.offer(again, PLUMBING)).isEmpty();
        assertThat(d.offer(c("d", 70, "5-404", "还是没水"), PLUMBING).orElseThrow().memberIds())
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void theSameFlatTwiceDoesNotCountTwice() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        d.offer(c("a", 0, "5-101", "没水了"), PLUMBING);
        d.offer(c("b", 10, "5-101", "还是没水"), PLUMBING);
        assertThat(d.offer(c("c", 20, "5-202", "没水"), PLUMBING)).isEmpty();
    }

    @Test
    void complaintsOutsideTheWindowOrInOtherBuildingsDoNotCombine() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        d.offer(c("a", 0, "5-101", "没水了"), PLUMBING);
        d.offer(c("b", 130, "5-202", "没水了"), PLUMBING);
        assertThat(d.offer(c("c", 140, "6-303", "没水了"), PLUMBING)).isEmpty();
        assertThat(d.offer(c("d", 150, "5-404", "没水了"), PLUMBING)).isEmpty();
    }

    @Test
    void differentMattersDoNotCombineButSimilarWordingDoes() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        d.offer(c("a", 0, "7-101", "楼下的狗每天晚上叫个不停"), NOISE);
        d.offer(c("b", 5, "7-202", "水管漏水"), PLUMBING);
        assertThat(d.offer(c("c", 10, "7-303", "狗每天晚上叫"), Category.of("neighbor_dispute"))).isEmpty();
        CollectiveCase k = d.offer(c("d", 15, "7-404", "楼下的狗每天晚上都叫个不停"), Category.of("pests")).orElseThrow();
        assertThat(k.memberIds()).containsExactly("a", "c", "d");
    }

    @Test
    void theNumberOfFlatsAndTheWindowAreConfigurable() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults().withMinUnits(2)
                .withWindow(Duration.ofMinutes(30)));
        d.offer(c("a", 0, "5-101", "没水了"), PLUMBING);
        assertThat(d.offer(c("b", 40, "5-202", "没水了"), PLUMBING)).isEmpty();
        assertThat(d.offer(c("c", 45, "5-303", "没水了"), PLUMBING)).isPresent();
    }

    @Test
    void complaintsOutOfOrderAreRejected() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        d.offer(c("a", 10, "5-101", "x"), PLUMBING);
        assertThatThrownBy(() -> d.offer(c("b", 0, "5-102", "x"), PLUMBING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivedAt order");
    }

    @Test
    void memoryIsBoundedByTheWindowNotByTheStream() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        int max = 0;
        for (int i = 0; i < 200_000; i++) {
            int b = 1 + i % 12;
            d.offer(c("x" + i, i, b + "-" + (100 + i % 37), i % 3 == 0 ? "没水了" : "门锁坏了"),
                    i % 3 == 0 ? PLUMBING : Category.of("doors_windows"));
            max = Math.max(max, d.retained());
        }
        // one complaint a minute: at most two hours' worth (plus the complaint just offered) is kept
        assertThat(max).isLessThanOrEqualTo(121);
        CollectiveCase last = d.offer(c("y", 200_000, "1-999", "没水了"), PLUMBING).orElseThrow();
        assertThat(last.memberIds()).hasSize(CollectiveDetector.MAX_LISTED);
        assertThat(last.reason()).contains("members in all");
    }

    /** A classification as the engine gives it: sure or unsure of its category, no alternatives. */
    static ClassificationResult result(String id, Category category, boolean unsure) {
        return result(id, category, unsure, List.of());
    }

    /** A classification with alternatives and their scores. */
    static ClassificationResult result(String id, Category category, boolean unsure,
                                       List<ClassifierScore> alternatives) {
        Classification cl = new Classification(category, Urgency.NORMAL, Validity.VALID, Scope.INDIVIDUAL,
                unsure ? 0.2 : 0.8, unsure, List.of());
        return new ClassificationResult(id, cl, alternatives, "customer_service", List.of());
    }

    /** Unrelated complaints of other buildings, so that common words are common in the stream. */
    static void background(CollectiveDetector d, int minutes) {
        String[] texts = {"请问物业费怎么交", "楼道灯坏了，晚上一片黑", "我家门口有人堆了很多东西", "电梯按钮不亮了",
            "垃圾桶满了没人清理", "家里空调不制冷", "小区大门的门禁一直坏着", "快递柜打不开了"};
        for (int i = 0; i < texts.length; i++) {
            ComplaintText t = c("bg" + minutes + "-" + i, minutes, (i + 1) + "-" + (100 + i), texts[i]);
            d.offer(t, result(t.id(), Category.of("other"), false));
        }
    }

    /** A detector after background traffic and two sure complaints, "a" at minute 10 and "b" at 20. */
    static CollectiveDetector twoSure(Category category, String unitA, String textA, String unitB, String textB) {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        d.offer(c("a", 10, unitA, textA), result("a", category, false));
        d.offer(c("b", 20, unitB, textB), result("b", category, false));
        return d;
    }

    /** Three flats of building 7 about a barking dog, sure of it: an open case after background traffic. */
    static CollectiveDetector dogCase() {
        CollectiveDetector d = twoSure(NOISE, "7-1203", "楼下的狗每天晚上叫到十二点，吵得睡不着",
                "7-1003", "那条狗一直叫一直叫，孩子明天考试");
        assertThat(d.offer(c("c", 30, "7-1104", "隔壁狗叫到现在，主人不在家"), result("c", NOISE, false))).isPresent();
        return d;
    }

    @Test
    void anUnsureComplaintWordedLikeAnOpenCaseJoinsItButAnUnsureOneAboutSomethingElseDoesNot() {
        CollectiveDetector d = dogCase();
        CollectiveCase opened = d.offer(c("c2", 35, "7-1105", "狗又在叫，晚上吵得不行"), result("c2", NOISE, false))
                .orElseThrow();
        assertThat(opened.memberIds()).containsExactly("a", "b", "c", "c2");
        // Unsure of its category (the classifier said plumbing), but it is about the barking dog.
        CollectiveCase joined = d.offer(c("d", 40, "7-1303", "有没有人管管那条狗？天天晚上叫"),
                result("d", PLUMBING, true)).orElseThrow();
        assertThat(joined.caseId()).isEqualTo(opened.caseId());
        assertThat(joined.memberIds()).containsExactly("a", "b", "c", "c2", "d");
        // Unsure as well, in the same building at the same time, but about the fee.
        assertThat(d.offer(c("e", 50, "7-1501", "请问物业费怎么交，可以微信付吗"), result("e", PLUMBING, true)))
                .isEmpty();
        // Sure of plumbing: not the dog, whatever words it shares.
        assertThat(d.offer(c("f", 60, "7-1601", "厨房水管漏水，晚上一直滴"), result("f", PLUMBING, false))).isEmpty();
    }

    @Test
    void aStaffComplaintWordedLikeTheCaseJoinsItInItsWindowAndAfterIt() {
        // sure of staff conduct (the office explained nothing), but about the barking dog
        CollectiveDetector d = dogCase();
        assertThat(d.offer(c("s", 60, "7-1302", "那条狗叫到现在，主人不在家，打客服电话说不清楚，态度敷衍"),
                result("s", STAFF, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "s");
        // after the window (the last member came at minute 30) it joins by the case's words too
        assertThat(dogCase().offer(c("t", 200, "7-1302", "那条狗叫到现在，主人不在家，打客服电话说不清楚，态度敷衍"),
                result("t", STAFF, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "t");
        // a staff complaint about something else stays out, in the window and after it
        assertThat(dogCase().offer(c("u", 60, "7-1302", "保安值班时间玩手机，叫他也不理人"), result("u", STAFF, false)))
                .isEmpty();
        assertThat(dogCase().offer(c("v", 200, "7-1302", "保安值班时间玩手机，叫他也不理人"), result("v", STAFF, false)))
                .isEmpty();
    }

    @Test
    void aFlatAskingWhetherTheSupplyIsCutIsNotAProblemOfItsOwnRooms() {
        // the third names a room of its own, but asks whether the supply is cut: the building's matter
        CollectiveDetector d = twoSure(PLUMBING, "6-1803", "6栋是不是没水了？一滴都没有", "6-2201",
                "楼里停水了吗，早上起来就没水");
        CollectiveCase opened = d.offer(c("c", 30, "6-1502", "卫生间龙头拧开只出一点点，是不是停了？"),
                result("c", PLUMBING, false)).orElseThrow();
        assertThat(opened.memberIds()).containsExactly("a", "b", "c");
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("卫生间水龙头一直滴"))).isTrue();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("卫生间没热水了，是不是停了？"))).isFalse();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize(
                "Only lukewarm water in the kitchen and bathroom, is there maintenance today?"))).isFalse();
    }

    @Test
    void aDripInTheBuildingsWaterCutIsAnotherMatterUnlessWordedLikeIt() {
        CollectiveDetector d = twoSure(PLUMBING, "9-1802", "9栋有没有人家里没水的？水龙头一滴都不出", "9-1603",
                "早上起来没水，马桶冲不了");
        // a tap that will not stop dripping: the other side of the matter, not a third flat without water
        assertThat(d.offer(c("c", 30, "9-502", "洗手盆龙头关紧了还一直滴，晚上听得心烦"), result("c", PLUMBING, false)))
                .isEmpty();
        CollectiveCase opened = d.offer(c("e", 40, "9-2204", "22楼也是，拧开没水"), result("e", PLUMBING, false))
                .orElseThrow();
        assertThat(opened.memberIds()).containsExactly("a", "b", "e");
        assertThat(d.offer(c("f", 50, "9-301", "厨房水槽堵了，下水慢"), result("f", PLUMBING, false))).isEmpty();
        assertThat(CollectiveDetector.supply(TextNormalizer.normalize("家里水龙头一滴水都没有"))).isEqualTo(-1);
        assertThat(CollectiveDetector.supply(TextNormalizer.normalize("The radiator valve is dripping"))).isEqualTo(1);
        assertThat(CollectiveDetector.supply(TextNormalizer.normalize("没水了，水管还在漏"))).isZero();
        assertThat(CollectiveDetector.supply(TextNormalizer.normalize("物业费什么时候交"))).isZero();
    }

    @Test
    void aComplaintSayingTheNeighboursAreFineIsAboutItsOwnFlat() {
        CollectiveDetector d = twoSure(Category.of("electrical"), "7-1502", "突然全黑了，电梯也停了，我们家整个没电",
                "7-803", "全楼停电，楼道只有应急灯亮");
        // same category, same building, same hour, but it says the neighbours have power
        assertThat(d.offer(c("c", 30, "7-1804", "就我家总闸一合上就跳，邻居家都好了，麻烦电工上来看看"),
                result("c", Category.of("electrical"), false))).isEmpty();
        assertThat(d.offer(c("e", 40, "7-1201", "家里也没电了，老人用制氧机"), result("e", Category.of("electrical"), false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "e");
        assertThat(d.offer(c("f", 50, "7-605", "My breaker keeps tripping, the neighbours are fine"),
                result("f", Category.of("electrical"), false))).isEmpty();
        // or that its own flat has the supply the building lost: a socket of its own, not the blackout
        assertThat(d.offer(c("g", 60, "7-502", "我家有电，但是厨房插座一用烤箱就跳闸，跟停电有关系吗"),
                result("g", Category.of("electrical"), false))).isEmpty();
        assertThat(d.offer(c("h", 70, "7-402", "厨房插座一插电水壶就跳，跟停电没关系，上周就这样"),
                result("h", Category.of("electrical"), false))).isEmpty();
        // or that the flat's other sockets work: one socket of its own trips (session 32: 18 wrong links fewer)
        assertThat(d.offer(c("i", 80, "7-302", "7栋302来电：厨房那个插座一插电饭煲就跳闸，其他插座都正常"),
                result("i", Category.of("electrical"), false))).isEmpty();
        assertThat(d.offer(c("j", 90, "7-202", "One socket trips the breaker whenever the kettle goes on, the other sockets are fine"),
                result("j", Category.of("electrical"), false))).isEmpty();
    }

    @Test
    void aNoiseOfAnotherSourceThanTheMembersNameJoinsOnlyByItsWords() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        d.offer(c("a", 10, "5-203", "有没有人听到嗡嗡的声音？低频的，好像从地底下传上来"), result("a", NOISE, false));
        d.offer(c("b", 15, "5-402", "地下水泵房一直响，震动传到卧室"), result("b", NOISE, false));
        // karaoke upstairs names a party; the members name plant and pumps: two matters
        assertThat(d.offer(c("k", 20, "5-1501", "楼上又在唱K，十点了还不停，麦克风声音大得很"), result("k", NOISE, false)))
                .isEmpty();
        assertThat(d.offer(c("e", 30, "5-104", "楼下泵房机器一直响，要求马上处理"), result("e", NOISE, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "e");
        // a dog names another kind; a complaint naming none, or one it only took the noise for, still joins
        assertThat(d.offer(c("g", 40, "5-1503", "楼上养的狗一直叫，在家办公开会都没法开"), result("g", NOISE, false)))
                .isEmpty();
        assertThat(d.offer(c("f", 50, "5-702", "从十点开始一直嗡嗡的，墙都在震，明天还要上班"), result("f", NOISE, false))
                .orElseThrow().memberIds()).contains("f");
        assertThat(d.offer(c("h", 60, "5-502", "不只你家，我还以为谁家大晚上在装修"), result("h", NOISE, false))
                .orElseThrow().memberIds()).contains("h");
        assertThat(CollectiveDetector.sources("楼上又在唱k") & CollectiveDetector.sources("地下水泵房一直响")).isZero();
        assertThat(CollectiveDetector.sources("我还以为谁家在装修")).isZero();
        // session 43: what a noise sounds like is not its source; nearly sick at the bins is no vomit
        assertThat(CollectiveDetector.sources("loud banging in the pipes every few seconds, like someone hammering"))
                .isZero();
        assertThat(CollectiveDetector.sources("早上下楼扔垃圾差点吐了，桶全满了", Category.of("cleaning"))).isZero();
        assertThat(CollectiveDetector.sources("电梯里不知道谁吐了，一进去那个味儿", Category.of("cleaning"))).isNotZero();
    }

    @Test
    void aCleaningOrSecurityMatterOfAnotherKindThanTheMembersNameJoinsOnlyByItsWords() {
        Category cleaning = Category.of("cleaning");
        Category security = Category.of("security");
        CollectiveDetector d = threeFlats(cleaning, "7-302", "7栋垃圾房的垃圾都堆到门外了，几天没收了？",
                "7-1101", "楼下垃圾桶全满了，塞都塞不进去", "7-604", "一楼垃圾房臭味飘进家里，要求尽快清运");
        // someone was sick in the lift: another kind of cleaning matter than the bins
        assertThat(d.offer(c("v", 40, "7-1405", "7栋电梯里有人吐了，从早上到现在都没人清理"), result("v", cleaning, false)))
                .isEmpty();
        // one that names no kind still joins
        assertThat(d.offer(c("s", 50, "7-1902", "还是没拉走？臭死了"), result("s", cleaning, false))
                .orElseThrow().memberIds()).contains("s");

        CollectiveDetector e = threeFlats(security,
                "9-1105", "her card no longer opens the main entrance, had to wait for someone",
                "9-707", "my key card stopped working at the front door tonight",
                "9-1807", "is the entrance system down? we stood outside the lobby door for ten minutes");
        // someone at a flat's door is another security matter than the entrance's access control
        assertThat(e.offer(c("h", 40, "9-605", "last night someone tried the handle of my door twice, I saw nobody"),
                result("h", security, false))).isEmpty();
        // nor is one told as last night's, which would otherwise be recalled into the building's latest case
        assertThat(e.offer(c("n", 50, "9-1203", "a stranger was trying door handles on the 12th floor last night"),
                result("n", security, false))).isEmpty();
        assertThat(CollectiveDetector.sources("门禁刷卡没反应", security)
                & CollectiveDetector.sources("门把手被人拧了", security)).isZero();
        // a flat asking for its invoice is not one of the building's complaints about a shared-cost notice
        Category fees = Category.of("fees");
        CollectiveDetector f = threeFlats(fees, "3-1005", "楼下贴的公摊电费通知看不懂，凭什么电梯厅空调也要业主分摊",
                "3-1202", "这个分摊方案谁定的？没开业主大会就公示了", "3-603", "公摊能耗涨这么多，要求物业公开明细");
        assertThat(f.offer(c("i", 40, "3-701", "上半年物业费早交了，发票一直没开，麻烦开个电子发票"), result("i", fees, false)))
                .isEmpty();
        // the door held open, with strangers coming in, is the entrance's matter
        assertThat(e.offer(c("o", 60, "9-2601", "the main door is still propped open and strangers keep walking in"),
                result("o", security, false)).orElseThrow().memberIds()).contains("o");
        // kinds of different categories are never the same kind
        assertThat(CollectiveDetector.sources("垃圾桶满了", cleaning) & CollectiveDetector.sources("门禁坏了", security))
                .isZero();
    }

    @Test
    void anHvacMatterOfAnotherKindJoinsOnlyByItsWords() {
        Category hvac = Category.of("hvac");
        // radiators and air conditioning are one kind: a tower's units heat and cool
        assertThat(CollectiveDetector.sources("暖气片冰凉", hvac)
                & CollectiveDetector.sources("the aircon blows cold air", hvac)).isNotZero();
        CollectiveDetector d = threeFlats(hvac, "11-1506", "AC in 1506 is blowing but not cold at all. Room is 31.",
                "11-2210", "Is the central air conditioning down in Tower 11? Our unit is pushing warm air",
                "11-908", "Guest of 11-908 at desk: no cooling in apartment, thermostat reads 30.");
        // a rattling bathroom fan is another matter than the tower's warm air conditioning, in the window or after it;
        // a follow-up that names no kind joins
        assertThat(members(d, hvac, "f", 60, "11-502", "The bathroom extractor fan rattles like a blade is loose."))
                .isEmpty();
        assertThat(members(d, hvac, "s", 70, "11-1804", "Same here on 18. The corridor feels like a sauna too"))
                .contains("s");
        assertThat(members(d, hvac, "g", 250, "11-311", "Bathroom extractor fan stopped, the mirror is all steamed up"))
                .isEmpty();
    }

    @Test
    void aCaseKeepsTheKindOfMatterItsEarlierMembersNamedWhenTheLastWindowsNameNone() {
        // the last window's only member names no kind of fee: the case's shared cost, named before, still counts
        Category fees = Category.of("fees");
        CollectiveDetector e = threeFlats(fees, "7-301", "7栋大堂贴的通知什么意思？二次供水电费要每户分摊，按面积收",
                "7-1102", "新加一个分摊费，业主大会同意了吗？", "7-1804", "对二次供水电费分摊有异议，要求公示电费明细。");
        assertThat(members(e, fees, "n", 130, "7-906", "每个月都有新名目，这个月又来个电费。能不能把账公开一下")).contains("n");
        assertThat(members(e, fees, "i", 240, "7-1507", "物业费交了一个多月了，发票还没开出来，单位等着报销")).isEmpty();
    }

    @Test
    void aKitchenFlueIsAnotherHvacMatterThanTheBuildingsColdRadiators() {
        Category hvac = Category.of("hvac");
        CollectiveDetector d = threeFlats(hvac, "2-604", "暖气怎么凉了？早上起来屋里才十五度",
                "2-1503", "2栋1503业主来电：家中暖气片全部冰凉，昨晚还正常，询问是否停暖。",
                "2-903", "2栋有没有人家暖气是热的？我家地暖一点温度都没有");
        assertThat(members(d, hvac, "f", 60, "2-1105", "厨房抽油烟机一开，公共烟道就往回倒别人家的油烟味，是不是止回阀坏了"))
                .isEmpty();
        assertThat(members(d, hvac, "s", 70, "2-1201", "我家也没暖气")).contains("s");
    }

    @Test
    void aQuestionOfAnotherKindAskedBeforeTheCaseOpenedDoesNotJoinIt() {
        Category hvac = Category.of("hvac");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        d.offer(c("q", 5, "10-1903", "When will the heating be turned on? Nights are getting cold and the AC heat"
                + " mode is weak."), result("q", hvac, false));
        d.offer(c("a", 85, "10-1104", "1104 called: no hot water at all, shower runs cold."), result("a", hvac, false));
        d.offer(c("b", 100, "10-2207", "Hot water is out in my apartment. Is there a problem with the building boiler?"),
                result("b", hvac, false));
        assertThat(d.offer(c("c", 110, "10-603", "No hot water here either. Is it just me or the whole tower?"),
                result("c", hvac, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c");
    }

    @Test
    void aMemberOfAnotherCategoryLeavesTheKindOfTheCasesOwnCategoryAsItsEarlierMembersNamedIt() {
        // the last window's only member, a cleaning follow-up, names the bins: the case's shared cost still counts
        Category fees = Category.of("fees");
        CollectiveDetector e = threeFlats(fees, "7-301", "7栋大堂贴的通知什么意思？二次供水电费要每户分摊，按面积收",
                "7-1102", "新加一个分摊费，业主大会同意了吗？", "7-1804", "对二次供水电费分摊有异议，要求公示电费明细。");
        assertThat(members(e, Category.of("cleaning"), "n", 130, "7-906", "同感！这个月又来个电费，垃圾清运也没见好，能不能公开一下"))
                .contains("n");
        assertThat(members(e, fees, "i", 240, "7-1507", "物业费交了一个多月了，发票还没开出来，单位等着报销")).isEmpty();
    }

    @Test
    void keysHandedInAreNotPartOfTheBuildingsBroadbandOutage() {
        Category other = Category.of("other");
        CollectiveDetector d = threeFlats(other, "11-1705", "11栋的网是不是都断了？wifi连着但是上不了网",
                "11-2202", "电视也没信号了，有线和宽带一起断的", "11-903", "11栋903来电：家里网断了，运营商说区域故障正在抢修");
        assertThat(members(d, other, "k", 60, "11-1602", "11栋楼下捡到一串钥匙，上面挂着个小熊，我交到物业前台了")).isEmpty();
        assertThat(members(d, other, "s", 70, "11-1108", "同一栋楼好多家都断网了，物业能不能去催一下电信？")).contains("s");
    }

    @Test
    void aFlatsTrippingBreakerOfAnotherCategoryWhoseRunnerUpIsTheCasesDoesNotJoinTheBroadbandOutage() {
        // session 42, round 40: other is the runner-up of the sockets' complaint at no score; it names no kind of other
        Category other = Category.of("other");
        CollectiveDetector d = threeFlats(other, "12-1705", "12栋的宽带是不是断了？wifi连着但上不了网",
                "12-1202", "电视也没信号了，机顶盒显示无信号", "12-903", "12栋903来电：网断了，开不了视频会议");
        ClassifierScore runnerUp = new ClassifierScore(other, 0.0);
        assertThat(d.offer(c("s", 60, "12-1208", "12栋1208来电：家里一半插座没电，电闸推上去又掉下来。"),
                result("s", Category.of("electrical"), false, List.of(runnerUp)))).isEmpty();
        assertThat(d.offer(c("t", 70, "12-1411", "12栋1411来电：家里网也断了，运营商说是线路故障。"),
                result("t", Category.of("inquiry"), false, List.of(runnerUp))).orElseThrow().memberIds()).contains("t");
    }

    @Test
    void aFlatsBreakerTrippingUnderTheAirConditioningIsNotPartOfTheBuildingsPowerCut() {
        // session 42, round 40: a trip under a load is the other side of the matter from a supply lost; "a" trips
        Category electrical = Category.of("electrical");
        CollectiveDetector d = twoSure(electrical, "11-1602", "11栋1602业主来电：空调一开家里就跳闸，今晚已经跳了三次。",
                "11-1501", "15楼突然停电了，整层都黑了？空调也停了");
        d.offer(c("c", 30, "11-1203", "11栋1203业主来电：家里全部没电，楼道灯也灭了，问是不是整栋停电。"),
                result("c", electrical, false));
        assertThat(d.offer(c("d", 40, "11-1704", "我们17楼也没电，是不是线路出问题了"), result("d", electrical, false))
                .orElseThrow().memberIds()).containsExactly("b", "c", "d");
    }

    @Test
    void aFlatAskingWhetherOnlyItsBreakerTrippedIsPartOfTheBuildingsPowerCut() {
        // a trip alone, with no load that set it off, may be the building's power cut as the flat first sees it
        Category electrical = Category.of("electrical");
        CollectiveDetector d = threeFlats(electrical, "11-1102", "11栋整栋楼突然全黑了！电梯也停了",
                "11-1501", "11栋1501业主来电：家里和楼道都没电，询问何时恢复供电。", "11-2003", "黑了快半小时了，物业查出原因没有？");
        assertThat(members(d, electrical, "t", 40, "11-704", "只有我家跳闸了吗？看对面楼都亮着")).contains("t");
    }

    @Test
    void aFlatWhoseRunnerUpIsTheCasesCategoryAndWroteBeforeTheCaseOpenedJoinsItWhenItOpens() {
        // session 42: someone heard in the stalled lift between the first flats' complaints of the blackout
        Category electrical = Category.of("electrical");
        CollectiveDetector d = twoSure(electrical, "11-1203", "11栋整栋楼突然黑了，家里全停电，别的楼都亮着",
                "11-702", "11栋702业主来电：家里没电，楼道里应急灯只亮了几盏");
        d.offer(c("l", 25, "11-1605", "电梯好像停在半路了，刚才听见里面有人喊！赶紧派人！"),
                result("l", Category.of("elevator"), false, List.of(new ClassifierScore(electrical, 0.001))));
        assertThat(d.offer(c("c", 40, "11-901", "有人知道什么时候来电吗？地暖也停了，屋里开始冷了"),
                result("c", electrical, false)).orElseThrow().memberIds()).containsExactly("a", "b", "l", "c");
    }

    @Test
    void aTheftThatAMemberNamingNoKindChainedIsNotPartOfTheEveningsCardReaderCase() {
        // session 43, round 41: the card readers (the entrance's kind) named by two of the three others; the bike
        // theft (theft and cameras) came in through the member that names no kind
        Category security = Category.of("security");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        d.offer(c("t", 10, "12-1205", "1205 reports his bike stolen from the Tower 12 bike room, lock cut. CCTV request logged."),
                result("t", security, false));
        d.offer(c("a", 90, "12-801", "Resident 801 says her key card has not opened the lobby door since this afternoon."),
                result("a", security, false));
        d.offer(c("b", 100, "12-1503", "my key card is not working at the main entrance of tower 12. is the system down??"),
                result("b", security, false));
        assertThat(d.offer(c("c", 120, "12-2206", "Same as others I guess: the reader beeps red for my card and my wife's."),
                result("c", security, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c");
    }

    @Test
    void aYearEndBillsFacetsWithNoKindToldByMostStayOneCase() {
        // session 43 (a guard for the theft's test above): the late fee named by two flats, the rise by one, a parking
        // fee taken twice by another; no kind has more than half of the four, so the member naming none opens the
        // case with all of them, as before
        Category fees = Category.of("fees");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        d.offer(c("a", 10, "4-1203", "今天app推送的物业费账单怎么多了一笔滞纳金？我十一月就交清了"), result("a", fees, false));
        d.offer(c("b", 25, "4-2305", "收到年底账单短信，金额比去年多了快一千，问是不是涨价了"), result("b", fees, false));
        d.offer(c("c", 55, "4-606", "大家账单上都有滞纳金吗？我家也有，明明每次都按时交的"), result("c", fees, false));
        d.offer(c("d", 70, "4-1801", "账单里12月停车费扣了两次，要求退款说明"), result("d", fees, false));
        assertThat(d.offer(c("e", 115, "4-901", "同上，901也是这样，麻烦统一处理，别让每家都跑一趟"), result("e", fees, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void aCisternRunningOnIsNotPartOfTheWaterCutWhenTheLastWindowsMemberNamesNoSide() {
        // session 43, round 41: the case's last window holds only "只有气", which names no side of the supply; the
        // case's members before it said the water is gone
        CollectiveDetector d = waterCut();
        assertThat(d.offer(c("d", 100, "5-1501", "刚出差回来，水龙头拧开只有气"), result("d", PLUMBING, false))).isPresent();
        assertThat(d.offer(c("e", 200, "5-703", "5栋703来电：马桶水箱一直哗哗漏水，配件可能坏了，约下午上门。"),
                result("e", PLUMBING, false))).isEmpty();
    }

    @Test
    void aFlatSayingOnlyOneLiftStillRunsTheNextMorningJoinsTheNightsCase() {
        // session 43, round 41: "还是只有一部" says the fault goes on
        Category lift = Category.of("elevator");
        assertThat(liftCase(lift).offer(c("d", 30 + 10 * 60, "4-2802", "早上还是只有一部电梯能用，等了快十分钟，上班要迟到了"),
                result("d", lift, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aFlatSayingTheBroadbandIsStillDownTheNextMorningJoinsTheEveningsCase() {
        // session 44, round 42: "网还是断的" says the fault goes on; the case's last member came at 19:30, the chase at
        // 08:40 the next morning
        Category other = Category.of("other");
        CollectiveDetector d = threeFlats(other, "11-1203", "11号楼有没有人家宽带断了？六点多开始就上不去网", "11-502",
                "我家电视也没信号，机顶盒一直转圈", "11-906", "11号楼906来电：电视和宽带都断了，问是不是楼里弱电间停电了。");
        assertThat(d.offer(c("d", 30 + 13 * 60 + 10, "11-2002", "早上起来网还是断的，物业跟运营商联系了没有？"),
                result("d", other, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aFlatSayingTheNightsHumWentOnUntilDawnJoinsTheNightsCase() {
        // session 44, round 42: "went on until about 4am", told the next morning, is about the night
        CollectiveDetector d = threeFlats(NOISE, "12-203", "Guest in 203 complains of a loud droning hum from below.",
                "12-105", "There is a constant vibrating hum coming up through the floor. I can't sleep.", "12-302",
                "Same here on the 3rd floor, the hum plus a clank every few seconds. Sounds like a pump.");
        assertThat(d.offer(c("d", 30 + 7 * 60, "12-206",
                        "The noise went on until about 4am. Will there be a proper fix?"),
                result("d", NOISE, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aColdShowerIsTheHotWatersKindAndStillColdTheNextMorningChasesTheCase() {
        // session 44, round 42: "a cold shower" beside "no heating yet" was a member naming only another kind of the
        // category; "still cold" the next morning says the fault goes on
        Category hvac = Category.of("hvac");
        String[] flats = {"10-1211", "No hot water in the shower, it's still cold after 10 minutes.", "10-805",
                "805 reports hot water lukewarm at best in kitchen and bathroom since 7pm.", "10-2003",
                "Is anyone else on the 20th floor without hot water?"};
        assertThat(threeFlats(hvac, flats).offer(c("d", 60, "10-610",
                        "Still cold. No heating yet either, so a cold shower is not an option."),
                result("d", hvac, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
        assertThat(threeFlats(hvac, flats).offer(c("e", 30 + 11 * 60, "10-2201",
                        "Hot water still cold this morning on 22. Any update from engineering?"),
                result("e", hvac, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "e");
    }

    @Test
    void aFlatOpeningWithTheSameQuestionAsItsNeighboursFollowsUpTheirCase() {
        // session 44: "Same question as my neighbours" opens as a follow-up, like 同问, whatever its category
        Category fees = Category.of("fees");
        CollectiveDetector d = threeFlats(fees, "12-803", "What is this new 380 a month service surcharge on our bill?",
                "12-1506", "We got a notice about an extra monthly charge from next month. Nobody agreed to this.",
                "12-2104", "The new surcharge is not in our lease. Please explain.");
        assertThat(d.offer(c("d", 90, "12-2501", "Same question as my neighbours I suppose: is this optional?"),
                result("d", Category.of("inquiry"), false)).orElseThrow().memberIds())
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void aFlatWhoseWaterIsStillIceColdTheNextMorningChasesTheNightsHotWaterCase() {
        // session 44: "still ice cold" says the fault goes on, like "still cold"
        Category hvac = Category.of("hvac");
        CollectiveDetector d = threeFlats(hvac, "10-1211", "No hot water in the shower since 7pm.", "10-805",
                "805 reports hot water lukewarm at best.", "10-2003", "Is anyone else without hot water?");
        assertThat(d.offer(c("d", 30 + 12 * 60, "10-905", "Still ice cold water this morning. Seriously?"),
                result("d", hvac, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void oneFlatsCockroachesAreNotPartOfTheEveningsFlyingAnts() {
        // session 45: pests are told by their kind, like noises: cockroaches are another matter than flying ants
        Category pests = Category.of("pests");
        CollectiveDetector d = threeFlats(pests, "5-602", "5栋好多飞蚂蚁！楼道灯下面全是，是不是白蚁？", "5-301",
                "我家也有飞蚁，一开灯就往灯上撞，地上全是翅膀", "5-1101", "5栋1101来电：飞进来很多飞蚁，问物业能不能来喷药");
        assertThat(members(d, pests, "d", 40, "5-1203", "5栋楼里蟑螂越来越多，晚上一开灯就看到好几只，什么时候统一灭蟑？"))
                .isEmpty();
        assertThat(members(d, pests, "e", 50, "5-902", "9楼也有飞蚁，大家关灯关窗吧")).containsExactly("a", "b", "c", "e");
        assertThat(CollectiveDetector.sources("厨房蟑螂太多了", pests) & CollectiveDetector.sources("是白蚁吗", pests))
                .isZero();
        assertThat(CollectiveDetector.sources("楼道灯下面一团一团的飞虫", pests)).isZero();
    }

    @Test
    void aChildJumpingUpstairsIsNotPartOfTheNightsPumpRoomHum() {
        // session 45: "还在蹦" is footsteps, another kind than the pump room's hum
        CollectiveDetector d = threeFlats(NOISE, "5-1802", "楼下泵房又在嗡嗡响，整栋都能听到", "5-601",
                "5栋601来电：低频噪音，像是水泵的声音，一直不停", "5-1203", "有没有人听到嗡嗡声？睡不着");
        assertThat(members(d, NOISE, "d", 40, "5-1702", "楼上小孩十点多了还在蹦，说过好几次了")).isEmpty();
    }

    /** The members of the case a sure complaint of {@code category} opened or joined; empty when it stays alone. */
    private static List<String> members(CollectiveDetector d, Category category, String id, int minutes, String unit,
                                        String text) {
        return d.offer(c(id, minutes, unit, text), result(id, category, false)).map(CollectiveCase::memberIds)
                .orElse(List.of());
    }

    /**
     * A detector that has seen the background traffic and then a case of {@code category} opened by three flats
     * (ids a, b, c at minutes 10, 20 and 30), given as unit and text pairs.
     */
    private static CollectiveDetector threeFlats(Category category, String... unitsAndTexts) {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        String[] ids = {"a", "b", "c"};
        Optional<CollectiveCase> last = Optional.empty();
        for (int k = 0; k < ids.length; k++) {
            last = d.offer(c(ids[k], 10 * (k + 1), unitsAndTexts[2 * k], unitsAndTexts[2 * k + 1]),
                    result(ids[k], category, false));
        }
        assertThat(last.orElseThrow().memberIds()).containsExactly("a", "b", "c");
        return d;
    }
    @Test
    void withoutNuisanceCategoriesTheSourceIsNoBar() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults().withNuisances(java.util.Set.of()));
        background(d, 0);
        d.offer(c("a", 10, "5-203", "地下水泵房一直嗡嗡响，睡不着"), result("a", NOISE, false));
        d.offer(c("b", 15, "5-402", "楼下泵房机器一直响，震动传到卧室"), result("b", NOISE, false));
        assertThat(d.offer(c("k", 20, "5-1501", "楼上又在唱K，十点了还不停，麦克风声音大得很"), result("k", NOISE, false)))
                .isPresent();
    }

    @Test
    void anUnsureComplaintThatCameBeforeTheCaseOpenedJoinsItWhenItOpens() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        d.offer(c("a", 10, "7-1203", "楼下的狗每天晚上叫到十二点，吵得睡不着"), result("a", NOISE, false));
        assertThat(d.offer(c("u", 15, "7-1303", "有没有人管管那条狗？天天晚上叫"), result("u", PLUMBING, true)))
                .isEmpty();
        d.offer(c("b", 20, "7-1003", "那条狗一直叫一直叫，孩子明天考试"), result("b", NOISE, false));
        CollectiveCase opened = d.offer(c("c", 30, "7-1104", "隔壁狗叫到现在，主人不在家"), result("c", NOISE, false))
                .orElseThrow();
        assertThat(opened.memberIds()).containsExactly("a", "u", "b", "c");
        assertThat(opened.caseId()).isEqualTo("CC-a");
    }

    @Test
    void aComplaintInItsOwnRoomsThatCameBeforeTheCaseOpenedJoinsItWhenItSharesTheCasesWords() {
        Category fabric = Category.of("building_fabric");
        // the first names its living room and shares no word with the third, which opens the case
        String storm = "暴雨过后我家客厅墙纸鼓起来了，墙角在渗水";
        String[] members = {"暴雨过后主卧墙角渗水，墙纸都鼓起来了", "次卧起了一大块水印，摸着潮乎乎的",
            "31楼也漏，窗户上方湿了一片"};
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        assertThat(d.offer(c("p", 10, "9-3201", storm), result("p", fabric, false))).isEmpty();
        d.offer(c("a", 20, "9-3203", members[0]), result("a", fabric, false));
        d.offer(c("b", 30, "9-3102", members[1]), result("b", fabric, false));
        CollectiveCase opened = d.offer(c("c", 40, "9-3002", members[2]), result("c", fabric, false)).orElseThrow();
        assertThat(opened.memberIds()).containsExactly("p", "a", "b", "c");
        // a flat's own dripping tap, pending in the same hour, shares none of the storm's words
        CollectiveDetector e = CollectiveDetector.create(CollectiveSettings.defaults());
        background(e, 0);
        e.offer(c("q", 10, "9-3201", "我家厨房水龙头一直滴水，拧不紧"), result("q", fabric, false));
        e.offer(c("a", 20, "9-3203", members[0]), result("a", fabric, false));
        e.offer(c("b", 30, "9-3102", members[1]), result("b", fabric, false));
        assertThat(e.offer(c("c", 40, "9-3002", members[2]), result("c", fabric, false)).orElseThrow().memberIds())
                .containsExactly("a", "b", "c");
    }

    @Test
    void aComplaintWhoseRunnerUpIsTheCasesCategoryJoinsWhenItSharesTheCasesWords() {
        Category electrical = Category.of("electrical");
        Category facilities = Category.of("common_facilities");
        CollectiveDetector d = twoSure(electrical, "8-1201", "8栋整栋楼停电了，屋里黑漆漆的", "8-602",
                "停电了，电梯也停了，楼里一片黑");
        assertThat(d.offer(c("c", 30, "8-405", "我们家也没电，什么时候来电"), result("c", electrical, false))).isPresent();
        List<ClassifierScore> electricalSecond = List.of(new ClassifierScore(electrical, 0.03));
        // the stairwell's lights are common facilities first, but electrical second, in the blackout's words
        assertThat(d.offer(c("s", 40, "8-903", "楼梯间黑漆漆的，应急灯都不亮，下楼只能打手电"),
                result("s", facilities, false, electricalSecond)).orElseThrow().memberIds()).contains("s");
        // electrical second but in no word of the blackout: the gym's treadmill
        assertThat(d.offer(c("g", 45, "8-1505", "健身房跑步机坏掉，按键失灵"),
                result("g", facilities, false, electricalSecond))).isEmpty();
        // the blackout's words, but another runner-up
        assertThat(d.offer(c("f", 50, "8-1706", "楼道里黑漆漆的，下楼看不见台阶"),
                result("f", facilities, false, List.of(new ClassifierScore(Category.of("fire_safety"), 0.03)))))
                .isEmpty();
    }

    /** Two flats of building 3 about the works in 903, sure they are renovation: no case yet. */
    static CollectiveDetector worksNextDoor() {
        Category renovation = Category.of("renovation");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        assertThat(d.offer(c("a", 10, "3-802", "楼下装修电钻声吵死人"), result("a", renovation, false))).isEmpty();
        assertThat(d.offer(c("b", 20, "3-1001", "903在装修，天天砸墙，周末也不停"), result("b", renovation, false))).isEmpty();
        return d;
    }

    @Test
    void aComplaintCoherentWithOnlyOneOfTheGroupOpensTheCaseThroughIt() {
        Category renovation = Category.of("renovation");
        // the third names a room of its own and shares words with the second only (砸墙), not with the first
        CollectiveDetector d = worksNextDoor();
        CollectiveCase k = d.offer(c("p", 30, "3-905", "隔壁砸墙把我家卧室墙震裂了一条缝"), result("p", renovation, false))
                .orElseThrow();
        assertThat(k.memberIds()).containsExactly("a", "b", "p");
        // a room of its own that shares no word with any of the group stays out of it
        CollectiveDetector e = worksNextDoor();
        assertThat(e.offer(c("q", 30, "3-905", "卫生间吊顶想换成铝扣板，要报备吗"), result("q", renovation, false))).isEmpty();
    }

    @Test
    void aPendingFollowUpOpeningWithSameHereJoinsTheCaseWhenItOpensWhateverItsCategory() {
        Category renovation = Category.of("renovation");
        CollectiveDetector d = worksNextDoor();
        // the classifier is sure these two are noise: the first says it is the neighbours' matter too
        assertThat(d.offer(c("q", 25, "3-1202", "同感，整栋楼都跟着震"), result("q", NOISE, false))).isEmpty();
        assertThat(d.offer(c("x", 28, "3-1502", "楼下狗叫了一上午"), result("x", NOISE, false))).isEmpty();
        CollectiveCase k = d.offer(c("c", 40, "3-703", "装修队把电梯厅弄得全是灰"), result("c", renovation, false))
                .orElseThrow();
        assertThat(k.memberIds()).containsExactly("a", "b", "q", "c");
        assertThat(k.category()).isEqualTo(renovation);
    }

    @Test
    void anUnsureMemberDoesNotLetOthersInByItsOwnCategory() {
        CollectiveDetector d = dogCase();
        d.offer(c("d", 40, "7-1303", "有没有人管管那条狗？天天晚上叫"), result("d", PLUMBING, true)).orElseThrow();
        // Plumbing like the unsure member's guess, but the case is about the dog.
        assertThat(d.offer(c("e", 50, "7-1601", "卫生间地漏返臭水"), result("e", PLUMBING, false))).isEmpty();
    }

    @Test
    void anUnsureMemberLendsItsWordsToTheCase() {
        // "that family on the 11th floor": nothing of it is in the sure members' words, but the
        // unsure member d, who joined on the barking dog, wrote "管管那家" and "天天晚上" too.
        String text = "能不能管管11楼那家？天天晚上这样，物业沟通过没有";
        CollectiveDetector without = dogCase();
        assertThat(without.offer(c("g", 50, "7-1001", text), result("g", Category.of("neighbor_dispute"), true)))
                .isEmpty();
        CollectiveDetector d = dogCase();
        d.offer(c("d", 40, "7-1303", "有没有人管管那家的狗？天天晚上叫"), result("d", PLUMBING, true)).orElseThrow();
        CollectiveCase joined = d.offer(c("g", 50, "7-1001", text), result("g", Category.of("neighbor_dispute"), true))
                .orElseThrow();
        assertThat(joined.memberIds()).containsExactly("a", "b", "c", "d", "g");
    }

    @Test
    void aMemberThatJoinedOnAnAlternativeDoesNotWidenTheCase() {
        CollectiveDetector d = dogCase();
        Category dispute = Category.of("neighbor_dispute");
        // Sure it is a dispute between neighbours, with noise plausible: it joins the dog case.
        ClassificationResult r = result("m", dispute, false, List.of(new ClassifierScore(NOISE, 0.1)));
        assertThat(d.offer(c("m", 40, "7-1303", "1103那家的狗主人态度很差，说了也不听"), r).orElseThrow().memberIds())
                .containsExactly("a", "b", "c", "m");
        // A dispute (with security plausible) is about neither: the dog case is not a dispute case.
        ClassificationResult q = result("n", dispute, false,
                List.of(new ClassifierScore(Category.of("security"), 0.2)));
        assertThat(d.offer(c("n", 50, "7-1501", "对门在公共走廊装了摄像头对着我家门"), q)).isEmpty();
    }

    @Test
    void aComplaintInsideOneFlatJoinsOnlyWhenItSharesTheCasesWords() {
        CollectiveDetector d = twoSure(PLUMBING, "5-1203", "5栋停水了？家里一滴水都没有",
                "5-302", "水龙头一滴都没有，什么时候来水");
        // A blocked toilet in one bathroom: plumbing, but not the building's water cut.
        assertThat(d.offer(c("x", 25, "5-808", "卫生间马桶堵了，冲不下去"), result("x", PLUMBING, false)))
                .isEmpty();
        CollectiveCase opened = d.offer(c("c", 30, "5-2101", "21楼也没水，是整栋楼都停了吗"), result("c", PLUMBING, false))
                .orElseThrow();
        assertThat(opened.memberIds()).containsExactly("a", "b", "c");
        assertThat(d.offer(c("y", 40, "5-1501", "厨房洗菜盆下面的软管接口松了"), result("y", PLUMBING, false))).isEmpty();
        // Inside the flat as well, but in the case's words: it joins.
        assertThat(d.offer(c("z", 50, "5-601", "厨房水龙头一滴水都没有，什么时候来水"), result("z", PLUMBING, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c", "z");
    }

    @Test
    void aComplaintAskingAboutTheNeighboursJoinsTheCaseWhateverItsCategory() {
        CollectiveDetector d = dogCase();
        Category inquiry = Category.of("inquiry");
        // Sure it is a question, but it asks whether the neighbours hear the dog too.
        assertThat(d.offer(c("q", 40, "7-1501", "只有我家听到吗？那条狗叫了一晚上了"), result("q", inquiry, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c", "q");
        // A question that neither asks about the neighbours nor shares the case's words stays on its own
        // (one that names the dog joins: aStaffComplaintWordedLikeTheCaseJoinsItInItsWindowAndAfterIt).
        assertThat(d.offer(c("r", 45, "7-1601", "请问装修押金什么时候能退"), result("r", inquiry, false))).isEmpty();
        // Asking about the neighbours, but about something else.
        assertThat(d.offer(c("s", 50, "7-1701", "还有谁家的快递柜打不开？"), result("s", Category.of("parcels"), false)))
                .isEmpty();
    }

    @Test
    void anUnsureComplaintThatCompletesAGroupDoesNotGiveTheCaseItsGuess() {
        CollectiveDetector d = twoSure(NOISE, "7-1203", "楼下的狗每天晚上叫到十二点，吵得睡不着",
                "7-1003", "那条狗一直叫一直叫，孩子明天考试");
        // Unsure, guessed plumbing with noise as a plausible alternative: it completes the group.
        ClassificationResult u = result("u", PLUMBING, true, List.of(new ClassifierScore(NOISE, 0.25)));
        CollectiveCase opened = d.offer(c("u", 30, "7-1303", "又在叫了，十二点了"), u).orElseThrow();
        assertThat(opened.memberIds()).containsExactly("a", "b", "u");
        assertThat(opened.category()).isEqualTo(NOISE);
    }

    @Test
    void aFollowUpAboutHowTheOfficeRespondsJoinsTheActiveCaseOfItsBuilding() {
        // "Still not sorted? The service line is always busy": no word of the dog, sure it is staff conduct.
        String chase = "还没好？？服务中心电话一直占线，打了五遍";
        CollectiveCase joined = dogCase().offer(c("d", 40, "7-1501", chase), result("d", STAFF, false)).orElseThrow();
        assertThat(joined.memberIds()).containsExactly("a", "b", "c", "d");
        assertThat(joined.category()).isEqualTo(NOISE);
        // an unsure guess of any category chases the case too
        assertThat(dogCase().offer(c("d", 40, "7-1501", "any update? still nothing here"),
                result("d", PLUMBING, true))).isPresent();
        // another building has no case to chase
        assertThat(dogCase().offer(c("d", 40, "6-1501", chase), result("d", STAFF, false))).isEmpty();
    }

    @Test
    void aFollowUpNamingItsOwnMatterOrChasingItsOwnComplaintStaysOut() {
        // sure it is plumbing: a tap of its own, however it chases
        assertThat(dogCase().offer(c("d", 40, "7-1501", "水龙头还没修好，什么时候来"), result("d", PLUMBING, false)))
                .isEmpty();
        // without a chasing word a staff-conduct complaint is its own matter
        assertThat(dogCase().offer(c("d", 40, "7-1501", "保安态度太差了"), result("d", STAFF, false))).isEmpty();
        // a flat that complained of something else in the window is chasing its own complaint
        CollectiveDetector d = dogCase();
        assertThat(d.offer(c("p", 35, "7-1501", "卫生间水龙头一直滴水"), result("p", PLUMBING, false))).isEmpty();
        assertThat(d.offer(c("d", 45, "7-1501", "还没人来？打了三次电话了"), result("d", STAFF, false))).isEmpty();
    }

    @Test
    void aComplaintIsIndividualWhenItNamesOnlyItsOwnRooms() {
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("卫生间地漏返臭味"))).isTrue();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("The bedroom AC is dripping"))).isTrue();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("还有谁家卫生间地漏返臭味？"))).isFalse();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("Anyone else smell drains in the bathroom?")))
                .isFalse();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("楼道的水渗进客厅了"))).isFalse();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("又停水了？"))).isFalse();
        // "too" and "the same" share the neighbours' matter
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("厨房半夜窸窸窣窣的，面包袋被咬破了"))).isTrue();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("我家厨房也有，半夜窸窸窣窣的，面包袋被咬破了")))
                .isFalse();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("Same here, the kitchen tap gives nothing")))
                .isFalse();
        // every room without water is the supply, not a fitting of the flat
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("早上起床厨房、卫生间都没水，马桶也冲不了")))
                .isFalse();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("厨房水龙头没水"))).isTrue();
        // the roof is the building's: its leak shows in the top flats' rooms
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("卧室天花板在往下滴，拿了三个盆接着"))).isTrue();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("顶楼漏水了！卧室天花板在往下滴，拿了三个盆接着")))
                .isFalse();
        assertThat(CollectiveDetector.individual(TextNormalizer.normalize("Water dripping from the bedroom ceiling, the roof must be leaking")))
                .isFalse();
    }

    @Test
    void topFloorFlatsTellingARoofLeakInTheirOwnRoomsOpenACase() {
        Category fabric = Category.of("building_fabric");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        // each tells the leak in its own rooms, without a character in common with the others, and names the roof
        assertThat(d.offer(c("a", 10, "1-3201", "顶楼漏雨了！卧室吊顶往下滴"), result("a", fabric, false))).isEmpty();
        assertThat(d.offer(c("b", 35, "1-3203", "客厅墙面发黑起皮，怀疑是屋面出问题"), result("b", fabric, false))).isEmpty();
        assertThat(d.offer(c("c", 60, "1-3204", "书房角落湿透，估计天台防水老化"), result("c", fabric, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c");
    }

    @Test
    void aFlatSayingItHasTheMatterTooOpensTheCaseWithoutNamingIt() {
        Category pests = Category.of("pests");
        // rats by the bin room, then a kitchen that has them "too" without naming them, then the ground floor
        CollectiveDetector d = twoSure(pests, "9-102", "昨晚在一楼垃圾房那边看到好几只老鼠", "9-201",
                "我家厨房也有，半夜橱柜后面窸窸窣窣的，早上发现面包袋被咬破了");
        assertThat(d.offer(c("c", 90, "9-103", "9栋一楼老鼠成灾了，垃圾房门关不上"), result("c", pests, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c");
        // without the "too" the kitchen is one flat's own matter, with no word of the others'
        CollectiveDetector e = twoSure(pests, "9-102", "昨晚在一楼垃圾房那边看到好几只老鼠", "9-201",
                "我家厨房半夜橱柜后面窸窸窣窣的，早上发现面包袋被咬破了");
        assertThat(e.offer(c("c", 90, "9-103", "9栋一楼老鼠成灾了，垃圾房门关不上"), result("c", pests, false))).isEmpty();
    }

    @Test
    void theCorpusClustersAreFoundWithTheirLabelledCategories() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        Map<String, String> gold = new HashMap<>();
        Map<String, String> found = new HashMap<>();
        for (var n : Corpus.lines()) {
            ComplaintText t = ComplaintLines.complaint(n);
            d.offer(t, Category.of(n.get("category").asText())).ifPresent(k -> k.memberIds()
                    .forEach(id -> found.put(id, k.caseId())));
            if (n.has("cluster")) {
                gold.put(t.id(), n.get("cluster").asText());
            }
        }
        double[] s = Evaluation.linkScores(gold, found);
        assertThat(s[0]).isGreaterThanOrEqualTo(0.9);
        assertThat(s[1]).isGreaterThanOrEqualTo(0.9);
    }

    /** Three flats of building 5 without water, sure of it: an open case after background traffic. */
    static CollectiveDetector waterCut() {
        CollectiveDetector d = twoSure(PLUMBING, "5-1203", "5栋停水了？家里一滴水都没有", "5-302", "一滴水都没有，什么时候来水");
        assertThat(d.offer(c("c", 30, "5-2101", "21楼也没水，是整栋楼都停了吗"), result("c", PLUMBING, false))).isPresent();
        return d;
    }

    @Test
    void aFaultThatHasLastedForDaysIsNotPartOfACaseThatOpenedHoursAgo() {
        // an exit sign dark for a week, told during a building's alarm: fire safety both, but another fault
        Category fire = Category.of("fire_safety");
        CollectiveDetector d = twoSure(fire, "12-1705", "stairwell smells of burning plastic, alarm ringing",
                "12-1802", "burning smell in the corridor and the alarm keeps ringing");
        assertThat(d.offer(c("c", 30, "12-2003", "alarm ringing on 20 too, smells like burning"), result("c", fire, false)))
                .isPresent();
        assertThat(d.offer(c("x", 40, "12-803", "The exit sign above the stair door has been dark for a week"),
                result("x", fire, false))).isEmpty();
        // said in the case's words it joins, however old
        assertThat(d.offer(c("y", 45, "12-905", "burning smell in the corridor and the alarm keeps ringing, for days now"),
                result("y", fire, false)).orElseThrow().memberIds()).contains("y");
        // a fault of days cannot open a case with today's fault either
        CollectiveDetector e = CollectiveDetector.create(CollectiveSettings.defaults());
        e.offer(c("o", 0, "3-101", "消防栓箱的玻璃碎了好久了"), result("o", fire, false));
        e.offer(c("p", 10, "3-202", "楼道里一股烧焦味，烟感在响"), result("p", fire, false));
        e.offer(c("q", 20, "3-303", "烟感一直在响，楼道有烧焦的味道"), result("q", fire, false));
        assertThat(e.offer(c("r", 25, "3-404", "楼道烧焦味好大，烟感报警了"), result("r", fire, false))
                .orElseThrow().memberIds()).containsExactly("p", "q", "r");
    }

    @Test
    void aNuisanceOfAMonthStillJoinsItsCaseAndTheFaultCategoriesAreSettings() {
        // a dog barking for a month is a chronic nuisance, not a fault with an onset
        assertThat(dogCase().offer(c("d", 40, "7-1501", "那条狗叫了一个多月了，天天晚上叫"), result("d", NOISE, false)))
                .isPresent();
        // a property that counts noise among its faults keeps it out
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults()
                .withFaults(java.util.Set.of(NOISE)));
        background(d, 0);
        d.offer(c("a", 10, "7-1203", "楼下的狗每天晚上叫到十二点，吵得睡不着"), result("a", NOISE, false));
        d.offer(c("b", 20, "7-1003", "那条狗一直叫一直叫，孩子明天考试"), result("b", NOISE, false));
        assertThat(d.offer(c("c", 30, "7-1104", "隔壁狗叫到现在，主人不在家"), result("c", NOISE, false))).isPresent();
        assertThat(d.offer(c("d", 40, "7-1501", "那条狗叫了一个多月了，天天晚上叫"), result("d", NOISE, false))).isEmpty();
    }

    @Test
    void anAffairOfOnesOwnJoinsOnlyInTheCasesWords() {
        Category fees = Category.of("fees");
        CollectiveDetector d = twoSure(fees, "4-1201", "楼下贴的公摊电费通知是什么意思？以前物业费里不是都包含了吗",
                "4-502", "对公摊电费单独收费有异议，没经过业主大会表决");
        assertThat(d.offer(c("c", 30, "4-1803", "公摊电费凭什么每平米加收0.6元"), result("c", fees, false))).isPresent();
        // an invoice of one's own: fees as well, but not the notice
        assertThat(d.offer(c("x", 40, "4-703", "去年交的款到现在发票一直没开，麻烦开个电子发票发我邮箱"), result("x", fees, false)))
                .isEmpty();
        // in the notice's words it is about the notice
        assertThat(d.offer(c("z", 45, "4-905", "公摊电费单独收费的话，发票怎么开？"), result("z", fees, false))).isPresent();
        // housekeeping of one's own apartment is not the tower's rubbish
        Category cleaning = Category.of("cleaning");
        CollectiveDetector e = twoSure(cleaning, "11-1203", "Bin room on 12 is overflowing, bags piled on the floor",
                "11-806", "rubbish has not been collected since Friday night, the bin room stinks");
        assertThat(e.offer(c("c", 30, "11-2102", "the garbage chute is blocked and the bin room smell is awful"),
                result("c", cleaning, false))).isPresent();
        assertThat(e.offer(c("y", 40, "11-1008", "Housekeeping skipped my apartment yesterday, towels unchanged and bed unmade"),
                result("y", cleaning, false))).isEmpty();
    }

    @Test
    void aPendingFollowUpCompletesTheGroupOfTheMatterItChases() {
        Category elevator = Category.of("elevator");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        d.offer(c("a", 10, "6-2302", "6栋两部电梯都不动了？等了十分钟"), result("a", elevator, false));
        d.offer(c("b", 20, "6-1704", "电梯显示屏黑屏，按钮无反应，要求尽快维修"), result("b", elevator, false));
        // an inquiry that only chases: alone it makes no third flat of the lift
        assertThat(d.offer(c("q", 25, "6-2605", "刚从26楼走下来，腿都软了。。。什么时候能好"), result("q", Category.of("inquiry"),
                false))).isEmpty();
        // the next lift complaint opens the case with it, and the case is the lift's
        CollectiveCase k = d.offer(c("e", 40, "6-903", "电梯坏了，爬楼上班"), result("e", elevator, false)).orElseThrow();
        assertThat(k.memberIds()).containsExactly("a", "b", "q", "e");
        assertThat(k.category()).isEqualTo(elevator);
        // two follow-ups and one complaint are not three flats of one matter
        CollectiveDetector f = CollectiveDetector.create(CollectiveSettings.defaults());
        f.offer(c("q1", 0, "6-101", "还没好？"), result("q1", Category.of("inquiry"), false));
        f.offer(c("q2", 5, "6-202", "什么时候能好"), result("q2", Category.of("inquiry"), false));
        assertThat(f.offer(c("e", 10, "6-303", "电梯坏了"), result("e", elevator, false))).isEmpty();
    }

    @Test
    void aTextOpeningWithAChaseFollowsUpTheCaseWhateverItsCategory() {
        // sure it is security (the queue at the entrance door), but it opens by chasing the lift
        CollectiveDetector d = waterCut();
        CollectiveCase k = d.offer(c("s", 40, "5-1808", "还没修好吗？楼下排队都排到单元门外面去了"),
                result("s", Category.of("security"), false)).orElseThrow();
        assertThat(k.memberIds()).contains("s");
        // after a log prefix too, and "same here" words
        assertThat(waterCut().offer(c("t", 40, "5-1707", "5栋1707来电：还是没水，孩子要上学"), result("t", Category.of("hvac"),
                false))).isPresent();
        assertThat(waterCut().offer(c("u", 40, "5-1606", "同问，21楼阳台上也是"), result("u", Category.of("greening"), false)))
                .isPresent();
        // a chase further on in a text about its own matter does not
        assertThat(waterCut().offer(c("v", 40, "5-1505", "家里的空调不制冷，还没人来修"), result("v", Category.of("hvac"), false)))
                .isEmpty();
    }

    @Test
    void followingUpIsWhatATextSaysFirst() {
        assertThat(CollectiveDetector.followsUp(TextNormalizer.normalize("还没修好吗？楼下排队"))).isTrue();
        assertThat(CollectiveDetector.followsUp(TextNormalizer.normalize("3栋602来电：还是没水"))).isTrue();
        assertThat(CollectiveDetector.followsUp(TextNormalizer.normalize("Any update? still nothing"))).isTrue();
        assertThat(CollectiveDetector.followsUp(TextNormalizer.normalize("...同问"))).isTrue();
        assertThat(CollectiveDetector.followsUp(TextNormalizer.normalize("空调坏了，还没人来修"))).isFalse();
        assertThat(CollectiveDetector.followsUp(TextNormalizer.normalize("还有谁家的快递柜打不开？"))).isFalse();
        assertThat(CollectiveDetector.followsUp(TextNormalizer.normalize(""))).isFalse();
    }

    @Test
    void theResponseCategoriesAreSettings() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults().withResponses(java.util.Set.of()));
        background(d, 0);
        d.offer(c("a", 10, "7-1203", "楼下的狗每天晚上叫到十二点，吵得睡不着"), result("a", NOISE, false));
        d.offer(c("b", 20, "7-1003", "那条狗一直叫一直叫，孩子明天考试"), result("b", NOISE, false));
        d.offer(c("c", 30, "7-1104", "隔壁狗叫到现在，主人不在家"), result("c", NOISE, false));
        // without response categories a sure staff-conduct complaint has a matter of its own (it does not open with the chase)
        assertThat(d.offer(c("d", 40, "7-1501", "服务中心电话一直占线，还没好？？"), result("d", STAFF, false))).isEmpty();
        assertThat(dogCase().offer(c("d", 40, "7-1501", "服务中心电话一直占线，还没好？？"), result("d", STAFF, false)))
                .isPresent();
    }

    @Test
    void settingsNameTheFieldTheyReject() {
        assertThatThrownBy(() -> CollectiveSettings.defaults().withFaults(null))
                .isInstanceOf(NullPointerException.class).hasMessage("faults must not be null");
        java.util.Set<Category> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> CollectiveSettings.defaults().withResponses(withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("responses must not contain null");
        assertThat(CollectiveSettings.defaults().faults()).isEqualTo(CollectiveSettings.DEFAULT_FAULTS)
                .contains(PLUMBING).doesNotContain(NOISE);
        assertThat(CollectiveSettings.defaults().withMinUnits(2).responses()).isEqualTo(CollectiveSettings.DEFAULT_RESPONSES);
    }

    @Test
    void aCaseTakesItsMatterInItsWordsForThreeWindowsAndChasesUntilTheNextMorningButNothingElse() {
        // the dog case's last member came at minute 30; a window is two hours
        CollectiveDetector d = dogCase();
        assertThat(d.offer(c("n", 200, "7-1601", "狗又在叫，叫了一晚上"), result("n", NOISE, false)).orElseThrow()
                .memberIds()).containsExactly("a", "b", "c", "n");
        // the same category in other words is another matter once the window has passed
        assertThat(dogCase().offer(c("m", 200, "7-1601", "KTV音响震耳欲聋"), result("m", NOISE, false)))
                .isEmpty();
        // the flat that is already a member adds nothing; three windows on, the case takes nobody
        assertThat(dogCase().offer(c("o", 200, "7-1104", "狗又在叫，叫了一晚上"), result("o", NOISE, false))).isEmpty();
        assertThat(dogCase().offer(c("p", 30 + 3 * 120 + 1, "7-1601", "狗又在叫，叫了一晚上"), result("p", NOISE, false)))
                .isEmpty();
        CollectiveDetector e = dogCase();
        CollectiveCase late = e.offer(c("f", 300, "7-1501", "还没好？？服务中心电话一直占线，打了五遍"), result("f", STAFF, false))
                .orElseThrow();
        assertThat(late.memberIds()).containsExactly("a", "b", "c", "f");
        assertThat(e.retained()).isLessThanOrEqualTo(2);
        // a chase still joins the next morning, until 14 hours after the last member
        assertThat(dogCase().offer(c("g", 30 + 3 * 120 + 1, "7-1501", "还没好？？服务中心电话一直占线"), result("g", STAFF, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c", "g");
        assertThat(dogCase().offer(c("h", 30 + 14 * 60, "7-1501", "还是没人管啊！！"), result("h", PLUMBING, true)))
                .isPresent();
        assertThat(dogCase().offer(c("i", 30 + 14 * 60 + 1, "7-1501", "还是没人管啊！！"), result("i", PLUMBING, true)))
                .isEmpty();
        // a complaint with a matter of its own is no chase: three windows on, it stays out
        assertThat(dogCase().offer(c("j", 30 + 3 * 120 + 1, "7-1501", "狗又在叫，叫了一晚上，还没人管"), result("j", NOISE, false)))
                .isEmpty();
    }

    @Test
    void aFlatSayingItIsLikeTheOthersFollowsUpTheCaseAndTheMorningAfterAWholeNightWithoutJoinsIt() {
        Category hvac = Category.of("hvac");
        Category inquiry = Category.of("inquiry");
        CollectiveDetector d = twoSure(hvac, "2-301", "2栋暖气是凉的吗？我家几组暖气片都冰凉", "2-1601", "2栋1601业主来电：暖气不热，室温17度");
        assertThat(d.offer(c("c", 30, "2-902", "暖气不热，打物业电话一直占线"), result("c", hvac, false))).isPresent();
        // "like the others" opens the text: a follow-up whatever its category
        assertThat(d.offer(c("d", 60, "2-1203", "Caller 2-1203: same as the others, wants to know when it is back"),
                result("d", inquiry, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
        // ten hours after the last member: "all night without" recalls the night's case, as "last night" does
        CollectiveCase morning = d.offer(c("e", 60 + 10 * 60, "2-702", "2栋702来电：和楼里其他家一样，一晚上没热，孩子都冻感冒了"),
                result("e", hvac, false)).orElseThrow();
        assertThat(morning.memberIds()).containsExactly("a", "b", "c", "d", "e");
        // a matter of its own told as lasting all night is no recall: the dog barking again, six hours on
        assertThat(dogCase().offer(c("f", 30 + 3 * 120 + 1, "7-1601", "狗又在叫，叫了一晚上"), result("f", NOISE, false)))
                .isEmpty();
    }

    @Test
    void aNeighbourAskingWhetherAnyoneKnowsWhatIsGoingOnJoinsTheCaseWhateverItsCategory() {
        Category lift = Category.of("elevator");
        Category security = Category.of("security");
        CollectiveDetector d = twoSure(lift, "6-1802", "6栋两部电梯都停了？按了半天没反应，显示屏是黑的",
                "6-2305", "6栋2305来电：电梯停运，家里老人在楼下上不来，23楼爬不动，要求尽快修。");
        assertThat(d.offer(c("c", 30, "6-1901", "电梯停了，卡在半中间，按对讲没人应"), result("c", lift, false)))
                .isPresent();
        // the text names no lift, and the classifier was unsure of it (security): "有人知道" asks the neighbours
        assertThat(d.offer(c("d", 45, "6-905", "刚拎着两个行李箱爬上9楼……有人知道什么情况吗"), result("d", security, true))
                .orElseThrow().memberIds()).contains("a", "b", "c", "d");
    }

    @Test
    void aFaultToldAsTheDayBeforeYesterdaysIsNotTheMorningsCase() {
        // the lift case opened this morning; a door sensor that caught a schoolbag two days ago predates it
        Category lift = Category.of("elevator");
        assertThat(liftCase(lift).offer(c("f", 30 + 4 * 60 + 30, "4-1101",
                "4栋1101来电：前天电梯关门时夹到孩子书包，门上感应好像不灵，请一并检查。"), result("f", lift, false))).isEmpty();
        assertThat(liftCase(lift).offer(c("g", 30 + 4 * 60 + 30, "4-1101", "电梯还没修好？上班都迟到了"),
                result("g", lift, false))).isPresent();
    }

    @Test
    void aDurationInASideRemarkOrAboutTheWaitDoesNotDateTheFault() {
        Category hvac = Category.of("hvac");
        CollectiveDetector d = twoSure(hvac, "6-1203", "6栋暖气片全凉了，屋里才15度", "6-302", "暖气不热，是不是停热了");
        assertThat(d.offer(c("c", 30, "6-2101", "21楼暖气也是凉的，整栋都这样吗"), result("c", hvac, false))).isPresent();
        // the days belong to the lobby lamp in the second sentence
        assertThat(d.offer(c("d", 40, "6-902", "暖气片今天早上彻底凉了，孩子有点感冒。另外大堂那盏灯坏了好几天了"),
                result("d", hvac, false))).isPresent();
        // "放了好久" is how long the tap ran, not how old the fault is
        CollectiveDetector w = waterCut();
        assertThat(w.offer(c("e", 40, "5-2501", "水来了，但是黄的，放了好久还有锈色"), result("e", PLUMBING, false))).isPresent();
        assertThat(CollectiveDetector.firstSentence("abc. def")).isEqualTo("abc");
        assertThat(CollectiveDetector.firstSentence("3.5 m of water")).isEqualTo("3.5 m of water");
        assertThat(CollectiveDetector.firstSentence("凉了！另外")).isEqualTo("凉了");
    }

    @Test
    void aComplaintAboutLastNightJoinsTheNightsCaseTheNextMorning() {
        // the dog case's last member came at minute 30 (07:30); the next morning is 24 hours on
        CollectiveDetector d = dogCase();
        CollectiveCase k = d.offer(c("m", 30 + 10 * 60, "7-1601", "昨晚那条狗又叫到一点多，物业到底管不管"), result("m", NOISE, false))
                .orElseThrow();
        assertThat(k.memberIds()).containsExactly("a", "b", "c", "m");
        // without "last night" it is a new matter, and so is last night's matter of another category
        assertThat(dogCase().offer(c("n", 30 + 10 * 60, "7-1601", "那条狗又叫到一点多，物业到底管不管"), result("n", NOISE, false)))
                .isEmpty();
        assertThat(dogCase().offer(c("p", 30 + 10 * 60, "7-1601", "昨晚楼下的车被划了"), result("p", Category.of("security"),
                false))).isEmpty();
        // an evening case is recalled the next morning: up to fourteen hours, not after
        assertThat(dogCase().offer(c("r", 30 + 14 * 60, "7-1601", "昨晚那条狗又叫到一点多"), result("r", NOISE, false)))
                .isPresent();
        assertThat(dogCase().offer(c("q", 30 + 14 * 60 + 1, "7-1601", "昨晚那条狗又叫到一点多"), result("q", NOISE, false)))
                .isEmpty();
    }

    @Test
    void aFlatSayingTheFaultGoesOnJoinsTheNightsCaseTheNextMorningIfOfItsCategory() {
        Category lift = Category.of("elevator");
        // the lift case's last member came at minute 30 (07:30); eleven hours on is the evening
        CollectiveDetector d = liftCase(lift);
        assertThat(d.offer(c("d", 30 + 11 * 60, "4-2202", "早上电梯还是停的，今天还得上班，到底几点能修好？"), result("d", lift, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
        // "still" of another category is another matter; without a word of "still" the lift is a new fault
        assertThat(liftCase(lift).offer(c("e", 30 + 11 * 60, "4-2202", "热水还是不热，洗不了澡"), result("e", Category.of("hvac"),
                false))).isEmpty();
        assertThat(liftCase(lift).offer(c("f", 30 + 11 * 60, "4-2202", "电梯按钮失灵，按了没反应"), result("f", lift, false)))
                .isEmpty();
        // up to fourteen hours after the last member, not after; the case's own flats add no flat
        assertThat(liftCase(lift).offer(c("g", 30 + 14 * 60, "4-2202", "电梯还是停的"), result("g", lift, false))).isPresent();
        assertThat(liftCase(lift).offer(c("h", 30 + 14 * 60 + 1, "4-2202", "电梯还是停的"), result("h", lift, false))).isEmpty();
        assertThat(liftCase(lift).offer(c("i", 30 + 11 * 60, "4-1202", "电梯还是停的"), result("i", lift, false))).isEmpty();
        // an entrance door that still will not shut, nine hours on
        Category security = Category.of("security");
        CollectiveDetector door = twoSure(security, "11-1002", "11栋大门刷卡没反应，人脸也识别不了", "11-603",
                "单元门现在一推就开，锁是不是坏了？");
        assertThat(door.offer(c("c", 30, "11-1801", "门禁坏了，外卖员直接上楼敲门"), result("c", security, false))).isPresent();
        assertThat(door.offer(c("d", 30 + 9 * 60, "11-1203", "晚上单元门还是关不上！今晚谁值班？"), result("d", security, false))
                .orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aLateInquiryAboutAMatterOfItsOwnDoesNotJoinByTheWordsItShares() {
        Category lift = Category.of("elevator");
        Category inquiry = Category.of("inquiry");
        List<ClassifierScore> feesNext = List.of(new ClassifierScore(Category.of("fees"), 0.01));
        List<ClassifierScore> liftNext = List.of(new ClassifierScore(lift, 0.01));
        // three hours on, an inquiry whose runner-up is fees shares the members' words (老人下不了楼) but asks
        // about paying the fee
        assertThat(liftCase(lift).offer(c("d", 30 + 3 * 60, "4-1102", "老人下不了楼，物业费能用支付宝交吗"),
                result("d", inquiry, false, feesNext))).isEmpty();
        // the same words from an inquiry whose runner-up is the lifts chase the case
        assertThat(liftCase(lift).offer(c("e", 30 + 3 * 60, "4-1102", "老人下不了楼，电梯能用了吗"),
                result("e", inquiry, false, liftNext))).isPresent();
    }

    private static CollectiveDetector liftCase(Category lift) {
        CollectiveDetector d = twoSure(lift, "4-1801", "4栋电梯怎么停了？两部都显示故障", "4-1202",
                "4栋1202来电：两部电梯都停了，老人下不了楼");
        assertThat(d.offer(c("c", 30, "4-705", "电梯还没好吗？外卖都送不上来"), result("c", lift, false))).isPresent();
        return d;
    }

    @Test
    void aFlatSayingTheSupplyIsBackJoinsTheNightsCaseTheNextMorningUnlessOnlyItHasTheMatter() {
        // the water cut's last member came at minute 30 (07:30); ten hours on is the evening
        CollectiveCase k = waterCut().offer(c("m", 30 + 10 * 60, "5-1404", "早上来水了，但是水是黄的，放了半天才清"),
                result("m", PLUMBING, false)).orElseThrow();
        assertThat(k.memberIds()).containsExactly("a", "b", "c", "m");
        // the flat's own tap, mended; and the one flat still without water when the others have it
        assertThat(waterCut().offer(c("n", 30 + 10 * 60, "5-1404", "厨房水龙头修好了，但是又开始滴水"),
                result("n", PLUMBING, false))).isEmpty();
        assertThat(waterCut().offer(c("o", 30 + 10 * 60, "5-1404", "楼里来水了，就我家还是一滴都没有，邻居家都好了"),
                result("o", PLUMBING, false))).isEmpty();
    }

    @Test
    void aFlatAskingWhetherEveryoneHasItFollowsUpTheCaseWhateverItsCategory() {
        CollectiveCase k = waterCut().offer(c("t", 40, "5-1404", "楼上楼下都一样吗？我还以为是我家总阀的问题"),
                result("t", NOISE, false)).orElseThrow();
        assertThat(k.memberIds()).contains("t");
        assertThat(waterCut().offer(c("u", 40, "5-1405", "Is everyone on 14 like this? I thought it was just my valve"),
                result("u", NOISE, false))).isPresent();
    }

    @Test
    void aPlusOneOrAskingHowLongToWaitChasesTheCase() {
        Category inquiry = Category.of("inquiry");
        assertThat(waterCut().offer(c("p", 40, "5-1404", "+1 还要等多久啊？家里老人等着做饭"), result("p", inquiry, true)))
                .isPresent();
        assertThat(waterCut().offer(c("q", 40, "5-1405", "到底要等到什么时候，孩子放学回来没水洗澡"), result("q", inquiry, true)))
                .isPresent();
        // an unsure question of its own, with no chase, is not the case's
        assertThat(waterCut().offer(c("r", 40, "5-1406", "请问装修押金如何退还"), result("r", inquiry, true))).isEmpty();
    }

    @Test
    void aThankYouNoteNeitherOpensNorJoinsACase() {
        Category other = Category.of("other");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        assertThat(d.offer(c("t", 0, "5-1601", "谢谢3号岗的小王帮我把老人扶上楼 👍"), result("t", other, false))).isEmpty();
        assertThat(d.offer(c("a", 100, "5-1002", "5栋宽带是不是都断了？我家光猫红灯一直在闪"), result("a", other, false))).isEmpty();
        CollectiveCase k = d.offer(c("b", 106, "5-1803", "我家也是，电视也看不了，孩子网课上到一半断了"), result("b", other, false))
                .or(() -> d.offer(c("c", 110, "5-603", "5栋网络和有线电视都没信号了"), result("c", other, false)))
                .orElseThrow();
        assertThat(k.memberIds()).doesNotContain("t");
        assertThat(d.offer(c("u", 120, "5-1201", "Thank you to the night team for helping my mother upstairs"),
                result("u", other, false))).isEmpty();
        // thanks for nothing is a complaint, and chases the case
        assertThat(CollectiveDetector.thanks(TextNormalizer.normalize("Thanks for nothing. Still no internet"))).isFalse();
        assertThat(CollectiveDetector.thanks(TextNormalizer.normalize("Thanksgiving party upstairs, music till 2"))).isFalse();
        assertThat(CollectiveDetector.thanks(TextNormalizer.normalize("3栋602来电：谢谢保安帮忙搬东西"))).isTrue();
    }

    @Test
    void askingWhetherAnyoneIsWorkingOnItChasesTheCase() {
        Category staff = Category.of("staff_conduct");
        assertThat(waterCut().offer(c("w", 40, "5-1404", "Is anyone working on this?? Called the desk three times"),
                result("w", staff, false))).isPresent();
    }

    @Test
    void aNightSpentWithTheFaultOrTheFaultMendedTheNextMorningJoinsTheNightsCase() {
        // kept awake all night by the dog: last night's matter, said without "last night"
        assertThat(dogCase().offer(c("m", 30 + 10 * 60, "7-1601", "The barking kept me awake all night, second time this week"),
                result("m", NOISE, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "m");
        assertThat(dogCase().offer(c("n", 30 + 10 * 60, "7-1601", "狗一晚上都在叫，早上起来头疼"), result("n", NOISE, false)))
                .isPresent();
        // the door works again in the morning, but stood open all night: the night's case
        Category security = Category.of("security");
        CollectiveDetector door = twoSure(security, "11-1002", "11栋大门刷卡没反应，人脸也识别不了", "11-603",
                "单元门现在一推就开，锁是不是坏了？");
        assertThat(door.offer(c("c", 30, "11-1801", "门禁坏了，外卖员直接上楼敲门"), result("c", security, false))).isPresent();
        assertThat(door.offer(c("d", 30 + 12 * 60, "11-1203", "早上单元门又能刷了，能不能调监控看看有没有可疑的人进来"),
                result("d", security, false)).orElseThrow().memberIds()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void askingWhetherItIsFixedChasesTheCase() {
        Category inquiry = Category.of("inquiry");
        assertThat(waterCut().offer(c("f", 40, "5-1404", "Lukewarm now. Fixed or not?"), result("f", inquiry, true)))
                .isPresent();
        assertThat(waterCut().offer(c("g", 40, "5-1405", "修好没？孩子放学回来要洗澡"), result("g", inquiry, true))).isPresent();
        // three hours after the last member, of the case's category and sure of it: a chase in its own words
        assertThat(waterCut().offer(c("h", 30 + 3 * 60, "5-1406", "水压还是很小，到底修好没？"), result("h", PLUMBING, false)))
                .isPresent();
        // without a chase it is another fault of the trade
        assertThat(waterCut().offer(c("i", 30 + 3 * 60, "5-1406", "水压很小，洗澡都冲不干净"), result("i", PLUMBING, false)))
                .isEmpty();
    }

    @Test
    void hoursLaterAFlatWithTheOtherSideOfTheBuildingsFaultIsNotPartOfIt() {
        Category hvac = Category.of("hvac");
        CollectiveDetector d = twoSure(hvac, "2-1204", "2栋的暖气是不是停了？我家暖气片摸着冰凉的", "2-605", "家里所有暖气片都不热，是不是全楼的问题");
        assertThat(d.offer(c("c", 30, "2-1702", "+1，1702也是凉的，孩子冻得穿羽绒服"), result("c", hvac, false))).isPresent();
        // three hours after the last member: a radiator valve dripping while the flat is warm is its own fault
        assertThat(d.offer(c("d", 30 + 3 * 60, "2-403", "我家暖气倒是热的，就是暖气阀门那里一直在滴水"), result("d", hvac, false)))
                .isEmpty();
        // while a flat that is still cold joins
        assertThat(d.offer(c("e", 30 + 3 * 60 + 5, "2-301", "暖气不热，上周就温吞吞的，今天彻底凉了"), result("e", hvac, false)))
                .isPresent();
    }

    @Test
    void aFlatOpeningWithMineTooTiesTheNeighboursComplaintsInTheirOwnRoomsIntoOneCase() {
        Category fabric = Category.of("building_fabric");
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        background(d, 0);
        assertThat(d.offer(c("a", 10, "5-2602", "顶楼漏雨了！卧室天花板在滴水，拿盆接着呢"), result("a", fabric, false))).isEmpty();
        assertThat(d.offer(c("b", 40, "5-2604", "雨水从外墙渗进来，客厅墙面湿了一大片"), result("b", fabric, false))).isEmpty();
        // the two share no word and each is in its own rooms; the third says the neighbours' matter is its own
        assertThat(d.offer(c("c", 95, "5-2501", "我家也是，窗框下面那面墙一直往下流水，是不是整栋楼外墙都有问题？"),
                result("c", fabric, false)).orElseThrow().memberIds()).containsExactlyInAnyOrder("a", "b", "c");
        // without the opening, a third flat's own matter in its own rooms stays apart
        CollectiveDetector e = CollectiveDetector.create(CollectiveSettings.defaults());
        background(e, 0);
        e.offer(c("a", 10, "5-2602", "顶楼漏雨了！卧室天花板在滴水，拿盆接着呢"), result("a", fabric, false));
        e.offer(c("b", 40, "5-2604", "雨水从外墙渗进来，客厅墙面湿了一大片"), result("b", fabric, false));
        assertThat(e.offer(c("c", 95, "5-2501", "厨房吊柜的柜门掉了一扇"), result("c", fabric, false))).isEmpty();
    }

    @Test
    void askingWhetherItCanBeUsedAgainChasesTheCase() {
        Category inquiry = Category.of("inquiry");
        assertThat(waterCut().offer(c("f", 40, "5-1404", "请问现在能用了吗？下午要洗衣服"), result("f", inquiry, false)))
                .isPresent();
    }

    @Test
    void aChaseOfItsOwnRoomsMatterOfAnotherKindDoesNotJoin() {
        // session 39, round 37: opening with "still waiting" is no follow-up on the water cut when the flat names
        // its own bedroom's window
        assertThat(waterCut().offer(c("g", 40, "5-1404",
                "Still waiting for someone to fix the bedroom window latch I reported. Nobody even replied."),
                result("g", Category.of("doors_windows"), false))).isEmpty();
        // a chase of its own rooms in the case's matter still joins
        assertThat(waterCut().offer(c("h", 40, "5-1505", "Still waiting, the kitchen tap has nothing either"),
                result("h", PLUMBING, false))).isPresent();
    }

    @Test
    void sayingLikeOthersIsAskingAboutTheNeighboursMatter() {
        // session 39, round 37: hours after the tower's surcharge notice, "like others today" is that notice
        Category fees = Category.of("fees");
        CollectiveDetector d = threeFlats(fees, "9-1207", "Found a notice under my door about a winter heating surcharge",
                "9-2305", "What is this extra heating surcharge? Nobody mentioned it when I signed",
                "9-806", "Is the heating surcharge for everyone or only some apartments?");
        assertThat(d.offer(c("x", 30 + 4 * 60, "9-508", "508 asks, like others today, whether it is final"),
                result("x", fees, false))).isPresent();
    }
}
