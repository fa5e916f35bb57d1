package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A plan's records read in the auditor's words: its week, an import's count of calendar exceptions and a row's
 * constraint with its date, not the English and the codes they are stored with; a light's reason in brackets reads with Chinese brackets only.
 */
class PlanSummaryReadingTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final SummaryReading reading = new SummaryReading(SummaryReadingTests.bundles(), RoleNames.NONE);

    @Test
    void aPlansWeekReadsInChinese() {
        assertThat(reading.read("calendar: 5-day week → 7-day week", "project-plan", ZH))
                .isEqualTo("日历：每周5天 → 每周7天（施工）");
        assertThat(reading.read("calendar: 7-day week → 5-day week", "project-plan", Locale.ENGLISH))
                .isEqualTo("Calendar: 7-day construction week → 5-day week");
    }

    @Test
    void aConstraintReadsAsWhatItMeansWithItsDate() {
        assertThat(reading.read("A02 constraint: — → MFO 2026-12-28", "project-plan", ZH))
                .isEqualTo("A02 限制条件：— → 必须于2026-12-28完成");
        assertThat(reading.read("A02 constraint: SNET 2026-10-01 → FNLT 2026-12-01", "project-plan", ZH))
                .isEqualTo("A02 限制条件：不早于2026-10-01开始 → 不晚于2026-12-01完成");
    }

    @Test
    void anImportedPlansSummaryReadsWhollyInTheReadersLanguage() {
        String stored = "24 rows, 26 links, 7-day week, 3 calendar exceptions";
        assertThat(reading.read(stored, "project-plan", ZH)).isEqualTo("24 行，26 条链接，每周7天（施工），3 个日历例外日");
        assertThat(reading.read(stored, "project-plan", Locale.ENGLISH))
                .isEqualTo("24 rows, 26 links, 7-day construction week, 3 calendar exceptions");
    }

    @Test
    void aLightReasonReadsWithChineseBracketsOnlyAndAReasonAloneSaysSo() {
        assertThat(reading.read("statusLight: YELLOW → RED (A03 土地供应 (招拍挂) 短3个工作日)", "project", ZH))
                .isEqualTo("亮灯：黄灯 → 红灯（A03 土地供应（招拍挂）短3个工作日）");
        assertThat(reading.read("statusLight: RED (滞后6个工作日)", "project", ZH)).isEqualTo("亮灯：红灯（滞后6个工作日）");
    }
}
