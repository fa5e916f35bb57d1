package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentCommands.MatchStepForm;
import cn.zhuanban.talent.TalentViews.MatchView;
import cn.zhuanban.talent.TalentViews.ScorePart;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Matching relates disciplines through the undergraduate catalogue and reads the candidate's skills: a 化学工程与工艺
 * graduate is a near match for a 制药工程 post (same professional class 化工与制药类), not "other discipline" like a
 * literature graduate, and skills that name the post's work count too.
 */
@IntegrationTest
class TalentDisciplineMatchTests {

    static final CurrentUser STAFF = TalentMatchingTests.STAFF;

    @Autowired
    TalentManagement talent;

    @Autowired
    CandidatePool pool;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Only this test's candidates live here, so location is the same for all of them and no one else's. */
    final String place = TestCodes.unique("专业测试地");

    @Test
    void sameProfessionalClassRanksAboveAnUnrelatedDisciplineAndNamesTheClass() {
        long demand = demand("制药工程", "制剂研发岗");
        long same = candidate("制药工程", "药品注册");
        long sameClass = candidate("化学工程与工艺", "药品注册");
        long relatedClass = candidate("药物化学", "药品注册");
        long unrelated = candidate("汉语言文学", "药品注册");

        List<MatchView> ranked = mine(demand, List.of(same, sameClass, relatedClass, unrelated));

        assertThat(ranked)
                .extracting(m -> m.candidate().id())
                .containsExactly(same, sameClass, relatedClass, unrelated);
        assertThat(ranked).extracting(m -> discipline(m).points()).containsExactly(30, 20, 10, 0);
        assertThat(ranked).extracting(MatchView::score).containsExactly(100, 90, 80, 70);
        assertThat(ranked)
                .extracting(m -> discipline(m).verdictKey())
                .containsExactly(
                        "talent.match.discipline.same",
                        "talent.match.discipline.class",
                        "talent.match.discipline.family",
                        "talent.match.discipline.none");
        assertThat(discipline(ranked.get(1)).verdictArg()).isEqualTo("化工与制药类");
        assertThat(discipline(ranked.get(2)).verdictArg()).isEqualTo("药学类");
        assertThat(discipline(ranked.get(3)).verdictArg()).isNull();
    }

    @Test
    void skillsThatNameThePostsWorkLiftAnotherDisciplineButNotToTheSameMajor() {
        long demand = demand("制药工程", "合成工艺工程师");
        long foreignWithSkills = candidate("汉语言文学", "药品合成工艺文件编写");
        long foreignWithout = candidate("汉语言文学", "公文写作");
        long sameClassWithSkills = candidate("化学工程与工艺", "制药工程车间设计");
        long sameMajorWithSkills = candidate("制药工程", "合成工艺放大");

        List<MatchView> ranked =
                mine(demand, List.of(foreignWithSkills, foreignWithout, sameClassWithSkills, sameMajorWithSkills));

        assertThat(ranked)
                .extracting(m -> m.candidate().id())
                .containsExactly(sameMajorWithSkills, sameClassWithSkills, foreignWithSkills, foreignWithout);
        assertThat(ranked).extracting(m -> discipline(m).points()).containsExactly(30, 25, 10, 0);
        assertThat(ranked)
                .extracting(m -> discipline(m).verdictKey())
                .containsExactly(
                        "talent.match.discipline.same",
                        "talent.match.discipline.class-skills",
                        "talent.match.discipline.skills",
                        "talent.match.discipline.none");
        assertThat(ranked).extracting(MatchView::score).containsExactly(100, 95, 80, 70);
    }

    @Test
    void aShortFormOfAMajorIsTheSameMajorAndTheStoredScoreIsTheRankedOne() {
        long demand = demand("化学工程与工艺", "工艺工程师");
        long shortForm = candidate("化学工程", "精馏");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        MatchView match = mine(demand, List.of(shortForm)).getFirst();
        talent.recordStep(STAFF, demand, shortForm, new MatchStepForm(MatchStep.CONTACTED, today, null));

        assertThat(discipline(match).verdictKey()).isEqualTo("talent.match.discipline.same");
        assertThat(match.score()).isEqualTo(100);
        assertThat(jdbc.queryForObject(
                        "select score from talent_match where demand_id = ? and candidate_id = ?",
                        Integer.class,
                        demand,
                        shortForm))
                .isEqualTo(100);
    }

    @Test
    void aWildcardTypedIntoADisciplineIsACharacterNotEveryDiscipline() {
        long demand = demand("制药工程", "制剂研发岗");
        long percent = candidate("%", "药品注册");
        long underscore = candidate("制_工程", "药品注册");

        List<MatchView> ranked = mine(demand, List.of(percent, underscore));

        assertThat(ranked).extracting(m -> discipline(m).points()).containsExactly(0, 0);
    }

    @Test
    void theDemandPageSaysWhichRelationWasFound() throws Exception {
        long demand = demand("制药工程", "合成工艺工程师");
        candidate("化学工程与工艺", "合成工艺放大");

        String html = WebTestSupport.page(mvc, "dispatch", "/talent/demands/" + demand);

        assertThat(html).contains("同一专业类（化工与制药类），技能相关");
    }

    private long demand(String discipline, String position) {
        long enterprise = enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("专业匹配企业"), TestCodes.creditCode(), null, null, null, null, null, null, null))
                .id();
        return talent.createDemand(
                STAFF,
                new DemandForm(
                        enterprise,
                        null,
                        position,
                        1,
                        Education.BACHELOR,
                        discipline,
                        3,
                        8000,
                        12000,
                        Urgency.NORMAL,
                        LocalDate.of(2099, 12, 31),
                        place,
                        null,
                        0));
    }

    /** Everything but discipline and skills meets the demand in full: the score differs by those alone. */
    private long candidate(String discipline, String skills) {
        return pool.enter(new CandidateForm(
                "候选人",
                "13900000000",
                null,
                Education.MASTER,
                discipline,
                skills,
                5,
                place,
                false,
                true,
                LocalDate.of(2026, 3, 1),
                "招聘会现场书面同意",
                CandidateSource.JOB_FAIR,
                0));
    }

    private List<MatchView> mine(long demand, List<Long> ids) {
        return talent.matches(STAFF, demand, new PageQuery(0, 200)).content().stream()
                .filter(m -> ids.contains(m.candidate().id()))
                .toList();
    }

    private static ScorePart discipline(MatchView match) {
        return match.parts().stream()
                .filter(p -> p.part().equals("discipline"))
                .findFirst()
                .orElseThrow();
    }
}
