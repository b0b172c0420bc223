package io.propcare.examples.cli;

import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Resident;
import io.propcare.model.complaint.Validity;
import java.util.List;
import java.util.Random;

/**
 * The month demo's cast and material: a 120-unit apartment (four buildings of ten floors with
 * three flats each, two zones), its staff, and the kinds of complaint residents bring, in Chinese
 * and English, with how staff usually handle each kind.
 */
final class DemoScript {
    private DemoScript() {
    }

    static final int BUILDINGS = 4;
    static final int FLOORS = 10;
    static final int PER_FLOOR = 3;

    /** How staff handle a kind of complaint. */
    enum Handling {
        /** A question: answered at once. */
        INQUIRY,
        /** A repair: dispatch, on site, preliminary plan, fix. */
        REPAIR,
        /** Settled by whoever received it, where possible. */
        SIMPLE,
        /** Needs another department or an outside party. */
        ASSISTANCE,
        /** Handled by customer service with an agreed reply time. */
        GENERAL
    }

    /**
     * A kind of complaint.
     *
     * @param text what residents say ({@code %s} is replaced by the flat or building)
     * @param handling how it is handled
     * @param validity what customer service decides, usually
     * @param weight how often it comes, relative
     */
    record Kind(String text, Handling handling, Validity validity, int weight) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("%s卫生间水管漏水，地上全是水，请尽快派人来修", Handling.REPAIR, Validity.VALID, 6),
            new Kind("%s厨房下水道堵了，水排不下去", Handling.REPAIR, Validity.VALID, 5),
            new Kind("%s家里突然停电了，跳闸推不上去", Handling.REPAIR, Validity.VALID, 4),
            new Kind("The shower in %s has no hot water since this morning.", Handling.REPAIR, Validity.VALID, 3),
            new Kind("%s空调不制冷，开了一晚上还是很热", Handling.REPAIR, Validity.VALID, 3),
            new Kind("电梯又坏了，%s这栋困了十分钟才出来", Handling.REPAIR, Validity.VALID, 3),
            new Kind("%s门锁坏了，钥匙插不进去", Handling.REPAIR, Validity.VALID, 3),
            new Kind("请问%s这个月的物业费在哪里交？可以微信支付吗", Handling.INQUIRY, Validity.VALID, 5),
            new Kind("Could you tell me when the gym opens? I live in %s.", Handling.INQUIRY, Validity.VALID, 3),
            new Kind("请问快递可以放前台吗？我住%s", Handling.INQUIRY, Validity.VALID, 3),
            new Kind("%s楼道很脏，垃圾好几天没人清理", Handling.SIMPLE, Validity.VALID, 5),
            new Kind("%s门口的灯坏了，晚上看不见", Handling.SIMPLE, Validity.VALID, 3),
            new Kind("The corridor outside %s smells of smoke every evening.", Handling.SIMPLE, Validity.VALID, 2),
            new Kind("楼上%s每天半夜装修，电钻声吵得睡不着", Handling.ASSISTANCE, Validity.NEEDS_ASSISTANCE, 3),
            new Kind("楼下KTV每天唱到凌晨一点，%s严重影响休息", Handling.ASSISTANCE, Validity.NEEDS_ASSISTANCE, 2),
            new Kind("%s楼下停车位总被外来车辆占用，保安也不管", Handling.GENERAL, Validity.VALID, 3),
            new Kind("I was charged twice for the October management fee for %s, please refund.", Handling.GENERAL,
                    Validity.VALID, 2),
            new Kind("%s前台工作人员态度很差，问问题爱答不理", Handling.GENERAL, Validity.VALID, 2),
            new Kind("%s邻居家的狗一直叫，希望物业管管", Handling.GENERAL, Validity.INVALID, 2),
            new Kind("%s小区绿化太少了，能不能多种点花", Handling.GENERAL, Validity.INVALID, 1));

    /** The texts of a collective complaint: a building without water. */
    static final List<String> OUTAGE = List.of("%s栋全楼停水了，什么时候来水？", "我们%s栋停水了，什么时候恢复供水",
            "%s栋怎么又停水了，没有通知啊，什么时候来水", "%s栋停水一个多小时了，什么时候来水？");

    static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.WECHAT,
            Channel.WECHAT, Channel.APP, Channel.WALK_IN, Channel.FRONT_DESK, Channel.BUTLER, Channel.EMAIL);

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"芳", "强", "敏", "磊", "静", "伟", "丽", "军", "洋", "婷"};

    static String unit(int index) {
        int b = index / (FLOORS * PER_FLOOR) + 1;
        int rest = index % (FLOORS * PER_FLOOR);
        return b + "-" + (rest / PER_FLOOR + 1) + String.format("%02d", rest % PER_FLOOR + 1);
    }

    static String building(int index) {
        return Integer.toString(index / (FLOORS * PER_FLOOR) + 1);
    }

    static String zone(String building) {
        return Integer.parseInt(building) <= 2 ? "north" : "south";
    }

    /** The resident of a flat: a name and a phone number fixed by the flat. */
    static Resident resident(int index) {
        Random r = new Random(1000L + index);
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
        String phone = "13" + (5 + r.nextInt(5)) + String.format("%08d", r.nextInt(100_000_000));
        return Resident.of(PersonName.of(name), PhoneNumber.parse(phone));
    }

    static Kind pick(Random random) {
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        int x = random.nextInt(total);
        for (Kind k : KINDS) {
            x -= k.weight();
            if (x < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }
}
