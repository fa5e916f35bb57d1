package cn.zhuanban.demo;

import cn.zhuanban.enterprise.CreditCode;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Twenty fictional enterprises of the demo district. Their credit codes are made valid here, by
 * computing the check character over 17 chosen characters, so no real company's code is used.
 */
@Component
class DemoEnterprises {

    /** The first 17 characters of a code: 9 (industry and commerce) 1 (enterprise), region 410199. */
    private static final String PREFIX = "91410199";

    /** name, code tail (9 chars), legal representative, industry code, address, contact, phone. */
    static final String[][] ENTERPRISES = {
        {"示范康元生物制药有限公司", "MA45R2K7X", "康立新", "C2710", "示范区医药产业园康元路 8 号", "孙伟", "0371-62010001"},
        {"示范华瑞新材料有限公司", "MA3XQ8L2N", "华振宇", "C2651", "示范区新材料产业园华瑞大道 66 号", "钱芳", "0371-62010002"},
        {"示范中原智能装备制造有限公司", "MA47T6P1C", "郭志强", "C3491", "示范区装备制造园中原路 19 号", "马骏", "0371-62010003"},
        {"示范绿能光伏科技有限公司", "MA4A9J3UD", "林晓阳", "C3825", "示范区新能源产业园光明路 3 号", "何静", "0371-62010004"},
        {"示范恒通物流有限公司", "MA40W5H8E", "韩立伟", "G5931", "示范区物流园恒通路 1 号", "杜鹏", "0371-62010005"},
        {"示范天成电子科技有限公司", "MA3Y7B2KF", "唐天成", "C3971", "示范区电子信息园天成街 12 号", "蒋丽", "0371-62010006"},
        {"示范金穗食品有限公司", "MA46C8N4G", "田金穗", "C1391", "示范区食品产业园金穗路 27 号", "范勇", "0371-62010007"},
        {"示范云启数据科技有限公司", "MA49D1M6H", "袁启明", "I6450", "示范区数字经济园云启路 5 号", "彭媛", "0371-62010008"},
        {"示范安和医疗器械有限公司", "MA41E7R3J", "安建和", "C3581", "示范区医药产业园安和路 21 号", "曹琳", "0371-62010009"},
        {"示范宏达汽车零部件有限公司", "MA44F2T9K", "高宏达", "C3670", "示范区汽车零部件园宏达路 9 号", "邓超", "0371-62010010"},
        {"示范清源水务有限公司", "MA3W5G6PL", "程清源", "D4610", "示范区滨河路 88 号", "许洁", "0371-62010011"},
        {"示范博远新能源汽车有限公司", "MA48H3U1M", "罗博远", "C3612", "示范区新能源产业园博远大道 1 号", "吕航", "0371-62010012"},
        {"示范鼎盛建材有限公司", "MA42J9W4N", "丁盛", "C3021", "示范区建材园鼎盛路 16 号", "苏敏", "0371-62010013"},
        {"示范润泽农业发展有限公司", "MA43K1X7P", "沈润泽", "A0141", "示范区现代农业园润泽路 2 号", "卢青", "0371-62010014"},
        {"示范星河文旅发展有限公司", "MA4B2L8YQ", "任星河", "R9020", "示范区星河湖景区管理中心", "姚瑶", "0371-62010015"},
        {"示范广联通信技术有限公司", "MA40M6Y3R", "廖广联", "C3921", "示范区电子信息园广联街 7 号", "邹凯", "0371-62010016"},
        {"示范德润纺织有限公司", "MA45N4A2T", "熊德润", "C1713", "示范区纺织产业园德润路 11 号", "金婷", "0371-62010017"},
        {"示范科瑞检测技术有限公司", "MA46P7B5U", "陆科瑞", "M7452", "示范区科技创新园科瑞楼 4 层", "邱磊", "0371-62010018"},
        {"示范嘉禾冷链仓储有限公司", "MA47Q3C8W", "贺嘉禾", "G5960", "示范区物流园嘉禾路 6 号", "秦雪", "0371-62010019"},
        {"示范远航航空配套有限公司", "MA48R5D1X", "魏远航", "C3743", "示范区临空产业园远航路 10 号", "薛冰", "0371-62010020"}
    };

    private final EnterpriseManagement enterprises;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoEnterprises(EnterpriseManagement enterprises, JdbcClient jdbc, Clock clock) {
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers the enterprises; their ids in the order of {@link #ENTERPRISES}. */
    List<Long> seed() {
        List<Long> ids = new ArrayList<>();
        for (String[] e : ENTERPRISES) {
            CreditCode code = CreditCode.withCheckCharacter(PREFIX + e[1]);
            ids.add(enterprises
                    .register(new EnterpriseForm(e[0], code.value(), e[2], e[3], e[4], e[5], e[6], null, 0))
                    .id());
        }
        // In the story they have been on the books for a year, before their projects started: entered on the seeding
        // day, none was 久未联系 (the threshold counts from an enterprise's entry) and the coverage card stayed empty.
        jdbc.sql("update enterprise set created_at = :at where id in (:ids)")
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(365))))
                .param("ids", ids)
                .update();
        return ids;
    }
}
