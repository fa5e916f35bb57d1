package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A yellow light is stored with its reason in Chinese, as a red one is (domain §4): the work with at most five working
 * days of float, the work due soon and behind a straight line, and last month's target met only late.
 */
@IntegrationTest
class PlanLightReasonTests {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static final LocalDate DUE = LocalDate.of(2026, 12, 8);

    @Autowired
    MessageSource messages;

    @Test
    void namesTheWorkWithLittleFloatNearestDueFirst() {
        PlanSheet.Row land = row("A03", "土地供应（招拍挂）", "TASK", DUE, 3, "YELLOW", 40);
        PlanSheet.Row start = row("M1", "开工", "MILESTONE", DUE.plusMonths(3), 3, "YELLOW", null);
        PlanSheet.Row energy = row("A09", "节能审查", "TASK", DUE.plusMonths(1), 30, "GREEN", 0);

        String reason = PlanLights.yellowReason(sheet(start, energy, land), List.of(start), List.of())
                .text(messages, ZH);

        assertThat(reason).isEqualTo("总时差不超过5个工作日：A03 土地供应（招拍挂） 余3个工作日、M1 开工 余3个工作日");
    }

    @Test
    void namesTheWorkBehindAStraightLineAndALateMonth() {
        PlanSheet.Row permit = row("A11", "施工许可证", "TASK", DUE, 12, "YELLOW", 20);
        PlanSheet.Row green = row("M1", "开工", "MILESTONE", DUE.plusDays(10), 12, "GREEN", null);

        String behind = PlanLights.yellowReason(sheet(permit, green), List.of(permit), List.of())
                .text(messages, ZH);
        String late = PlanLights.yellowReason(sheet(green), List.of(green), List.of(YearMonth.of(2026, 11)))
                .text(messages, ZH);

        assertThat(behind).isEqualTo("临近最迟完成日，进度落后：A11 施工许可证 完成20%，须于2026-12-08前完成");
        assertThat(late).isEqualTo("月度目标逾期后补完：2026年11月");
    }

    @Test
    void anEnglishReaderReadsTheSameReasonInEnglish() {
        PlanSheet.Row land = row("A03", "土地供应（招拍挂）", "TASK", DUE, 3, "YELLOW", 40);
        PlanSheet.Row permit = row("A11", "施工许可证", "TASK", DUE, 12, "YELLOW", 20);

        String reason = PlanLights.yellowReason(
                        sheet(land, permit), List.of(land), List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11)))
                .text(messages, Locale.ENGLISH);

        assertThat(reason)
                .isEqualTo("At most 5 working days of float: A03 土地供应（招拍挂） 3 working days left; "
                        + "Due soon and behind: A11 施工许可证 20% done, due by 2026-12-08; "
                        + "Monthly targets met only late: 10/2026, 11/2026");
    }

    private static PlanSheet sheet(PlanSheet.Row... rows) {
        return new PlanSheet(1, "测试", DUE.minusYears(1), DUE.plusYears(1), null, 1, List.of(rows), null);
    }

    private static PlanSheet.Row row(
            String key, String name, String kind, LocalDate lateFinish, int totalFloat, String light, Integer percent) {
        return new PlanSheet.Row(
                key,
                name,
                kind,
                "S1",
                1,
                kind.equals("TASK") ? 10 : 0,
                null,
                "",
                null,
                lateFinish.minusDays(20),
                lateFinish.minusDays(5),
                lateFinish.minusDays(14),
                lateFinish,
                totalFloat,
                totalFloat <= 0,
                light,
                percent == null || percent == 0 ? null : lateFinish.minusDays(20),
                null,
                percent,
                null,
                null);
    }
}
