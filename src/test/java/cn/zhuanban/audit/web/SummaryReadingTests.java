package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Stored summaries, as the events of several modules wrote them, read in the auditor's words; what a person typed
 * stays as typed, and the English page keeps English labels and punctuation.
 */
class SummaryReadingTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final SummaryReading reading = new SummaryReading(bundles());

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
                .isEqualTo("ContractTerms[协议投资额=—，到位资金=2000] → ContractTerms[协议投资额=8000，到位资金=2000]");
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
}
