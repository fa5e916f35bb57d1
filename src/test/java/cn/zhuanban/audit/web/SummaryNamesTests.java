package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ids a summary holds read with the names of what they stand for, the id first so that it can still be searched
 * for; an id whose thing is gone, a value that is not wholly ids and an id of another kind stay as stored.
 */
class SummaryNamesTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final SummaryReading reading = new SummaryReading(SummaryReadingTests.bundles(), RoleNames.NONE);

    /**
     * A fake lookup: project 12, enterprise 1, task force 2, users 5 and 9, departments 3 and 4, chain 6, chain nodes 3
     * and 7, partner 8, referrer 9, demands 10 and 11, ticket 40, agenda items 8 and 9.
     */
    static final NameLookup names = (kind, id) -> Map.ofEntries(
                    Map.entry(NamedKind.PROJECT, Map.of(12L, "示范区新能源电池项目")),
                    Map.entry(NamedKind.ENTERPRISE, Map.of(1L, "示范企业")),
                    Map.entry(NamedKind.TASK_FORCE, Map.of(2L, "第一专班")),
                    Map.entry(NamedKind.USER, Map.of(5L, "王分包", 9L, "李负责")),
                    Map.entry(NamedKind.DEPARTMENT, Map.of(3L, "发改局", 4L, "招商局")),
                    Map.entry(NamedKind.INDUSTRY_CHAIN, Map.of(6L, "新能源电池")),
                    Map.entry(NamedKind.CHAIN_NODE, Map.of(3L, "新能源电池 / 上游", 7L, "新能源电池 / 正极材料")),
                    Map.entry(NamedKind.PARTNER, Map.of(8L, "豫资基金")),
                    Map.entry(NamedKind.REFERRER, Map.of(9L, "周引荐")),
                    Map.entry(NamedKind.LEAD, Map.of(13L, "目标企业")),
                    Map.entry(NamedKind.TALENT_DEMAND, Map.of(10L, "焊工", 11L, "电池工艺工程师")),
                    Map.entry(NamedKind.TICKET, Map.of(40L, "专线送电滞后")),
                    Map.entry(NamedKind.AGENDA_ITEM, Map.of(8L, "征地补偿款拨付", 9L, "临时用电接入")))
            .get(kind)
            .get(id);

    @Test
    void theFieldsOfASnapshotReadTheirNamesAfterTheIds() {
        assertThat(reading.read("enterpriseId=1, projectId=12, channel=MEETING", "contact", ZH, names))
                .isEqualTo("企业=1（示范企业），项目=12（示范区新能源电池项目），方式=会议");
        assertThat(reading.read("month=2026-10, taskForce=2, rating=SATISFIED", "service-evaluation", ZH, names))
                .isEqualTo("月份=2026-10，专班=2（第一专班），评价=满意");
        assertThat(reading.read("leadOfficialId=5, taskForceId=2", "project", ZH, names))
                .isEqualTo("分包领导=5（王分包），专班=2（第一专班）");
    }

    @Test
    void aChangeNamesBothSidesAndAnUnsetSideStaysADash() {
        assertThat(reading.read("departmentId: 3 → 4", "investment-lead", ZH, names))
                .isEqualTo("部门：3（发改局） → 4（招商局）");
        assertThat(reading.read("leadOfficialId: — → 5; stage: UNDER_CONSTRUCTION", "project", ZH, names))
                .isEqualTo("分包领导：— → 5（王分包）；阶段：在建");
        assertThat(reading.read("departmentId: 3 → 4", "investment-lead", Locale.ENGLISH, names))
                .isEqualTo("Department: 3 (发改局) → 4 (招商局)");
    }

    @Test
    void setsAndAnExportsChoicesNameEachId() {
        assertThat(reading.read("memberIds=[5, 9], departmentIds=[3]", "task-force", ZH, names))
                .isEqualTo("成员=[5（王分包）, 9（李负责）]，成员单位=[3（发改局）]");
        assertThat(reading.read("taskForce: 2, projectId: 12|99; rows: 3", "ledger", ZH, names))
                .isEqualTo("专班：2（第一专班），项目：12（示范区新能源电池项目）|99；行数：3");
    }

    @Test
    void aDepartmentsParentAndHeadAndAUsersDepartmentReadTheirNames() {
        assertThat(reading.read("甲 parent=3 head=9 → 乙 parent=4 head=null", "department", ZH, names))
                .isEqualTo("甲 上级=3（发改局） 负责人=9（李负责） → 乙 上级=4（招商局） 负责人=—");
        assertThat(reading.read("name=张三, dept=4, enterprise=1, enabled=true", "user", ZH, names))
                .isEqualTo("名称=张三，部门=4（招商局），企业=1（示范企业），启用=是");
    }

    @Test
    void anIdAfterAWordReadsItsName() {
        assertThat(reading.read("project 12 enterprise 1", "investment-lead", ZH, names))
                .isEqualTo("项目 12（示范区新能源电池项目） 企业 1（示范企业）");
        assertThat(reading.read("SEARCH owner 9 deadline 2026-12-01", "talent-service", ZH, names))
                .contains("负责人 9（李负责）");
    }

    @Test
    void aLeadsPartnerReferrerAndNodeAnEventsDemandsAndATicketReadTheirNames() {
        assertThat(reading.read(
                        "partnerId: — → 8; referrerId: — → 9; chainNodeId: 3 → 7", "investment-lead", ZH, names))
                .isEqualTo("合作机构：— → 8（豫资基金）；引荐人：— → 9（周引荐）；产业链节点：3（新能源电池 / 上游） → 7（新能源电池 / 正极材料）");
        assertThat(reading.read("demandIds=[10, 11, 12]", "recruitment-event", ZH, names))
                .as("a deleted demand keeps its id")
                .isEqualTo("关联需求=[10（焊工）, 11（电池工艺工程师）, 12]");
        assertThat(reading.read("chainId: 6, chainNodeId: 7; rows: 3", "ledger", ZH, names))
                .isEqualTo("产业链：6（新能源电池），产业链节点：7（新能源电池 / 正极材料）；行数：3");
        assertThat(reading.read("ticket 40 escalated to the meeting", "meeting", ZH, names))
                .startsWith("问题 40（专线送电滞后）");
        assertThat(reading.read("enterpriseId=1, ticketId=40", "contact", ZH, names))
                .isEqualTo("企业=1（示范企业），问题=40（专线送电滞后）");
    }

    @Test
    void whatIsNotWhollyAnIdOrNamesAnotherKindStaysAsStored() {
        assertThat(reading.read("projectId=12, enterpriseId=77", "contact", ZH, names))
                .as("a deleted enterprise keeps its id")
                .isEqualTo("项目=12（示范区新能源电池项目），企业=77");
        assertThat(reading.read("parentId=3, chainLeaderId=5", "chain-node", ZH, names))
                .as("a chain node's parent is a node, not a department")
                .isEqualTo("上级节点=3（新能源电池 / 上游），链长=5（王分包）");
        assertThat(reading.read("parentId=3", "project-plan", ZH, names))
                .as("a parent in records of other types names nothing")
                .isEqualTo("上级节点=3");
        assertThat(reading.read("taskForce: 2a, projectId: 12x", "ledger", ZH, names))
                .isEqualTo("专班：2a，项目：12x");
        assertThat(reading.read("enterpriseId=1, projectId=12", "contact", ZH))
                .as("without names the ids read as before")
                .isEqualTo("企业=1，项目=12");
    }

    @Test
    void anAgendaItemReadsItsTitleAndAMoveItsDirection() {
        assertThat(reading.read("item 9 up", "meeting", ZH, names)).isEqualTo("议题 9（临时用电接入） 上移");
        assertThat(reading.read("item 9 down", "meeting", ZH, names)).isEqualTo("议题 9（临时用电接入） 下移");
        assertThat(reading.read("item 9 down", "meeting", Locale.ENGLISH, names))
                .isEqualTo("item 9 (临时用电接入) moved down");
        assertThat(reading.read("item 8", "meeting", ZH, names))
                .as("an old record of minutes")
                .isEqualTo("议题 8（征地补偿款拨付）");
        assertThat(reading.read("item 8, minutes: 财政局 up 本周 null 拨付", "meeting", ZH, names))
                .isEqualTo("议题 8（征地补偿款拨付），纪要：财政局 up 本周 null 拨付");
        assertThat(reading.read("item 7, title: 已删除的议题", "meeting", ZH, names)).isEqualTo("议题 7，标题：已删除的议题");
        assertThat(reading.read("Follow up on power", "meeting", Locale.ENGLISH, names))
                .as("a typed title's words stay as typed")
                .isEqualTo("Follow up on power");
    }
}
