package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ComplaintText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Detects collective complaints in a stream: complaints about the same matter from at least
 * {@link CollectiveSettings#minUnits()} distinct flats of the same place within the window open a
 * case; later complaints about the same matter in that place join it while it is active (its last
 * member is less than a window ago). The place is the building (or its configured zone); for
 * complaints without a building, a shared facility named in the text (car park, gate, garden,
 * playground, pool, gym), else the estate. A complaint from a new flat about the case's matter that
 * arrives after the window, up to {@value #FOLLOW_UP_WINDOWS} windows after the case's last member,
 * still joins when a tenth of its terms, weighted by their rarity, occur in the members' texts
 * ({@link #lateJoins}). A complaint without a flat (a patrol's log of the building's pump, a caller who gave
 * none) is no household's: it neither opens, joins nor completes a case, whatever its words.
 *
 * <p>Two complaints are about the same matter when one's category is the other's category or one
 * of its plausible alternatives, or their texts are similar ({@link CollectiveSettings#similarity()}).
 * A case takes the category most of its sure members share. A later complaint joins it by category
 * when the case's category is plausible for it, or its own category is plausible for a sure member
 * of the case's category: members of another category do not widen the case. A complaint that
 * places its matter inside its own flat (a bathroom, a kitchen fitting) with no word that others
 * share it must also share words with the case (see {@link #INDIVIDUAL_SHARE}): a dripping tap is
 * not part of the building's water cut. So must a complaint whose runner-up category, not its
 * category, is the case's (a dark stairwell during the building's blackout). A complaint the classifier was unsure of
 * ({@code needsReview}), or put in one of {@link CollectiveSettings#responses()}, also joins a case
 * when a fifth of its terms, weighted by their rarity in the recent stream, occur in the case's
 * members; it never lets others join by its own unsure category.
 * A complaint that asks whether the neighbours have the matter too ("还有谁", "anyone else") or
 * chases a matter under way ("还没好?", "any update?") joins whatever its category when it shares a
 * tenth of its other words with the case. A chasing complaint with no matter of its own (classified
 * as one of {@link CollectiveSettings#responses()}: staff conduct, an inquiry or other by default; or
 * unsure), or one whose text opens with the chase or a "same here" word ("还没修好吗？楼下排队都排到单元门外面
 * 去了", "同问"), from a new flat with nothing else pending in the place joins the place's active case
 * that was added to last, whatever its words: "还没好？？电话一直占线" is about the outage its neighbours
 * reported; a case takes such follow-ups for {@value #FOLLOW_UP_WINDOWS} windows after its last
 * member, or until {@value #RECALL_HOURS} hours after it when that is longer (the next morning's
 * "还是没网啊！！"). Such a follow-up written before the case opened counts as one of its flats once the flats
 * of the matter itself are one short of {@link CollectiveSettings#minUnits()}; it does not give the
 * case its category. A complaint from a new flat that says "昨晚" or "last night" and is about the
 * case's matter by category (or has no matter of its own) joins the place's latest case up to
 * {@value #RECALL_HOURS} hours after its last member; so does one saying the supply is back ("早上来水了，
 * 但是黄的").
 *
 * <p>A complaint of one of {@link CollectiveSettings#faults()} that says its fault has lasted for
 * days ("好几天了", "for a week") is another fault than a case that opened hours ago: it joins only
 * when its text is similar to a member's or a member says so too, and it opens no case with today's
 * complaints unless their texts are similar. So does a complaint of any category that says the
 * neighbours do not have the matter ("就我家总闸一合上就跳，邻居家都好了", "only my flat"), and one that
 * tells of the other side of a utility's matter than the case's members ({@link #supply(String)}: a
 * dripping tap while the building has no water). Affairs of one's own (an invoice, a parcel, the
 * housekeeping of one's apartment) count like one's own rooms: they must share words with the case.
 *
 * <p>A group of pending complaints that may open a case is a chain: a complaint belongs to it when it
 * is coherent with any member, not only with the complaint that completes it ({@link #chain}); before it
 * opens a case, a member that names kinds of a nuisance category and none of those the majority of the
 * members naming one name leaves it ({@link #withoutOtherKinds}). When a case opens, the pending
 * complaints of its place that were unsure, in their own rooms but in the
 * case's words, or that opened by saying the neighbours' matter is theirs too ("同感", "同问", "same
 * here"), join it.
 *
 * <p>Only complaints of the last window are kept (for active cases, their members of the last
 * window, plus at most {@value #MAX_LISTED} listed ids; a case whose members have all left the
 * window is kept, without them, for follow-ups until {@value #FOLLOW_UP_WINDOWS} windows and for
 * complaints about last night until {@value #RECALL_HOURS} hours after its last member), so memory is
 * bounded by the window (and the cases of the last hours), not by the length of the stream; term rarity is counted in a fixed table whose counts halve every
 * {@value #DF_HALF_LIFE} complaints.
 *
 * <p>Implementation requirements: not thread-safe (one detector per stream); complaints must be
 * offered in non-decreasing {@code receivedAt} order.
 *
 * @since 0.1
 */
public final class CollectiveDetector {
    /** The score from which an alternative category counts as a plausible matter. */
    static final double PLAUSIBLE = 0.05;
    /** How many member ids and flats a case lists; later members are counted but not listed. */
    static final int MAX_LISTED = 500;
    /** How many distinct terms of its members' texts a case keeps for complaints that arrive after its window. */
    static final int MAX_WORDS = 400;
    /** The rarity-weighted share of its terms an uncertain complaint must have in common with a case. */
    static final double SHARED_WEIGHT = 0.2;
    /** Complaints after which every document frequency halves, so they describe the recent stream. */
    static final int DF_HALF_LIFE = 4096;
    /**
     * The share of its terms an {@link #individual} complaint must have in common with a case: a
     * low bar that keeps out an unrelated fault of one flat while the neighbours report theirs, but
     * lets in the flats that describe the shared fault in their own rooms.
     */
    static final double INDIVIDUAL_SHARE = 0.05;
    /**
     * The rarity-weighted share of its terms a complaint arriving after the case's window must have in
     * common with the words of all the case's members ({@link #lateJoins}).
     */
    static final double LATE_SHARE = 0.1;
    /** The share of its terms a complaint that asks about the neighbours must have in common with a case. */
    static final double ASKS_SHARE = 0.1;
    /**
     * Words saying the flat has the neighbours' matter too, or asking whether everyone has it ("我家也",
     * "same here", "楼上楼下都一样吗？"): asking words ({@link #ASKS_OTHERS}) that also make a text opening
     * with them a follow-up ({@link #FOLLOW_UPS}).
     */
    private static final String[] MINE_TOO = {"邻居家也", "我家也", "我们家也", "same thing", "same here", "same problem",
            "same issue", "楼上楼下都", "是不是都一样", "都一样吗", "都是这样吗", "is everyone", "is it everyone", "is it the whole",
            "和楼里其他家一样", "跟楼里其他家一样", "和其他家一样", "跟其他家一样", "和别人家一样", "跟别人家一样", "和大家一样",
            "跟大家一样", "和邻居家一样", "跟邻居家一样", "和邻居一样", "跟邻居一样", "same as the others", "same as others",
            "same as everyone", "same as my neighbours", "same as my neighbors", "same as the neighbours",
            "same as the neighbors", "like everyone else", "like the others", "like others", "like other residents",
            "like other tenants", "like my neighbours", "like my neighbors", "as others have", "和其他业主一样",
            "跟其他业主一样", "像其他业主一样",
            "what my neighbours", "what my neighbors", "same question"};
    /** Words that ask whether others have the matter too, or say they do ("还有谁", "anyone else", "same here"). */
    private static final String[] ASKS_OTHERS = java.util.stream.Stream.concat(java.util.stream.Stream.of("还有谁",
            "还有别人", "有人知道", "有谁知道", "谁知道",
            "别人家", "只有我家", "只有我们家", "就我家", "是不是都", "大家", "都这样", "群里", "整栋", "全楼", "这栋楼",
            "整层", "anyone else", "anyone know", "anybody know", "everyone", "everybody", "just me", "my neighbours too",
            "my neighbors too", "my neighbours also", "my neighbors also", "my neighbours as well", "my neighbors as well",
            "whole building", "whole tower", "whole block", "what's going on", "whats going on"),
            java.util.Arrays.stream(MINE_TOO)).toArray(String[]::new);
    /**
     * Words that chase a matter already under way ("还没好", "怎么还", "any update", "still waiting"):
     * a neighbour following up on the case, often without naming the matter again.
     */
    private static final String[] CHASES = {"还没好", "还没修", "还没来", "还没恢复", "还没解决", "还没人",
            "还没有人", "还没通", "怎么还", "到现在还", "现在还", "还是没", "还是不", "还是一样", "还是凉", "还是黑", "还在响",
            "还在叫", "有人管吗", "有没有人管", "没人管", "有人来吗", "来没来", "到了没", "什么时候能好", "什么时候修",
            "什么时候恢复", "什么时候来", "要多久", "总算", "终于好", "终于来", "any update", "any news", "an update",
            "still waiting", "still nothing", "still no", "still not", "still off", "still out", "still down", "eta",
            "how long", "when will", "nobody came", "no one came", "no one has come", "nobody has come",
            "anyone coming", "is someone coming", "is anyone coming", "back on yet", "fixed yet", "仍无", "仍未", "仍然没",
            "仍没", "还停着", "还是停", "still stopped", "能修好吗", "能修完吗", "修好了吗", "修完了吗", "恢复了吗", "好了没",
            "啥时候好", "啥时候能好", "何时恢复", "何时能", "几点能", "多久能", "is it back", "back yet", "any idea when", "when is it",
            "anyone working on this", "anyone working on it", "still broken", "fixed or not", "is it fixed", "修好没", "修了没",
            "同问", "同上", "能用了吗", "可以用了吗", "能用了没", "能坐了吗",
            "我们也是", "我这也", "我这边也", "us too", "me too", "同感", "+1", "等多久", "还要等", "等到什么时候"};
    /**
     * The chases that say the fault goes on ("还是停的", "still no water"), not that nobody answers: told the morning
     * after by a new flat of the case's category, they are about the night's case ({@link #recalled}).
     */
    private static final WordList STILL = new WordList("还没好", "还没修好", "还没恢复", "还是没", "还是不", "还是一样", "还是凉",
            "还是黑", "还是停", "还停着", "还是只有", "还是断", "还断着", "还是关不", "还是开着", "还是坏", "还是打不开", "还是用不了",
            "仍无", "仍未", "仍然没", "仍没",
            "still no", "still not", "still off", "still out", "still down", "still broken", "still stopped", "still dead",
            "still open", "still won't", "still cold", "still ice cold", "still freezing");
    /** {@link #ASKS_OTHERS} and {@link #CHASES} in one automaton: one pass over the text finds both. */
    private static final WordList ASKS_OR_CHASES = new WordList(java.util.stream.Stream
            .concat(java.util.Arrays.stream(ASKS_OTHERS), java.util.Arrays.stream(CHASES)).toArray(String[]::new));
    /**
     * The words that make a text that opens with them a follow-up on the building's matter: the chases and
     * the "same here" words ("我家也是", "同问"). Asking words that go on to name a matter ("还有谁家的快递柜
     * 打不开？") are not among them.
     */
    private static final WordList FOLLOW_UPS = new WordList(java.util.stream.Stream
            .concat(java.util.Arrays.stream(CHASES), java.util.Arrays.stream(MINE_TOO)).toArray(String[]::new));
    /**
     * The words that make a text that opens with them a thank-you note ("谢谢3号岗的小王…", "Thank you to the night
     * team…"): it reports no matter, so it neither opens nor joins a case. "Thanks for nothing" is a complaint.
     */
    private static final WordList THANKS = new WordList("谢谢", "感谢", "多谢", "thank you", "thanks", "many thanks",
            "big thanks");
    private static final Map<String, Pattern> FACILITIES = facilities();
    /**
     * A room or fitting of one's own flat, or an affair of one's own (one's invoice, parcel, car, key card, the
     * housekeeping of one's apartment): a complaint naming one is about that flat unless its words say otherwise.
     * Supply points where a building's outage shows in every flat (a tap, a toilet, a socket) are not in it.
     */
    private static final WordList IN_FLAT = new WordList("卫生间", "厨房", "卧室", "客厅", "阳台", "书房", "浴室", "洗手间",
            "淋浴", "花洒", "洗手盆", "面盆", "水槽", "浴霸", "bathroom", "kitchen", "bedroom", "living room", "balcony",
            "shower", "sink", "my apartment", "my flat", "my room", "my door", "housekeeping", "发票", "invoice", "receipt",
            "快递", "包裹", "外卖", "parcel", "package", "takeaway", "my car", "我的车", "电瓶", "自行车", "my bike",
            "my bicycle", "key card", "钥匙");
    /**
     * Words saying the matter has lasted for days or longer ("好几天了", "for a week") or began the day before
     * yesterday (前天): a fault told so predates a case that opened hours ago.
     */
    private static final WordList OLD = new WordList("好几天", "几天了", "好多天", "多天了", "一个星期", "一个多星期", "一周了",
            "一个礼拜", "一个多礼拜", "好久了", "很久了", "半个月", "一个月", "一个多月", "几个月", "好几个月", "一段时间了",
            "for days", "for a week", "for weeks", "for a month", "for months", "for over a week", "all week", "several days",
            "a few days", "few days now", "since last week", "for ages", "前天", "the day before yesterday");
    /**
     * A common area, the building, words that others have the matter too, or a question whether the
     * supply is cut or under maintenance ("是不是停了", "is there maintenance"): what a neighbour asks
     * from inside a flat during the building's outage. "Too" and "the same" ("我家厨房也有", "same here")
     * say the flat shares the neighbours' matter. The roof ("顶楼漏水了", "怀疑屋面渗漏") is the building's:
     * its leak shows in the top flats' rooms.
     */
    private static final WordList SHARED_PLACE = new WordList("楼道", "走廊", "楼梯", "电梯", "大堂", "大厅", "大门", "单元门",
            "地库", "车库", "地下室", "水泵", "配电", "整栋", "全楼", "楼里", "整层", "这栋", "别人家", "邻居家也", "我家也",
            "也没", "也停", "也是", "还有谁", "大家", "好几家", "好多人", "corridor", "hallway", "stairwell", "stairs",
            "lobby", "lift", "elevator", "building", "tower", "anyone else", "everyone", "everybody", "just me", "neighbours",
            "neighbors", "是不是停", "是否停", "是不是在检修", "是不是在维修", "是不是在修", "maintenance going on",
            "maintenance is going on", "any maintenance", "is there maintenance", "scheduled maintenance", "也有", "也一样",
            "也这样", "我这也", "我们也是", "same here", "same problem", "same issue", "us too", "me too", "都没水", "都没有水",
            "全没水", "都停水", "都没电", "全没电", "all the taps", "every tap", "none of the taps", "no water anywhere",
            "顶楼", "楼顶", "屋面", "屋顶", "天台", "roof");

    /**
     * Words saying the neighbours do not have the matter ("邻居家都好了", "the neighbours are fine",
     * "only my flat"): the complaint is about its own flat, like a fault told as days old.
     */
    private static final String[] ONLY_MINE = {"邻居家都好", "邻居家都有", "邻居家都正常", "邻居家没事",
            "邻居都好", "邻居都有电", "邻居都有水", "邻居都正常", "邻居没事", "别人家都好", "别人家都有", "别人家都正常",
            "别人家没事", "其他家都好", "其他家都有", "其他家都正常", "就我家一户", "只有我家一户", "neighbours are fine",
            "neighbors are fine", "neighbours are ok", "neighbors are ok", "neighbours are okay", "neighbors are okay",
            "neighbours are all fine", "neighbors are all fine", "everyone else is fine", "only my flat",
            "only my apartment", "just my flat", "just my apartment", "我家有水，", "我家有电，", "我家有水,", "我家有电,",
            "我家有水。", "我家有电。", "我家是有水", "我家是有电", "停水没关系", "停电没关系", "停水无关", "停电无关",
            "i have water", "we have water", "i have power", "we have power", "其他插座都正常", "其他插座正常",
            "其它插座都正常", "其它插座正常", "别的插座都正常", "别的插座正常", "other sockets are fine",
            "other sockets work", "the other sockets are fine", "the other sockets work"};

    /**
     * Words telling of a supply lost (no water, no power, no heat, a lift that stopped): one side of a
     * utility's matter ({@link #supply(String)}).
     */
    private static final String[] LACK = {"没水", "停水", "无水", "不出水", "没有水", "一滴水都没", "一滴都没",
            "一滴水也没", "一滴也没", "水都没有", "水也没有", "水压小", "水压低", "没电",
            "停电", "断电", "全黑", "没热水", "不热", "冰凉", "凉的", "不制热", "不动了", "停了", "都停", "no water", "no hot water",
            "no power", "no electricity", "power cut", "power is out", "lukewarm", "stone cold", "no heat", "not working",
            "out of service", "dead"};
    /**
     * Words telling of too much (a leak, a drip, a blocked or overflowing drain, a breaker that trips under a load,
     * "空调一开家里就跳闸"): the other side. A trip alone ("只有我家跳闸了吗？", "是不是进水跳闸了") may be the
     * building's power cut as its flat first sees it.
     */
    private static final String[] EXCESS = {"滴水", "一直滴", "漏水", "在漏", "渗水", "往下滴", "堵了", "堵住", "下水慢",
            "返水", "冒水", "往上冒", "一直流", "流个不停", "哗哗", "就跳闸", "leak", "leaking", "drip", "dripping", "blocked",
            "clogged", "overflow", "keeps running", "won't stop running"};

    /**
     * Which side of a utility's matter a text tells of: a supply lost ("一滴水都没有", "no hot water") or
     * too much (a dripping tap, a blocked drain). The two are different matters even in one category
     * and one building at one hour: a flat's dripping tap is not part of the building's water cut, nor
     * a cold flat part of a leaking riser. Used by {@link #joins} and {@link #coherent}: a complaint of
     * the other side joins or opens a case only with a similar text.
     *
     * @param norm the normalised text
     * @return -1 for a supply lost, +1 for too much, 0 for neither or both
     */
    static int supply(String norm) {
        return supply(ownAndSupply(norm));
    }

    private static int supply(int tags) {
        boolean lack = (tags & LACKS) != 0;
        boolean excess = (tags & EXCEEDS) != 0;
        return lack == excess ? 0 : lack ? -1 : 1;
    }

    private static final int ONLY = 1;
    private static final int LACKS = 2;
    private static final int EXCEEDS = 4;
    /** {@link #ONLY_MINE}, {@link #LACK}, {@link #EXCESS} and "一滴" in one automaton: one pass finds them all. */
    private static final TermAutomaton OWN_AND_SUPPLY = TermAutomaton.of(java.util.stream.Stream.of(
            java.util.Arrays.stream(ONLY_MINE), java.util.Arrays.stream(LACK), java.util.Arrays.stream(EXCESS),
            java.util.stream.Stream.of("一滴")).flatMap(x -> x).toList());

    /**
     * One pass over a text: {@link #ONLY} when it says the neighbours do not have the matter,
     * {@link #LACKS} and {@link #EXCEEDS} for the sides of a utility's matter. A drip word that
     * "一滴" starts ("一滴水都没有": not a drop) is no drip.
     */
    private static int ownAndSupply(String norm) {
        int lackFrom = ONLY_MINE.length;
        int excessFrom = lackFrom + LACK.length;
        int drop = excessFrom + EXCESS.length;
        int[] tags = {0};
        java.util.BitSet drops = new java.util.BitSet();
        java.util.List<int[]> drips = new java.util.ArrayList<>(2);
        // a drip word's start and length
        OWN_AND_SUPPLY.scan(norm, (p, at) -> {
            int len = OWN_AND_SUPPLY.length(p);
            if (p == drop) {
                drops.set(at);
            } else if (Terms.isTermAt(norm, at, len)) {
                if (p < lackFrom) {
                    tags[0] |= ONLY;
                } else if (p < excessFrom) {
                    tags[0] |= LACKS;
                } else {
                    drips.add(new int[] {at, len});
                }
            }
        });
        for (int[] d : drips) {
            // "一滴水": the drip word "滴水" starts inside "一滴"
            if (d[0] == 0 || !drops.get(d[0] - 1)) {
                tags[0] |= EXCEEDS;
            }
        }
        return tags[0];
    }

    /**
     * What causes a nuisance, by kind: music and parties, dogs, plant and pumps, footsteps and furniture,
     * car and other alarms, a television, a quarrel, works. Two complaints of a
     * {@link CollectiveSettings#nuisances()} category that each name a kind, and no kind in common, are two
     * matters unless their texts are similar ({@link #coherent}, {@link #joins}). A nuisance category without
     * a list of its own ({@link #CLEANING}, {@link #SECURITY}, {@link #FEES}) is told by these.
     */
    private static final String[][] NOISES = {
            {"派对", "聚会", "开趴", "唱歌", "唱k", "ktv", "蹦迪", "音响", "音乐", "喝酒", "划拳", "party", "music", "bass",
                    "karaoke", "singing", "dj"},
            {"狗", "犬", "dog", "dogs", "bark", "barks", "barking", "howling"},
            {"水泵", "泵房", "机器", "机房", "设备", "低频", "发电机", "风机", "pump", "pumps", "machine", "machinery",
                    "generator", "hum", "humming", "drone", "droning", "plant room"},
            {"跳绳", "跑跳", "蹦跳", "在蹦", "蹦来蹦去", "跺脚", "跑来跑去", "拖椅子", "拖凳子", "拖桌子", "拖家具", "脚步声", "弹珠",
                    "footsteps", "stomping", "dragging", "furniture", "jumping"},
            {"防盗器", "报警器", "在报警", "报警声", "car alarm", "alarm going off", "alarm keeps", "alarm has been"},
            {"电视", "tv", "television"},
            {"吵架", "打架", "争吵", "摔东西", "arguing", "argument", "quarrel", "quarrelling"},
            {"装修", "电钻", "电锤", "砸墙", "施工", "drilling", "drill", "hammering", "construction", "renovation"}};

    /**
     * What a cleaning matter is about, by kind: the bins and their collection, vomit and excrement, fallen
     * leaves, small ads and graffiti, building debris. The building's bins left unemptied and a lift someone
     * was sick in are two matters of one morning.
     */
    private static final String[][] CLEANING = {
            {"垃圾房", "垃圾桶", "垃圾站", "垃圾箱", "垃圾池", "垃圾车", "清运", "收垃圾", "垃圾没收", "垃圾没人收", "bin", "bins",
                    "bin room", "bin store", "bin area", "rubbish room", "trash room", "garbage room", "collection"},
            {"呕吐", "有人吐", "谁吐", "人吐了", "狗吐了", "猫吐了", "孩子吐了", "小孩吐了", "吐了一", "吐在", "吐得",
                    "狗屎", "狗粪", "粪便", "大便", "便便", "尿", "vomit", "puke", "poop", "poo", "dog mess",
                    "dog dirt", "excrement", "faeces", "feces", "urine", "pee"},
            {"落叶", "树叶", "leaves"},
            {"小广告", "涂鸦", "传单", "graffiti", "flyers", "leaflets", "stickers"},
            {"建筑垃圾", "装修垃圾", "rubble", "debris"}};

    /**
     * What a security matter is about, by kind: the entrance and its access control, a stranger or someone
     * at a door, a theft, the cameras. The lobby's card readers failing and someone trying a flat's door
     * handle are two matters of one evening.
     */
    private static final String[][] SECURITY = {
            {"门禁", "刷卡", "门卡", "人脸", "刷脸", "单元门", "对讲", "key card", "keycard", "access card", "fob",
                    "entrance", "intercom", "face recognition", "lobby door", "lobby gate", "main door", "front door",
                    "entrance door", "locked out", "大门", "楼门", "门开着", "门一直开着", "门大开", "门敞着", "门一直敞着",
                    "门关不上", "合不上", "锁不上", "held open", "propped open", "wedged open", "door open", "door is open",
                    "door was open", "door wide open", "door was wide open"},
            {"陌生人", "可疑", "门把手", "撬", "尾随", "跟踪", "偷窥", "stranger", "strangers", "suspicious", "handle",
                    "prowler", "loitering", "followed"},
            {"偷", "被盗", "失窃", "stolen", "theft", "thief", "stole"},
            {"监控", "录像", "cctv", "footage"}};

    /**
     * What a fee matter is about, by kind: an invoice or receipt, a payment taken twice or a refund, a
     * claim for damages, a shared cost or the maintenance fund, a price rise, a late fee. A flat asking for
     * its invoice is not one of the building's complaints about a shared-cost notice.
     */
    private static final String[][] FEES = {
            {"发票", "收据", "invoice", "receipt", "fapiao"},
            {"扣了两", "交了两", "付了两", "缴了两", "扣两次", "重复扣", "重复缴", "重复交", "多扣", "退一笔", "退回一笔", "退一次",
                    "charged twice", "double charged", "double-charged", "debited twice", "taken twice", "paid twice"},
            {"赔偿", "索赔", "compensation", "compensate"},
            {"分摊", "公摊", "维修基金", "能耗", "apportion", "apportioned", "sinking fund", "maintenance fund"},
            {"涨价", "调价", "涨了", "price rise", "price increase", "increase"},
            {"滞纳金", "late fee", "late fees", "penalty"}};

    /**
     * What a heating, cooling or ventilation matter is about, by kind: the room's warmth or coolness (radiators and
     * air conditioning are one: a tower's units heat and cool), an extractor fan or the kitchen flue, the hot water.
     * A bathroom fan that rattles is not part of the afternoon's complaints that the air conditioning blows warm.
     */
    private static final String[][] HVAC = {
            {"暖气", "供暖", "地暖", "采暖", "暖片", "片子", "空调", "冷气", "制冷", "radiator", "radiators", "heating",
                    "heater", "heat", "air con", "aircon", "air conditioning", "air-con", "ac", "a/c", "cooling"},
            {"排风扇", "排气扇", "换气扇", "排风", "新风", "烟道", "油烟机", "抽油烟机", "extractor", "extractor fan",
                    "exhaust fan", "ventilation", "range hood", "cooker hood", "flue"},
            {"热水", "热水器", "hot water", "boiler", "shower"}};

    /**
     * What a matter of the category other is about, by kind: the building's broadband, television or phone
     * signal, something lost or found. Keys handed in at the desk are not part of the evening's complaints that
     * the building's broadband is down.
     */
    private static final String[][] OTHER = {
            {"断网", "网断", "没网", "上不了网", "网络", "宽带", "wifi", "wi-fi", "光猫", "路由器", "电视", "有线", "信号", "运营商",
                    "电信", "联通", "internet", "broadband", "router", "signal", "cable tv", "tv"},
            {"捡到", "拾到", "失物", "失主", "丢了", "丢失", "遗失", "钥匙", "钱包", "lost and found", "lost property", "keys",
                    "wallet"}};

    /**
     * What a pests matter is about, by kind: ants and termites, cockroaches, rats and mice, mosquitoes and their
     * larvae, flies and gnats, bees and wasps, caterpillars, snakes. Flying insects, bugs (飞虫, 虫子) name no kind: a
     * swarm of flying ants is told so too. Cockroaches in one flat's kitchen are not part of the evening's complaints
     * that a swarm of flying ants has come into the building.
     */
    private static final String[][] PESTS = {
            {"蚂蚁", "飞蚁", "白蚁", "蚁", "ant", "ants", "termite", "termites", "flying ants"},
            {"蟑螂", "小强", "cockroach", "cockroaches", "roach", "roaches"},
            {"老鼠", "鼠", "耗子", "rat", "rats", "mouse", "mice", "rodent", "rodents"},
            {"蚊子", "孑孓", "mosquito", "mosquitoes", "mosquitos"},
            {"苍蝇", "果蝇", "蠓虫", "houseflies", "fruit flies", "gnats"},
            {"蜜蜂", "马蜂", "黄蜂", "胡蜂", "蜂窝", "蜂巢", "bee", "bees", "wasp", "wasps", "hornet", "hornets"},
            {"毛毛虫", "毛虫", "caterpillar", "caterpillars"},
            {"蛇", "snake", "snakes"}};

    private static final Sources NOISE_SOURCES = new Sources(NOISES, 0);
    private static final Map<String, Sources> SOURCES = Map.of(
            "cleaning", new Sources(CLEANING, Sources.BITS),
            "security", new Sources(SECURITY, 2 * Sources.BITS),
            "fees", new Sources(FEES, 3 * Sources.BITS),
            "hvac", new Sources(HVAC, 4 * Sources.BITS),
            "other", new Sources(OTHER, 5 * Sources.BITS),
            "pests", new Sources(PESTS, 6 * Sources.BITS));

    /**
     * One category's kinds of source and the bits they take: {@value #BITS} bits from {@code shift}, so
     * that kinds of different categories never count as the same.
     */
    private static final class Sources {
        static final int BITS = 8;
        private final TermAutomaton words;
        private final int[] kind;
        private final int shift;

        Sources(String[][] kinds, int shift) {
            if (kinds.length > BITS || shift % BITS != 0 || shift + BITS > Long.SIZE) {
                throw new IllegalArgumentException("at most " + BITS + " kinds in a whole block of " + BITS
                        + " bits of a long, got " + kinds.length + " kinds from bit " + shift);
            }
            this.words = TermAutomaton.of(java.util.Arrays.stream(kinds).flatMap(java.util.Arrays::stream).toList());
            this.kind = java.util.stream.IntStream.range(0, kinds.length)
                    .flatMap(k -> java.util.stream.IntStream.generate(() -> k).limit(kinds[k].length)).toArray();
            this.shift = shift;
        }

        /** The bits of this category's kinds. */
        long mask() {
            return BLOCK << shift;
        }

        long in(String norm) {
            long[] kinds = {0};
            words.scan(norm, (p, at) -> {
                if (Terms.isTermAt(norm, at, words.length(p)) && !mistakenFor(norm, at, shift == 0)) {
                    kinds[0] |= 1L << (shift + kind[p]);
                }
            });
            return kinds[0];
        }
    }

    /**
     * The kinds of nuisance source a text names ({@link #NOISES}), one bit each; 0 for none. A source
     * named as what one first took the noise for ("还以为谁家在装修", "I thought it was my fridge") or as what it
     * sounds like ("banging in the pipes, like someone hammering") is not named: the clause says it is not that.
     *
     * @param norm the normalised text
     * @return the bits
     */
    static long sources(String norm) {
        return NOISE_SOURCES.in(norm);
    }

    /**
     * The kinds of source a text of the category names: its own list's ({@link #CLEANING},
     * {@link #SECURITY}, {@link #FEES}) or, for another category, the noises'.
     *
     * @param norm the normalised text
     * @param category the complaint's category
     * @return the bits, in the category's own range
     */
    static long sources(String norm, Category category) {
        return SOURCES.getOrDefault(category.id(), NOISE_SOURCES).in(norm);
    }

    /**
     * Whether the clause before {@code at} says one first took the noise for something ("以为", "thought") or, with
     * {@code similes} (the noises' kinds), that it sounds like someone doing it ("like someone", "as if someone"): a
     * stranger who "looked like someone trying the handles" is still named.
     */
    private static boolean mistakenFor(String norm, int at, boolean similes) {
        int clause = Terms.clauseStart(norm, at);
        for (String word : similes ? MISTAKEN_OR_LIKE : MISTAKEN) {
            int i = norm.indexOf(word, clause);
            if (i >= 0 && i + word.length() <= at) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> MISTAKEN = List.of("以为", "thought");
    private static final List<String> MISTAKEN_OR_LIKE = java.util.stream.Stream.concat(MISTAKEN.stream(),
            java.util.stream.Stream.of("like someone", "like somebody", "as if someone", "as though someone")).toList();

    private static final long BLOCK = (1L << Sources.BITS) - 1;

    /** Whether two sets of source kinds name, for some category, each a kind of it and none in common. */
    private static boolean otherSource(long a, long b) {
        for (int shift = 0; shift < Long.SIZE; shift += Sources.BITS) {
            long x = (a >>> shift) & BLOCK;
            long y = (b >>> shift) & BLOCK;
            if (x != 0 && y != 0 && (x & y) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the complaint names, for some category, a kind of it and none of those the case names
     * ({@link #sources(OpenCase)}).
     */
    private static boolean otherKind(OpenCase c, Entry e) {
        return e.sources() != 0 && otherSource(e.sources(), sources(c));
    }

    /**
     * The source kinds the case's members of the last window name or, for each category none of them names a
     * kind of, those its members named before ("发票还没开出来" two hours into a shared-cost notice's complaints,
     * after the last window's only member said "这个月又来个电费", or "上个月是垃圾清运费", which names a kind of
     * cleaning, not of fees).
     */
    private static long sources(OpenCase c) {
        long kinds = 0;
        for (Entry m : c.recent) {
            kinds |= m.sources();
        }
        for (int shift = 0; shift < Long.SIZE; shift += Sources.BITS) {
            if (((kinds >>> shift) & BLOCK) == 0) {
                kinds |= c.sources & (BLOCK << shift);
            }
        }
        return kinds;
    }

    /**
     * Whether the kinds a complaint names as of the case's category ({@code kinds}) share one with those the case
     * names, or the case names none: "家里一半插座没电，电闸推上去又掉下来", other its runner-up at no score, names
     * no kind of other and is not part of the evening's complaints that the building's broadband is down. Asked only
     * of a case of a response category: other, inquiry or staff conduct is the runner-up of many a text for want of
     * a better, while a runner-up of a matter's category ("same floor, can confirm. people are smoking out in the
     * corridor too", neighbour dispute first, noise second, at a party) tells the matter though the text names none
     * of its kinds.
     */
    private static boolean namesCaseKind(OpenCase c, long kinds) {
        long own = sources(c) & SOURCES.getOrDefault(c.category.id(), NOISE_SOURCES).mask();
        return own == 0 || (kinds & own) != 0;
    }

    /**
     * The sign of the supply words of the case's members of the last window or, when they balance or have none, of
     * every member's: "水龙头拧开只有气" alone in the last window of a building's water cut names no side, and a
     * cistern that runs on ("马桶水箱一直哗哗漏水") is still not the cut's matter.
     */
    private static int supply(OpenCase c) {
        int recent = Integer.signum(c.recentSupply);
        return recent != 0 ? recent : Integer.signum(c.supply);
    }

    /** Fixed words found in one pass over a normalised text, English ones as whole words ({@link Terms#isTermAt}). */
    private static final class WordList {
        private final TermAutomaton automaton;

        WordList(String... words) {
            automaton = TermAutomaton.of(List.of(words));
        }

        boolean foundIn(String norm) {
            boolean[] found = {false};
            automaton.scan(norm, (p, at) -> found[0] |= Terms.isTermAt(norm, at, automaton.length(p)));
            return found[0];
        }

        /** The index of the first occurrence, or -1. */
        int firstAt(String norm) {
            int[] first = {-1};
            automaton.scan(norm, (p, at) -> {
                if ((first[0] < 0 || at < first[0]) && Terms.isTermAt(norm, at, automaton.length(p))) {
                    first[0] = at;
                }
            });
            return first[0];
        }

        /** The text with every occurrence blanked out, or null when there is none. */
        String without(String norm) {
            char[][] blanked = {null};
            automaton.scan(norm, (p, at) -> {
                if (Terms.isTermAt(norm, at, automaton.length(p))) {
                    if (blanked[0] == null) {
                        blanked[0] = norm.toCharArray();
                    }
                    java.util.Arrays.fill(blanked[0], at, at + automaton.length(p), ' ');
                }
            });
            return blanked[0] == null ? null : new String(blanked[0]);
        }
    }

    private final CollectiveSettings settings;
    private final Map<String, ArrayDeque<Entry>> pending = new HashMap<>();
    private final Map<String, List<OpenCase>> open = new HashMap<>();
    private Instant last = Instant.MIN;
    /** Document frequencies of terms over the recent stream, by hash: a fixed table, flat memory. */
    private final int[] frequencies = new int[1 << 16];
    private int documents;

    /**
     * {@code runnerUp}: the classifier's best alternative, whatever its score; null when it gave none. {@code alone}:
     * it says the neighbours do not have the matter ({@link #ONLY_MINE}), which {@code old} also counts.
     * {@code runnerUpSources}: the kinds of source the text names as of its runner-up, when that is a response and a
     * nuisance category ({@link #askedOfRunnerUp}), 0 otherwise.
     */
    private record Entry(String id, String unit, Instant at, Category category, Set<Category> plausible,
                         Set<String> grams, Set<String> terms, List<String> rules, boolean uncertain,
                         boolean individual, String asksRest, boolean old, boolean opensAsk, int supply,
                         Category runnerUp, boolean alone, long sources, long runnerUpSources) {
        /**
         * For a complaint that asks whether the neighbours have the matter too or chases it, the
         * Chinese bigrams and English words of the rest of its text (what it asks about: single
         * characters say too little), computed when needed; null for any other complaint.
         */
        Set<String> asksAbout() {
            return asksRest == null ? null : CollectiveDetector.grams(asksRest);
        }
    }

    private static final class OpenCase {
        final String id;
        final String place;
        final Category category;
        /** The plausible categories of the members of the case's category that opened it. */
        final Set<Category> plausible;
        final Instant openedAt;
        final String reason;
        /** Members of the last window, compared with newcomers. */
        final ArrayDeque<Entry> recent = new ArrayDeque<>();
        /** Member ids and flats, capped at {@link #MAX_LISTED}; {@code count} counts every member. */
        final List<String> ids = new ArrayList<>();
        final Set<String> units = new LinkedHashSet<>();
        /** Rule id to the distinct flats of the members it fired on, each capped at {@link #MAX_LISTED}. */
        final Map<String, Set<String>> unitsByRule = new java.util.LinkedHashMap<>();
        /** The terms of every member's text, capped at {@link #MAX_WORDS}: the case's matter after its members left the window. */
        final Set<String> words = new java.util.HashSet<>();
        int count;
        Instant lastAt;

        /** The sum of {@link Entry#supply()} over {@link #recent}. */
        int recentSupply;
        /** The sum of {@link Entry#supply()} over every member: the case's side of a utility's matter once its members left the window. */
        int supply;
        /** The source kinds every member named: the case's kind of matter once those members left the window. */
        long sources;
        /**
         * Immutable copies of {@link #ids}, {@link #units} and {@link #unitsByRule} for {@link #snapshot()},
         * made when first needed after a change: once the lists are full, a long case's snapshots share them.
         */
        private List<String> listedIds;
        private List<String> listedUnits;
        private Map<String, List<String>> listedByRule;

        void add(Entry e) {
            recent.addLast(e);
            recentSupply += e.supply();
            supply += e.supply();
            sources |= e.sources();
            for (String t : e.terms()) {
                if (words.size() >= MAX_WORDS) {
                    break;
                }
                words.add(t);
            }
            count++;
            if (ids.size() < MAX_LISTED) {
                ids.add(e.id());
                listedIds = null;
            }
            if (!e.unit().isEmpty() && units.size() < MAX_LISTED && units.add(e.unit())) {
                listedUnits = null;
            }
            if (!e.unit().isEmpty()) {
                for (String r : e.rules()) {
                    Set<String> s = unitsByRule.computeIfAbsent(r, k -> new LinkedHashSet<>());
                    if (s.size() < MAX_LISTED && s.add(e.unit())) {
                        listedByRule = null;
                    }
                }
            }
            lastAt = e.at();
        }

        OpenCase(String id, String place, Category category, Set<Category> plausible, Instant openedAt,
                 String reason) {
            this.id = id;
            this.place = place;
            this.category = category;
            this.plausible = plausible;
            this.openedAt = openedAt;
            this.reason = reason;
        }

        CollectiveCase snapshot() {
            String why = count > ids.size() ? reason + "; " + count + " members in all, the first " + ids.size()
                    + " listed" : reason;
            if (listedIds == null) {
                listedIds = List.copyOf(ids);
            }
            if (listedUnits == null) {
                listedUnits = List.copyOf(units);
            }
            if (listedByRule == null) {
                Map<String, List<String>> byRule = new java.util.LinkedHashMap<>();
                unitsByRule.forEach((k, v) -> byRule.put(k, List.copyOf(v)));
                listedByRule = byRule;
            }
            return new CollectiveCase(id, place, category, openedAt, listedIds, listedUnits, why, listedByRule);
        }
    }

    private CollectiveDetector(CollectiveSettings settings) {
        this.settings = settings;
    }

    /**
     * A detector with the given settings.
     *
     * @param settings the settings
     * @return a new, empty detector
     */
    public static CollectiveDetector create(CollectiveSettings settings) {
        return new CollectiveDetector(Objects.requireNonNull(settings, "settings must not be null"));
    }

    /**
     * Offers the next complaint of the stream.
     *
     * @param complaint the complaint
     * @param category its category (as classified)
     * @return the case it opened or joined, as it stands now; empty when it is (so far) individual
     * @throws IllegalArgumentException if it arrived before the previous complaint
     */
    public Optional<CollectiveCase> offer(ComplaintText complaint, Category category) {
        Objects.requireNonNull(category, "category must not be null");
        return offer(complaint, category, Set.of(category), List.of(), false, null);
    }

    /**
     * Offers the next complaint of the stream with its classification: the category and the
     * alternatives scoring at least {@value #PLAUSIBLE} count as plausible matters, so a complaint
     * the classifier hesitated about can still join its neighbours' case.
     *
     * @param complaint the complaint
     * @param result its classification
     * @return the case it opened or joined, as it stands now; empty when it is (so far) individual
     * @throws IllegalArgumentException if it arrived before the previous complaint
     */
    public Optional<CollectiveCase> offer(ComplaintText complaint, ClassificationResult result) {
        Objects.requireNonNull(result, "result must not be null");
        Set<Category> plausible = new java.util.HashSet<>();
        Category category = result.classification().category();
        plausible.add(category);
        for (var alt : result.alternatives()) {
            if (alt.score() >= PLAUSIBLE) {
                plausible.add(alt.category());
            }
        }
        Category runnerUp = result.alternatives().isEmpty() ? null : result.alternatives().get(0).category();
        return offer(complaint, category, plausible, result.firedRules(),
                result.classification().needsReview(), runnerUp);
    }

    private Optional<CollectiveCase> offer(ComplaintText complaint, Category category, Set<Category> plausible,
                                           List<String> rules, boolean uncertain, Category runnerUp) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Instant at = complaint.receivedAt().toInstant();
        if (at.isBefore(last)) {
            throw new IllegalArgumentException("complaints must be offered in receivedAt order: " + complaint.id()
                    + " at " + complaint.receivedAt() + " is before " + last);
        }
        last = at;
        evict(at);
        String norm = TextNormalizer.normalize(complaint.text());
        if (thanks(norm)) {
            return Optional.empty();
        }
        Set<String> terms = terms(norm);
        count(terms);
        if (!complaint.hasUnit()) {
            // no flat, no household: a patrol's or an anonymous caller's report is not one of a case's flats; its
            // words still count towards their rarity in the stream
            return Optional.empty();
        }
        String place = place(complaint, norm);
        String asksRest = ASKS_OR_CHASES.without(norm);
        int tags = ownAndSupply(norm);
        boolean alone = (tags & ONLY) != 0;
        boolean own = alone || (settings.faults().contains(category) && OLD.foundIn(firstSentence(norm)));
        Entry e = new Entry(complaint.id(), complaint.unit(), at, category, Set.copyOf(plausible), grams(terms), terms,
                rules, uncertain, individual(norm), asksRest, own, asksRest != null && followsUp(norm), supply(tags),
                runnerUp, alone, settings.nuisances().contains(category) ? sources(norm, category) : 0,
                askedOfRunnerUp(runnerUp) ? sources(norm, runnerUp) : 0);
        Duration window = settings.window();
        for (OpenCase c : open.getOrDefault(place, List.of())) {
            if (!at.isAfter(c.lastAt.plus(window))
                    && joins(c, e)) {
                c.add(e);
                return Optional.of(c.snapshot());
            }
        }
        for (OpenCase c : open.getOrDefault(place, List.of())) {
            if (at.isAfter(c.lastAt.plus(window)) && !at.isAfter(c.lastAt.plus(followUpWindow()))
                    && lateJoins(c, e)) {
                c.add(e);
                return Optional.of(c.snapshot());
            }
        }
        ArrayDeque<Entry> queue = pending.computeIfAbsent(place, k -> new ArrayDeque<>());
        OpenCase chased = chased(open.getOrDefault(place, List.of()), queue, e);
        List<OpenCase> cases = open.getOrDefault(place, List.of());
        if (chased == null && !cases.isEmpty()) {
            // the word scan only where the place has a case to recall
            chased = recalled(cases, e, norm);
        }
        if (chased != null) {
            chased.add(e);
            return Optional.of(chased.snapshot());
        }
        List<Entry> group = new ArrayList<>();
        for (Entry p : queue) {
            if (sameMatter(p, e) && coherent(p, e)) {
                group.add(p);
            }
        }
        chain(queue, group, e);
        if (!follower(e)) {
            // pending follow-ups from other flats complete a group of the matter they chase
            Set<String> real = new java.util.HashSet<>();
            for (Entry g : group) {
                real.add(g.unit());
            }
            real.add(e.unit());
            real.remove("");
            if (real.size() >= settings.minUnits() - 1) {
                for (Entry p : queue) {
                    if (follower(p) && !group.contains(p) && !real.contains(p.unit())) {
                        group.add(p);
                    }
                }
                group.sort(java.util.Comparator.comparing(Entry::at));
            }
        }
        group.add(e);
        Set<String> units = units(group);
        if (units.size() >= settings.minUnits() && withoutOtherKinds(group)) {
            if (!group.contains(e)) {
                // the newcomer names another kind than most of those it would open the case with
                queue.addLast(e);
                return Optional.empty();
            }
            units = units(group);
        }
        if (units.size() >= settings.minUnits()) {
            Entry first = group.get(0);
            Duration span = Duration.between(first.at(), at);
            Category matter = matter(group, e);
            Set<Category> matterPlausible = new java.util.HashSet<>();
            for (Entry g : group) {
                if (g.category().equals(matter) && (!g.uncertain() || g == e)) {
                    matterPlausible.addAll(g.plausible());
                }
            }
            String reason = String.format(Locale.ROOT, "%d distinct flats of %s (%s) reported the same matter (%s) "
                    + "within %d min", units.size(), place, String.join(", ", units), matter, span.toMinutes());
            OpenCase c = new OpenCase("CC-" + first.id(), place, matter, Set.copyOf(matterPlausible), at, reason);
            group.forEach(c::add);
            List<Entry> unsure = new ArrayList<>();
            for (Entry p : queue) {
                // one that names another kind of the matter than the case ("When will the heating be turned
                // on?" before an evening of no hot water) is not its neighbours' matter
                if (!group.contains(p) && (sharesMatter(c, p) || ownRoomsOfTheMatter(c, p)
                        || (p.opensAsk() && newFlat(c, p)) || byRunnerUp(c, p))
                        && !otherKind(c, p)) {
                    unsure.add(p);
                }
            }
            if (!unsure.isEmpty()) {
                // Uncertain neighbours who wrote before the case opened join it too, in arrival order, as do
                // flats that opened by saying the neighbours' matter is theirs too ("同感，…", "same here") and
                // flats whose runner-up is the case's category and that would have joined it open (byRunnerUp).
                // The latter join whatever their category: "同感，整栋楼都在震" is about the works next door.
                group.addAll(unsure);
                group.sort(java.util.Comparator.comparing(Entry::at));
                c = new OpenCase("CC-" + group.get(0).id(), place, matter, Set.copyOf(matterPlausible), at, reason);
                group.forEach(c::add);
            }
            queue.removeAll(group);
            open.computeIfAbsent(place, k -> new ArrayList<>()).add(c);
            return Optional.of(c.snapshot());
        }
        queue.addLast(e);
        return Optional.empty();
    }

    /**
     * Grows a group that is still short of {@link CollectiveSettings#minUnits()} flats by the pending
     * complaints of the newcomer's matter that are coherent ({@link #coherent}) with a member of the
     * group, not necessarily with the newcomer: "隔壁砸墙把我家卧室墙震裂了" shares its words with "天天砸墙"
     * but none with "楼下装修电钻声吵死人", which "天天砸墙" agrees with. Each pair of neighbours in the chain
     * is one matter; the newcomer's own test ({@link #coherent}) is no stricter than theirs.
     */
    private void chain(ArrayDeque<Entry> queue, List<Entry> group, Entry e) {
        Set<String> units = new java.util.HashSet<>();
        for (Entry g : group) {
            units.add(g.unit());
        }
        units.add(e.unit());
        units.remove("");
        if (units.size() >= settings.minUnits() || group.isEmpty()) {
            return;
        }
        List<Entry> candidates = new ArrayList<>();
        for (Entry p : queue) {
            if (!group.contains(p) && sameMatter(p, e)) {
                candidates.add(p);
            }
        }
        int before = group.size();
        boolean grown = true;
        while (grown && !candidates.isEmpty()) {
            grown = false;
            for (Iterator<Entry> it = candidates.iterator(); it.hasNext(); ) {
                Entry p = it.next();
                for (Entry g : group) {
                    if (sameMatter(p, g) && coherent(p, g)) {
                        group.add(p);
                        it.remove();
                        grown = true;
                        break;
                    }
                }
            }
        }
        if (group.size() > before) {
            group.sort(java.util.Comparator.comparing(Entry::at));
        }
    }

    /** The distinct flats of a group's members, in order. */
    private static Set<String> units(List<Entry> group) {
        Set<String> units = new LinkedHashSet<>();
        for (Entry g : group) {
            if (!g.unit().isEmpty()) {
                units.add(g.unit());
            }
        }
        return units;
    }

    /**
     * Removes from a group about to open a case the members that name, for some category, kinds of it and none of
     * those more than half of the members naming a kind of it name: a bike stolen from the bike room that afternoon
     * is not part of the evening's complaints that the lobby's card readers fail, though a member that names no kind
     * ("the reader beeps red for my card") chained them. Kinds named by equally many members are all the group's;
     * where no kind has such a majority (a year-end bill's late fee told by two flats, its rise by one and a
     * parking fee taken twice by another), or the members name none, everyone stays.
     *
     * @return whether a member was removed
     */
    private static boolean withoutOtherKinds(List<Entry> group) {
        long top = 0;
        for (int shift = 0; shift < Long.SIZE; shift += Sources.BITS) {
            int[] votes = new int[Sources.BITS];
            int most = 0;
            int naming = 0;
            for (Entry g : group) {
                long kinds = (g.sources() >>> shift) & BLOCK;
                naming += kinds != 0 ? 1 : 0;
                for (int k = 0; k < Sources.BITS; k++) {
                    if ((kinds & (1L << k)) != 0) {
                        most = Math.max(most, ++votes[k]);
                    }
                }
            }
            for (int k = 0; 2 * most > naming && k < Sources.BITS; k++) {
                if (votes[k] == most) {
                    top |= 1L << (shift + k);
                }
            }
        }
        long named = top;
        return group.removeIf(g -> otherSource(g.sources(), named));
    }

    /**
     * How many complaints and cases the detector holds; for tests and monitoring.
     *
     * @return pending complaints plus members of active cases
     */
    public int retained() {
        int n = 0;
        for (ArrayDeque<Entry> q : pending.values()) {
            n += q.size();
        }
        for (List<OpenCase> cs : open.values()) {
            for (OpenCase c : cs) {
                n += c.recent.size();
            }
        }
        return n;
    }

    /**
     * How many windows after its last member a case still takes follow-ups ({@link #chased}): a
     * "还没修好吗？" four hours into a lift outage is about the lifts, though too late to open a case.
     */
    static final int FOLLOW_UP_WINDOWS = 3;

    /**
     * How many hours after its last member a case takes complaints about last night ({@link #recalled}):
     * the next morning's "Following last night: when will the alarm system be fixed?".
     */
    static final int RECALL_HOURS = 14;
    /**
     * Words saying the supply is back or the fault mended ("早上来水了，但是黄的", "power is back"): told by a
     * new flat the morning after, they are about the night's case, like {@link #LAST_NIGHT}.
     */
    private static final WordList RESTORED = new WordList("来水了", "来电了", "有水了", "有电了", "恢复供水", "恢复供电",
            "恢复了", "修好了", "又能用了", "又能刷了", "又好了", "water is back", "water's back", "power is back", "power's back",
            "back on", "working again");
    private static final WordList LAST_NIGHT = new WordList("昨晚", "昨天晚上", "昨夜", "昨天夜里", "后半夜", "一晚上没",
            "一整晚没", "一整夜没", "一夜没", "整晚没", "整夜没", "一晚上都", "一整晚", "整晚都", "一整夜", "整夜都", "last night",
            "overnight", "during the night", "in the night", "all night", "the whole night", "went on until",
            "kept going until", "持续到", "一直到凌晨", "响到凌晨", "吵到凌晨");

    /**
     * The case a complaint about last night recalls: a complaint from a new flat that says "last
     * night" (or that it went without all night: "一晚上没热") or that the supply is back
     * ({@link #RESTORED}), is not about its own rooms, does not say only its flat has the matter and is
     * about the case's matter by category joins the place's latest case whose last member came within
     * the last hours. So does a complaint from a new flat that says the fault goes on ({@link #STILL}:
     * "早上电梯还是停的") and is of the case's category; such a complaint of another category does not.
     */
    private OpenCase recalled(List<OpenCase> cases, Entry e, String norm) {
        if (e.unit().isEmpty() || e.individual() || e.old()) {
            return null;
        }
        boolean told = LAST_NIGHT.foundIn(norm) || RESTORED.foundIn(norm);
        boolean chase = !told && STILL.foundIn(norm);
        if (!told && !chase) {
            return null;
        }
        OpenCase latest = null;
        for (OpenCase c : cases) {
            if (!e.at().isAfter(c.lastAt.plus(Duration.ofHours(RECALL_HOURS))) && (latest == null
                    || c.lastAt.isAfter(latest.lastAt))) {
                latest = c;
            }
        }
        if (latest == null || !newFlat(latest, e)) {
            return null;
        }
        if (otherKind(latest, e)) {
            // last night's stranger at a door is not the evening's dead card readers
            return null;
        }
        if (chase) {
            // "早上电梯还是停的": still the night's matter, by its category
            return caseMatter(latest, e) ? latest : null;
        }
        return caseMatter(latest, e) || follower(e) || settings.responses().contains(e.category()) ? latest : null;
    }

    private Duration followUpWindow() {
        return settings.window().multipliedBy(FOLLOW_UP_WINDOWS);
    }

    /**
     * How long after its last member a case takes follow-ups and last night's complaints: the longer
     * of {@value #FOLLOW_UP_WINDOWS} windows and {@value #RECALL_HOURS} hours.
     */
    private Duration kept() {
        Duration recall = Duration.ofHours(RECALL_HOURS);
        return followUpWindow().compareTo(recall) > 0 ? followUpWindow() : recall;
    }

    private void evict(Instant now) {
        Instant cutoff = now.minus(settings.window());
        // a case without members of the window is kept as long as follow-ups or last night's complaints may join it
        Instant caseCutoff = now.minus(kept());
        for (Iterator<Map.Entry<String, ArrayDeque<Entry>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            ArrayDeque<Entry> q = it.next().getValue();
            while (!q.isEmpty() && q.peekFirst().at().isBefore(cutoff)) {
                q.pollFirst();
            }
            if (q.isEmpty()) {
                it.remove();
            }
        }
        for (Iterator<Map.Entry<String, List<OpenCase>>> it = open.entrySet().iterator(); it.hasNext(); ) {
            List<OpenCase> cs = it.next().getValue();
            for (OpenCase c : cs) {
                while (!c.recent.isEmpty() && c.recent.peekFirst().at().isBefore(cutoff)) {
                    c.recentSupply -= c.recent.pollFirst().supply();
                }
            }
            cs.removeIf(c -> c.recent.isEmpty() && c.lastAt.isBefore(caseCutoff));
            if (cs.isEmpty()) {
                it.remove();
            }
        }
    }

    private boolean sameMatter(Entry a, Entry b) {
        if (a.plausible().contains(b.category()) || b.plausible().contains(a.category())) {
            return true;
        }
        return similar(a, b);
    }

    private boolean similar(Entry a, Entry b) {
        return jaccard(a.grams(), b.grams()) >= settings.similarity();
    }

    /**
     * The category of a new case: the one most of the group's members the classifier was sure of
     * share (the earliest on a tie), else the newcomer's; an unsure complaint that completes the
     * group does not give the case its guess.
     */
    private Category matter(List<Entry> group, Entry e) {
        Map<Category, Integer> sure = new java.util.LinkedHashMap<>();
        for (Entry g : group) {
            if (!g.uncertain() && !follower(g)) {
                sure.merge(g.category(), 1, Integer::sum);
            }
        }
        Category best = e.category();
        int most = 0;
        for (Map.Entry<Category, Integer> s : sure.entrySet()) {
            if (s.getValue() > most) {
                best = s.getKey();
                most = s.getValue();
            }
        }
        return best;
    }

    /**
     * Whether a newcomer is about the case's matter by category: the case's category is plausible
     * for it, or (when the classifier was sure of it) its category was plausible for the members
     * of the case's category that opened it or for a later member sure of that category. Members of another
     * category do not widen the case, so a member that joined on a plausible alternative cannot
     * pull in complaints of yet another category.
     */
    private static boolean caseMatter(OpenCase c, Entry e) {
        if (e.plausible().contains(c.category)) {
            return true;
        }
        if (e.uncertain()) {
            return false;
        }
        if (c.plausible.contains(e.category())) {
            return true;
        }
        for (Entry m : c.recent) {
            if (!m.uncertain() && m.category().equals(c.category) && m.plausible().contains(e.category())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a newcomer joins an open case of its place. A fault told as days old from a new flat
     * joins a case none of whose members says so only when its text is similar to a member's.
     * Otherwise it joins when its text is similar to a member's; or it
     * is about the case's matter by category ({@link #caseMatter}) and, when it places its matter
     * inside its own flat with no sign that others share it ({@link #individual}), at least
     * {@value #INDIVIDUAL_SHARE} of its rarity-weighted terms occur in the members' texts, and it
     * does not tell of the other side of a utility's matter than the members do ({@link #supply(String)}); or the
     * classifier was unsure of it and it is worded like the case ({@link #sharesMatter}); or,
     * whatever its category, it asks whether the neighbours have the matter too ("anyone know
     * what's going on?", "只有我家吗", "same thing as my neighbours") and at least
     * {@value #ASKS_SHARE} of its terms occur in the members' texts; or the case's category is the
     * classifier's runner-up for it ({@link #byRunnerUp}).
     */
    private boolean joins(OpenCase c, Entry e) {
        if (e.old() && newFlat(c, e) && c.recent.stream().noneMatch(Entry::old)) {
            for (Entry m : c.recent) {
                if (similar(m, e)) {
                    return true;
                }
            }
            return false;
        }
        // a nuisance of another source than the members name joins only by its words
        boolean otherSource = otherKind(c, e);
        // the cheap category test first; the text comparisons only when it does not settle it
        if (!otherSource && caseMatter(c, e) && (!e.individual() || !newFlat(c, e) || share(c, e) >= INDIVIDUAL_SHARE)
                && e.supply() * supply(c) >= 0) {
            return true;
        }
        for (Entry m : c.recent) {
            if (similar(m, e)) {
                return true;
            }
        }
        if (otherSource) {
            return false;
        }
        return sharesMatter(c, e) || (e.asksRest() != null && newFlat(c, e)
                && share(e.asksAbout(), c) >= ASKS_SHARE)
                || byRunnerUp(c, e);
    }

    /**
     * Whether {@link #namesCaseKind} will be asked of a complaint with this runner-up: a response category that is
     * also a nuisance one (other, by default). The text is scanned for the runner-up's kinds only then, not for
     * every complaint whose runner-up has kinds.
     */
    private boolean askedOfRunnerUp(Category runnerUp) {
        return runnerUp != null && settings.responses().contains(runnerUp) && settings.nuisances().contains(runnerUp);
    }

    /**
     * Whether the case's category is the classifier's runner-up for the complaint, however low its score, the
     * complaint is from a new flat, tells of the same side of a utility's matter, names a kind of the case's matter
     * when the case is of a response category and names one ({@link #namesCaseKind}), and at least
     * {@value #INDIVIDUAL_SHARE} of its terms occur in the members' texts ("楼道应急灯也不亮，摸黑下楼" during the
     * building's blackout is common facilities first, electrical second). Such a complaint joins an open case, and
     * one that wrote before the case opened joins it when it opens ("电梯好像停在半路了，刚才听见里面有人喊" between
     * the first flats' complaints of the building's blackout and the third's).
     */
    private boolean byRunnerUp(OpenCase c, Entry e) {
        return c.category.equals(e.runnerUp()) && newFlat(c, e) && e.supply() * supply(c) >= 0
                && (!settings.responses().contains(c.category) || namesCaseKind(c, e.runnerUpSources()))
                && share(c, e) >= INDIVIDUAL_SHARE;
    }

    /**
     * Whether a complaint that arrives after the case's window (but within {@value #FOLLOW_UP_WINDOWS}
     * windows of its last member) joins it: from a new flat, not a fault told as days old, and either
     * about the case's matter by category ({@link #caseMatter}) or opening as a follow-up ("同问",
     * "还没好？") with at least {@value #LATE_SHARE} of its rarity-weighted terms in the texts of the
     * case's members (all of them, not only those of the last window), or unsure or of a response
     * category with at least {@value #SHARED_WEIGHT} of them (as {@link #sharesMatter}), or about the case's matter by
     * category, not in its own rooms, and chasing it or asking about the neighbours, whatever its words ("Lukewarm
     * now. Fixed or not?" three hours into the building's hot-water cut); never, in a case of one of
     * {@link CollectiveSettings#faults()}, one that tells of the other side of a utility's matter than the case's
     * members ({@link #supply(String)}: "我家暖气倒是热的，就是阀门那里一直在滴水" hours after the building's cold
     * radiators), nor one of a nuisance category that names another kind of it than the case ("卫生间排风扇不转了"
     * hours after the building's cold radiators). A building's water cut or broken
     * entrance door goes on being reported hours after the first three flats: "单元门坏了一上午没人来修".
     */
    private boolean lateJoins(OpenCase c, Entry e) {
        if (!newFlat(c, e) || e.old()
                || (settings.faults().contains(c.category) && e.supply() * Integer.signum(c.supply) < 0)
                || otherKind(c, e)) {
            return false;
        }
        double share = share(e.terms(), c.words::contains);
        return ((caseMatter(c, e) || e.opensAsk()) && share >= LATE_SHARE)
                || (caseMatter(c, e) && e.asksRest() != null && !e.individual())
                || ((e.uncertain() || (settings.responses().contains(e.category()) && !ownMatter(c, e)))
                && share >= SHARED_WEIGHT);
    }

    /**
     * Whether a complaint of a response category (an inquiry, staff conduct, other) names a matter of its own
     * besides: its runner-up is neither a response category nor the case's ("物业费能用支付宝交吗？" three hours
     * into the building's lift outage asks about fees, not the lifts).
     */
    private boolean ownMatter(OpenCase c, Entry e) {
        return e.runnerUp() != null && !settings.responses().contains(e.runnerUp()) && !c.plausible.contains(e.runnerUp())
                && !e.runnerUp().equals(c.category);
    }

    /**
     * The case a follow-up without a matter of its own chases: a complaint from a new flat that
     * chases or asks about the neighbours ({@link #CHASES}, {@link #ASKS_OTHERS}), classified as how
     * the office responds (staff conduct, an inquiry, other) or unsure, from a flat with no complaint
     * of its own pending in the place, joins the place's case that was added to last, up to
     * {@value #FOLLOW_UP_WINDOWS} windows or {@value #RECALL_HOURS} hours (whichever is longer) after
     * its last member.
     */
    private OpenCase chased(List<OpenCase> cases, ArrayDeque<Entry> queue, Entry e) {
        if (e.asksRest() == null || e.unit().isEmpty() || (!e.uncertain()
                && !settings.responses().contains(e.category()) && !e.opensAsk())) {
            return null;
        }
        for (Entry p : queue) {
            if (p.unit().equals(e.unit())) {
                return null;
            }
        }
        // a chase may come the next morning ("还是没网啊！！"): as long as a case takes last night's complaints
        Duration chasing = kept();
        OpenCase latest = null;
        for (OpenCase c : cases) {
            if (!e.at().isAfter(c.lastAt.plus(chasing)) && (latest == null || c.lastAt.isAfter(latest.lastAt))) {
                latest = c;
            }
        }
        if (latest == null || !newFlat(latest, e)) {
            return null;
        }
        // "Still waiting for someone to fix the bedroom window latch I reported": a chase of its own rooms' matter
        return e.individual() && !caseMatter(latest, e) ? null : latest;
    }

    /**
     * Whether the text opens by thanking someone ({@link #THANKS}), other than "thanks for nothing" or a
     * text that opens with Thanksgiving ("Thanksgiving party next door…").
     */
    static boolean thanks(String norm) {
        return opensWith(THANKS, norm) && !norm.contains("thanks for nothing") && !norm.contains("thanksgiving");
    }

    /** A complaint from a flat that chases or asks about the neighbours' matter and has no matter of its own. */
    private boolean follower(Entry e) {
        return e.asksRest() != null && !e.unit().isEmpty() && (e.uncertain() || settings.responses().contains(e.category()));
    }

    /**
     * Whether a word of the list is the first thing the text says, at its start or right after a log prefix
     * ending in a colon ("3栋602来电：还没好？").
     */
    static boolean opensWith(WordList list, String norm) {
        int first = list.firstAt(norm);
        if (first < 0) {
            return false;
        }
        int from = 0;
        int colon = norm.indexOf('：');
        if (colon < 0) {
            colon = norm.indexOf(':');
        }
        if (colon >= 0 && colon < first && colon < 20) {
            from = colon + 1;
        }
        for (int i = from; i < first; i++) {
            if (Character.isLetterOrDigit(norm.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text opens by chasing a matter or saying the neighbours' matter is its own too ("还没修好吗？…",
     * "同问", "3栋602来电：还是没水"): a follow-up on its building's matter, whatever else it goes on to say.
     *
     * @param norm the normalised text
     * @return whether a chasing or asking word is the first thing it says
     */
    static boolean followsUp(String norm) {
        return opensWith(FOLLOW_UPS, norm);
    }

    /** The text up to its first full stop, exclamation or question mark: what it is about, not its side remarks. */
    static String firstSentence(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            char ch = norm.charAt(i);
            if (ch == '。' || ch == '!' || ch == '?' || ch == '！' || ch == '？'
                    || (ch == '.' && (i + 1 == norm.length() || norm.charAt(i + 1) == ' '))) {
                return norm.substring(0, i);
            }
        }
        return norm;
    }

    private static boolean newFlat(OpenCase c, Entry e) {
        return !e.unit().isEmpty() && !c.units.contains(e.unit());
    }

    /**
     * Whether a complaint still pending when a case opens, about the case's matter by category but
     * placed in its own rooms ({@link #individual}), joins the new case: from a new flat, not told as
     * days old, on the case's side of the supply, and with at least {@value #LATE_SHARE} of its
     * rarity-weighted terms in the members' texts ("刚才那场暴雨我家客厅天花板在滴水" before the case of
     * the storm's leaks opened). The bar is the late joins', twice an arriving complaint's
     * ({@value #INDIVIDUAL_SHARE}): at that bar the streams with planted look-alikes lost precision.
     */
    private boolean ownRoomsOfTheMatter(OpenCase c, Entry e) {
        return e.individual() && !e.old() && newFlat(c, e) && caseMatter(c, e) && e.supply() * supply(c) >= 0
                && share(c, e) >= LATE_SHARE;
    }

    /**
     * Whether a complaint the classifier was unsure of ({@code needsReview}) or put in one of
     * {@link CollectiveSettings#responses()} (staff conduct, an inquiry, other: how the office
     * responds, not what the matter is), from a flat the case does not have yet, is worded like the
     * case: at least {@value #SHARED_WEIGHT} of its terms (Chinese characters and bigrams, English
     * words), each weighted by its rarity in the recent stream, occur in the texts of the case's
     * members. Its category is no evidence of the matter either way, and a neighbour writing at the
     * same time in the same rare words is most likely about the same thing ("询问公摊费上涨原因，客服说不清楚"
     * in a case about a fee notice). Members the classifier was unsure of count too: they are in the
     * case because their category or their words matched it.
     */
    private boolean sharesMatter(OpenCase c, Entry e) {
        return (e.uncertain() || settings.responses().contains(e.category())) && newFlat(c, e)
                && share(c, e) >= SHARED_WEIGHT;
    }

    /**
     * Whether a complaint places its matter inside the flat (a room or a fitting of one's own) and
     * says nothing that others share it (a common area, the building, "还有谁", "anyone else"):
     * such a complaint is individual unless its words say it is the neighbours' matter too.
     */
    static boolean individual(String norm) {
        return IN_FLAT.foundIn(norm) && !SHARED_PLACE.foundIn(norm);
    }

    /**
     * Whether two complaints of one matter by category may open a case together: when one tells its
     * fault as days old and the other does not, or either says the neighbours do not have it ("我家有电，但是厨房
     * 插座一用烤箱就跳闸"), only when their texts are similar; when one of them
     * is {@link #individual}, their texts are similar, or at least {@value #INDIVIDUAL_SHARE} of its
     * rarity-weighted terms occur in the other's, or one of them opens as a follow-up ("我家也是，窗框下面那面墙
     * 一直往下流水": the neighbours' matter is its own, whatever the words each used).
     */
    private boolean coherent(Entry a, Entry b) {
        // two flats that each say only they have the matter are two matters, unless they tell it alike
        if (a.alone() || b.alone() || a.old() != b.old() || a.supply() * b.supply() < 0
                || otherSource(a.sources(), b.sources())) {
            return similar(a, b);
        }
        if ((!a.individual() && !b.individual()) || a.opensAsk() || b.opensAsk() || similar(a, b)) {
            return true;
        }
        double ab = a.individual() ? share(a, b) : 1;
        double ba = b.individual() ? share(b, a) : 1;
        return Math.min(ab, ba) >= INDIVIDUAL_SHARE;
    }

    private double share(OpenCase c, Entry e) {
        return share(e.terms(), c);
    }

    private double share(Set<String> terms, OpenCase c) {
        return share(terms, t -> usedBy(c, t));
    }

    private static boolean usedBy(OpenCase c, String term) {
        for (Entry m : c.recent) {
            if (m.terms().contains(term)) {
                return true;
            }
        }
        return false;
    }

    private double share(Entry e, Entry other) {
        return share(e.terms(), other.terms()::contains);
    }

    /** The rarity-weighted share of the terms that the others' texts use. */
    private double share(Set<String> terms, java.util.function.Predicate<String> used) {
        double all = 0;
        double shared = 0;
        for (String t : terms) {
            double w = rarity(t);
            all += w;
            if (used.test(t)) {
                shared += w;
            }
        }
        return all > 0 ? shared / all : 0;
    }

    /** Adds a complaint's terms to the document frequencies, halving them all now and then. */
    private void count(Set<String> terms) {
        if (++documents % DF_HALF_LIFE == 0) {
            for (int i = 0; i < frequencies.length; i++) {
                frequencies[i] >>= 1;
            }
            documents /= 2;
        }
        for (String t : terms) {
            frequencies[t.hashCode() & (frequencies.length - 1)]++;
        }
    }

    /** The inverse document frequency of a term in the recent stream (table slots may be shared). */
    private double rarity(String term) {
        int f = frequencies[term.hashCode() & (frequencies.length - 1)];
        return Math.log((documents + 1.0) / Math.max(1, f));
    }

    /** Chinese characters and bigrams and English word stems: what rarity-weighted sharing compares. */
    static Set<String> terms(String norm) {
        Set<String> features = FeatureExtractor.textFeatures(norm);
        Set<String> out = new LinkedHashSet<>(features.size() * 4 / 3 + 1);
        for (String f : features) {
            boolean han = TextNormalizer.isHan(f.charAt(0));
            if ((han && f.length() <= 2) || (!han && f.charAt(0) != '~' && f.indexOf('_') < 0 && f.length() > 2)) {
                out.add(f);
            }
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int both = 0;
        for (String s : a) {
            if (b.contains(s)) {
                both++;
            }
        }
        return both / (double) (a.size() + b.size() - both);
    }

    /** Chinese character bigrams and English word stems: what text similarity compares. */
    static Set<String> grams(String norm) {
        return grams(terms(norm));
    }

    /** The Chinese character bigrams and English words of a text's {@link #terms}. */
    private static Set<String> grams(Set<String> terms) {
        Set<String> out = new LinkedHashSet<>(terms.size() * 4 / 3 + 1);
        for (String f : terms) {
            if (!TextNormalizer.isHan(f.charAt(0)) || f.length() == 2) {
                out.add(f);
            }
        }
        return out;
    }

    private String place(ComplaintText c, String norm) {
        if (c.hasBuilding()) {
            return settings.zones().containsKey(c.building()) ? "zone:" + settings.zones().get(c.building())
                    : "building:" + c.building();
        }
        for (Map.Entry<String, Pattern> f : FACILITIES.entrySet()) {
            if (f.getValue().matcher(norm).find()) {
                return "facility:" + f.getKey();
            }
        }
        return "estate";
    }

    private static Map<String, Pattern> facilities() {
        Map<String, Pattern> m = new java.util.LinkedHashMap<>();
        m.put("car_park", Terms.compileRegex("地库|车库|停车场|地下室|car ?park|garage|parking|\\bb[12]\\b"));
        m.put("gate", Pattern.compile("大门|东门|西门|南门|北门|门岗|gate"));
        m.put("garden", Pattern.compile("花园|绿化|草坪|garden|lawn"));
        m.put("playground", Pattern.compile("儿童乐园|游乐|滑梯|playground"));
        m.put("pool", Pattern.compile("泳池|游泳池|pool"));
        m.put("gym", Pattern.compile("健身房|gym"));
        m.put("clubhouse", Pattern.compile("会所|clubhouse|lounge"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
