package cn.zhuanban.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.Urgency;
import org.junit.jupiter.api.Test;

/** What a demand's skills test looks for: its discipline and the words of its position without the role word. */
class MatchScoreTests {

    @Test
    void thePositionGivesItsWordsWithoutTheRoleWord() {
        assertThat(MatchScore.keywords(demand("合成工艺工程师", "制药工程"))).containsExactly("制药工程", "合成工艺");
        assertThat(MatchScore.keywords(demand("QA 质量保证专员", "药学"))).containsExactly("药学", "qa", "质量保证");
        assertThat(MatchScore.keywords(demand("GMP 车间主任", "制药工程"))).containsExactly("制药工程", "gmp", "车间");
    }

    @Test
    void wordsTooShortToMeanAnythingAndRepeatsAreLeftOut() {
        assertThat(MatchScore.keywords(demand("药师 / 药学", "药学"))).containsExactly("药学");
        assertThat(MatchScore.keywords(demand("a、b、c、d、e、f、g、h 工艺 检验 包装 仓储 设备 安全 环保", "化学")))
                .hasSize(MatchScore.KEYWORDS)
                .startsWith("化学", "工艺");
    }

    private static DemandView demand(String position, String discipline) {
        return new DemandView(
                1,
                1,
                null,
                position,
                1,
                0,
                Education.BACHELOR,
                discipline,
                0,
                null,
                null,
                Urgency.NORMAL,
                null,
                null,
                DemandStatus.OPEN,
                null,
                0);
    }
}
