package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Stored summaries, as the events of several modules wrote them, read in the auditor's words; what a person typed
 * stays as typed, and the English page keeps English labels and punctuation.
 */
class SummaryReadingTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final SummaryReading reading = new SummaryReading(bundles(), RoleNames.NONE);

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aLightChangeReadsInChineseWithChinesePunctuation() {
        assertThat(reading.read("statusLight: YELLOW → RED (总时差不超过5个工作日：A05 余0个工作日)", "project", ZH))
                .isEqualTo("亮灯：黄灯 → 红灯（总时差不超过5个工作日：A05 余0个工作日）");
    }

    @Test
    void aTicketPutOnAMeetingsAgendaReadsWhy() {
        assertThat(reading.read("ticket 9 escalated to the meeting", "meeting", ZH))
                .isEqualTo("问题 9 因红牌列入例会议题");
        assertThat(reading.read("ticket 9 escalated after a second dissatisfaction", "meeting", ZH))
                .isEqualTo("问题 9 因企业两次不满意列入例会议题");
        assertThat(reading.read("ticket 9 escalated to the meeting", "meeting", Locale.ENGLISH))
                .isEqualTo("ticket 9 escalated to the meeting (red card)");
    }

    /** A measure's typed title was followed by an English colon in Chinese (v2 #1 减免税费: 内容：…). */
    @Test
    void anEnterprisePlanMeasureEditKeepsItsTitleBeforeTheReadersColon() {
        assertThat(reading.read("v2 #1 减免税费: content: 免征 → 减半", "enterprise-plan", ZH))
                .isEqualTo("v2 #1 减免税费：内容：免征 → 减半");
        assertThat(reading.read("v2 #1 Tax relief: deadline: 2026-03-02 → 2026-04-01", "enterprise-plan", ZH))
                .isEqualTo("v2 #1 Tax relief：期限：2026-03-02 → 2026-04-01");
        assertThat(reading.read("v2 #1 减免税费: -", "enterprise-plan", ZH)).isEqualTo("v2 #1 减免税费：-");
        assertThat(reading.read("减免税费: NOT_STARTED → IN_PROGRESS", "enterprise-plan", ZH))
                .isEqualTo("减免税费：未开始 → 推进中");
        assertThat(reading.read(
                        "v2 #1 Tax relief: deadline: 2026-03-02 → 2026-04-01", "enterprise-plan", Locale.ENGLISH))
                .startsWith("v2 #1 Tax relief: ");
    }

    @Test
    void theEnglishPageKeepsEnglishLabelsAndPunctuation() {
        assertThat(reading.read("statusLight: YELLOW → RED (slack)", "project", Locale.ENGLISH))
                .isEqualTo("Status light: Yellow → Red (slack)");
    }

    @Test
    void aRatingReadsItsFieldsAndCodesButLeavesTheTypedComment() {
        assertThat(reading.read(
                        "month=2026-10, taskForce=2, rating=DISSATISFIED, attitude=SATISFIED, "
                                + "comment=供地 SATISFIED 与 null 都不是代码, 仍是意见",
                        "service-evaluation",
                        ZH))
                .isEqualTo("月份=2026-10，专班=2，评价=不满意，服务态度=满意，意见=供地 SATISFIED 与 null 都不是代码, 仍是意见");
    }

    @Test
    void aContactReadsItsChannel() {
        assertThat(reading.read(
                        "enterpriseId=1, projectId=2, channel=MEETING, contactedOn=2026-11-16, followUp=VISIT 一周内反馈",
                        "contact",
                        ZH))
                .isEqualTo("企业=1，项目=2，方式=会议，联系日期=2026-11-16，后续安排=VISIT 一周内反馈");
    }

    @Test
    void aTicketMoveReadsItsStatesAndLeavesTheReasonAsTyped() {
        assertThat(reading.read("REPORTED → ASSIGNED: 区自然资源局 → 2026-12-07", "ticket", ZH))
                .isEqualTo("已上报 → 已交办：区自然资源局 → 2026-12-07");
        assertThat(reading.read("ASSIGNED → SUSPENDED: 企业 REPORTED 方案 null", "ticket", ZH))
                .isEqualTo("已交办 → 已挂起：企业 REPORTED 方案 null");
        assertThat(reading.read("IN_PROGRESS → RESOLVED: SOLVED 已完成送电。", "ticket", ZH))
                .isEqualTo("办理中 → 已办结待审核：已解决 已完成送电。");
        assertThat(reading.read("AWAITING_FEEDBACK → CLOSED: SATISFIED", "ticket", ZH))
                .isEqualTo("待评价 → 已销号：满意");
    }

    @Test
    void meetingsReadTheirStatusAndWeekday() {
        assertThat(reading.read("DRAFT → CONFIRMED", "meeting", ZH)).isEqualTo("草稿 → 已确认");
        assertThat(reading.read("MONDAY 09:00 区重点项目调度办三楼会议室", "meeting-series", ZH))
                .isEqualTo("星期一 09:00 区重点项目调度办三楼会议室");
    }

    @Test
    void anOldStyleSummaryReadsNullAsADash() {
        assertThat(reading.read("null → 侯明远（主持）、赵敏", "meeting", ZH)).isEqualTo("— → 侯明远（主持）、赵敏");
        assertThat(reading.read("2026-12: A02 / null", "project-plan", ZH)).isEqualTo("2026-12: A02 / —");
        assertThat(reading.read(
                        "ContractTerms[agreedInvestment=null, fundsInPlace=2000] → ContractTerms[agreedInvestment=8000, fundsInPlace=2000]",
                        "investment-lead",
                        ZH))
                .isEqualTo("协议投资额=—，到位资金=2000 → 协议投资额=8000，到位资金=2000");
    }

    @Test
    void aChangeListReadsFieldsAndValuesOfItsType() {
        assertThat(reading.read(
                        "stage: PRE_CONSTRUCTION → UNDER_CONSTRUCTION; totalInvestment: 100 → 120", "project", ZH))
                .isEqualTo("阶段：前期 → 在建；总投资：100 → 120");
        assertThat(reading.read("name=钱芳, dept=null, enabled=true", "user", ZH)).isEqualTo("名称=钱芳，部门=—，启用=是");
    }

    @Test
    void aWordTouchingChineseTextOrUnknownToTheVocabularyIsLeft() {
        assertThat(reading.read("statusLight: RED → GREEN (红灯RED已消除)", "project", ZH))
                .isEqualTo("亮灯：红灯 → 绿灯（红灯RED已消除）");
        assertThat(reading.read("somethingNew: FOO_BAR", "project", ZH)).isEqualTo("somethingNew：FOO_BAR");
        assertThat(reading.read("", "project", ZH)).isEmpty();
        assertThat(reading.read(null, "project", ZH)).isNull();
    }

    static final SummaryReading withRoles =
            new SummaryReading(bundles(), Map.of("ENTERPRISE_CONTACT", "企业联络员", "QA_ENT_REG", "企业登记员")::get);

    @Test
    void aRecordedValueIsNeverTranslatedInsideAnAddressACodeAUrlOrAFileName() {
        assertThat(reading.read(
                        "name=孙伟, dept=null, enterprise=null, phone=13900001007, email=enterprise@demo.zhuanban.cn, "
                                + "enabled=true",
                        "user",
                        ZH))
                .isEqualTo("名称=孙伟，部门=—，企业=—，手机=13900001007，邮箱=enterprise@demo.zhuanban.cn，启用=是");
        assertThat(reading.read("email=project.ticket@demo.cn", "user", ZH)).isEqualTo("邮箱=project.ticket@demo.cn");
        assertThat(reading.read("GET /enterprise/project/1", "security", ZH)).isEqualTo("GET /enterprise/project/1");
        assertThat(reading.read("12 rows; file: enterprise-project.xlsx", "project", ZH))
                .isEqualTo("12 行；文件：enterprise-project.xlsx");
        assertThat(reading.read("username=tmp-enterprise-b, name=测试b", "user", ZH))
                .isEqualTo("用户名=tmp-enterprise-b，名称=测试b");
    }

    @Test
    void aPermissionCodeReadsWholeAsThePermissionsNameOrStaysAsStored() {
        assertThat(reading.read(
                        "x [enterprise:enterprise:view, project:project:view, ticket:ticket:report]", "role", ZH))
                .isEqualTo("x [查看企业，查看项目，上报问题]")
                .doesNotContain("企业:企业", "项目:项目", "问题:问题");
        assertThat(withRoles.read(
                        "QA_ENT_REG [enterprise:enterprise:create, enterprise:enterprise:view, home:workbench:view]",
                        "role",
                        ZH))
                .isEqualTo("企业登记员 [新增企业，查看企业，查看工作台]");
        assertThat(reading.read("[enterprise:enterprise:create, some:new:right]", "role", ZH))
                .isEqualTo("[新增企业, some:new:right]");
        assertThat(reading.read("[enterprise:enterprise:create, home:workbench:view]", "role", Locale.ENGLISH))
                .isEqualTo("[Create enterprises, View workbench]");
    }

    @Test
    void aGrantReadsTheRolesNamesAndTheScope() {
        assertThat(withRoles.read("[] / ALL → [ENTERPRISE_CONTACT] / ENTERPRISE", "user", ZH))
                .isEqualTo("[] / 全部数据 → [企业联络员] / 本企业");
        assertThat(withRoles.read("[ENTERPRISE_CONTACT, QA_ENT_REG] / ALL", "user", ZH))
                .isEqualTo("[企业联络员，企业登记员] / 全部数据");
        assertThat(withRoles.read("[GONE_ROLE] / ALL", "user", ZH)).isEqualTo("[GONE_ROLE] / 全部数据");
    }

    @Test
    void aSecuritySettingReadsItsLabel() {
        assertThat(reading.read("lockout.minutes: 15 → 16", "security", ZH)).isEqualTo("锁定时长（分钟）：15 → 16");
        assertThat(reading.read("lockout.minutes: null → 16", "security", Locale.ENGLISH))
                .isEqualTo("Lockout (minutes): — → 16");
        assertThat(reading.read("second-factor.required: 0 → 1", "security", ZH))
                .isEqualTo("须使用双因素认证的账号：不强制（用户可自行启用） → 管理员（系统、安全、审计管理员）");
        assertThat(reading.read("unknown.key: 1 → 2", "security", ZH)).isEqualTo("unknown.key: 1 → 2");
    }

    @Test
    void aRolesOwnSessionLimitReadsWithTheRolesName() {
        assertThat(withRoles.read("session.max-per-role.ENTERPRISE_CONTACT: null → 2", "security", ZH))
                .isEqualTo("“企业联络员”角色账号同时在线会话数：— → 2");
        assertThat(withRoles.read("session.max-per-role.GONE_ROLE: 1 → null", "security", Locale.ENGLISH))
                .isEqualTo("Sessions an account of the role GONE_ROLE may hold at once: 1 → —");
    }

    @Test
    void aMatchsStepReadsInChinese() {
        assertThat(reading.read("candidate #2 INTERVIEWED 2026-11-21", "talent-demand", ZH))
                .isEqualTo("人才 #2 已面试 2026-11-21");
        assertThat(reading.read("candidate #1 HIRED 2026-11-21", "talent-demand", ZH))
                .isEqualTo("人才 #1 已录用 2026-11-21");
        assertThat(reading.read("candidate #1 CONTACTED 2026-12-01", "talent-demand", ZH))
                .isEqualTo("人才 #1 已联系 2026-12-01");
    }

    @Test
    void countsReadInChineseWords() {
        assertThat(reading.read("15 items", "service-item", ZH)).isEqualTo("15 项");
        assertThat(reading.read("24 rows, 26 links", "project-plan", ZH)).isEqualTo("24 行，26 条链接");
        assertThat(reading.read("2026-12-07, 9 agenda items", "meeting", ZH)).isEqualTo("2026-12-07，9 项议题");
        assertThat(reading.read("[2007, 2008, 2026] 678 days", "calendar", ZH)).isEqualTo("[2007, 2008, 2026] 678 天");
        assertThat(reading.read("批复计划 (21 rows)", "project-plan", ZH)).isEqualTo("批复计划（21 行）");
        assertThat(reading.read("2026-12-07, 9 agenda items", "meeting", Locale.ENGLISH))
                .isEqualTo("2026-12-07, 9 agenda items");
    }

    @Test
    void theContractFiguresOfNewRecordsReadAsAChangeList() {
        assertThat(reading.read("agreedInvestment: — → 8000; fundsInPlace: — → 2000", "investment-lead", ZH))
                .isEqualTo("协议投资额：— → 8000；到位资金：— → 2000");
    }

    @Test
    void aLeadsMoveWithAReasonTakesAChineseColon() {
        assertThat(reading.read("CONTACTED → TERMINATED on 2026-07-04: 企业决定在粤港澳大湾区布局", "investment-lead", ZH))
                .isEqualTo("接洽 → 终止 于 2026-07-04：企业决定在粤港澳大湾区布局");
    }

    @Test
    void aCalendarDaysCorrectionReadsAsAWorkingDayOrADayOffWithItsNameAsTyped() {
        assertThat(reading.read("working 审计测试调休", "calendar", ZH)).isEqualTo("工作日 审计测试调休");
        assertThat(reading.read("off", "calendar", ZH)).isEqualTo("休息日");
        assertThat(reading.read("off project day", "calendar", ZH))
                .as("the typed name keeps its words")
                .isEqualTo("休息日 project day");
        assertThat(reading.read("working 调休", "calendar", Locale.ENGLISH)).isEqualTo("working day 调休");
        assertThat(reading.read("off season 2026-10-01~2026-10-07", "calendar", ZH))
                .as("a period whose typed name begins with the word is no day's correction")
                .isEqualTo("off season 2026-10-01~2026-10-07");
    }

    /** A correction is written before → after since the review found "工作日 调休上班" then just "休息日" in the log. */
    @Test
    void aCalendarDaysCorrectionReadsWhatTheDayWasAndWhatItBecame() {
        assertThat(reading.read("off → working 调休上班", "calendar", ZH)).isEqualTo("休息日 → 工作日 调休上班");
        assertThat(reading.read("working 调休上班 → off", "calendar", ZH)).isEqualTo("工作日 调休上班 → 休息日");
        assertThat(reading.read("off 元旦 → working 值班", "calendar", Locale.ENGLISH))
                .isEqualTo("day off 元旦 → working day 值班");
    }

    @Test
    void aProgressReportReadsItsFieldsAndOmitsWhatWasNotReported() {
        assertThat(reading.read("M3: percentComplete=60%, actualStart=2026-11-02", "project-plan", ZH))
                .isEqualTo("M3：进度=60%，实际开始=2026-11-02");
        assertThat(reading.read(
                        "A01: actualFinish=2026-11-20, dataDate=2026-11-21, note=已验收", "project-plan", Locale.ENGLISH))
                .isEqualTo("A01: Actual finish=2026-11-20, Data date=2026-11-21, Note=已验收");
    }

    @Test
    void anOldProgressReportReadsAsTheFormWrittenToday() {
        assertThat(reading.read("M3 null% null → null @ null", "project-plan", ZH))
                .isEqualTo("M3");
        assertThat(reading.read("M3 60% 2026-11-02 → null @ 2026-11-05", "project-plan", ZH))
                .isEqualTo("M3：进度=60%，实际开始=2026-11-02，数据日期=2026-11-05");
        assertThat(reading.read("A 100% 2026-10-01 → 2026-11-01 @ null", "project-plan", ZH))
                .isEqualTo("A：进度=100%，实际开始=2026-10-01，实际完成=2026-11-01");
    }
}
