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

    /** A fake lookup: project 12, enterprise 1, task force 2, users 5 and 9, departments 3 and 4. */
    static final NameLookup names = (kind, id) -> Map.of(
                    NamedKind.PROJECT, Map.of(12L, "示范区新能源电池项目"),
                    NamedKind.ENTERPRISE, Map.of(1L, "示范企业"),
                    NamedKind.TASK_FORCE, Map.of(2L, "第一专班"),
                    NamedKind.USER, Map.of(5L, "王分包", 9L, "李负责"),
                    NamedKind.DEPARTMENT, Map.of(3L, "发改局", 4L, "招商局"))
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
    void whatIsNotWhollyAnIdOrNamesAnotherKindStaysAsStored() {
        assertThat(reading.read("projectId=12, enterpriseId=77", "contact", ZH, names))
                .as("a deleted enterprise keeps its id")
                .isEqualTo("项目=12（示范区新能源电池项目），企业=77");
        assertThat(reading.read("parentId=3, chainLeaderId=5", "chain-node", ZH, names))
                .as("a chain node's parent is a node, not a department")
                .isEqualTo("上级节点=3，链长=5（王分包）");
        assertThat(reading.read("taskForce: 2a, projectId: 12x", "ledger", ZH, names))
                .isEqualTo("专班：2a，项目：12x");
        assertThat(reading.read("enterpriseId=1, projectId=12", "contact", ZH))
                .as("without names the ids read as before")
                .isEqualTo("企业=1，项目=12");
    }
}
