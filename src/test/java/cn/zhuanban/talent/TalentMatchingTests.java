package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentCommands.MatchStepForm;
import cn.zhuanban.talent.TalentViews.MatchView;
import cn.zhuanban.talent.TalentViews.ScorePart;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TalentMatchingTests {

    static final CurrentUser STAFF =
            new CurrentUser(1, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));
    static final CurrentUser LEADER = new CurrentUser(
            2, "leader", "王建国", null, null, DataScope.ALL, Set.of(), Set.of(Permissions.TALENT_DEMAND_VIEW));

    @Autowired
    TalentManagement talent;

    @Autowired
    CandidatePool pool;

    @Autowired
    EnterpriseManagement enterprises;

    final String discipline = "制剂" + System.nanoTime();

    @Test
    void ranksConsentingCandidatesByScoreAndExplainsEveryPart() {
        long demand = demand(Education.BACHELOR, 4);
        long best = candidate("甲", Education.MASTER, discipline, 6, "示范区", false);
        long related = candidate("乙", Education.BACHELOR, discipline + "工程", 2, "郑州", true);
        long lowerEducation = candidate("丙", Education.JUNIOR_COLLEGE, discipline, 4, "洛阳", false);
        long withdrawn = candidate("丁", Education.DOCTORATE, discipline, 9, "示范区", false);
        pool.edit(withdrawn, form("丁", Education.DOCTORATE, discipline, 9, "示范区", false, false, 1));

        List<MatchView> ranked = mine(
                talent.matches(STAFF, demand, new PageQuery(0, 200)).content(),
                List.of(best, related, lowerEducation, withdrawn));

        assertThat(ranked).extracting(m -> m.candidate().id()).containsExactly(best, lowerEducation, related);
        assertThat(ranked).extracting(MatchView::score).containsExactly(100, 70, 65);
        assertThat(ranked.get(2).parts()).extracting(ScorePart::points).containsExactly(30, 15, 12, 8);
        assertThat(ranked.get(2).parts())
                .extracting(ScorePart::verdictKey)
                .containsExactly(
                        "talent.match.education.full", "talent.match.discipline.contains",
                        "talent.match.experience.partial", "talent.match.location.partial");
        assertThat(ranked.get(1).parts().get(0).verdictKey()).isEqualTo("talent.match.education.partial");
        assertThat(ranked.get(0).candidate().name()).isEqualTo("甲");
    }

    @Test
    void hidesNamesAndContactDataWithoutTheTalentPermission() {
        long demand = demand(Education.BACHELOR, 0);
        long id = candidate("戊", Education.BACHELOR, discipline, 3, "示范区", false);

        MatchView seenByLeader = mine(
                        talent.matches(LEADER, demand, new PageQuery(0, 200)).content(), List.of(id))
                .get(0);

        assertThat(seenByLeader.candidate().name()).isNull();
        assertThat(seenByLeader.candidate().phone()).isNull();
        assertThat(seenByLeader.candidate().contactVisible()).isFalse();
        assertThat(pool.candidate(STAFF, id).phone()).isEqualTo("13800000000");
    }

    @Test
    void contactNeedsConsentAndRemovalLeavesOnlyAnonymousCounts() {
        long demand = demand(Education.BACHELOR, 0);
        long hired = candidate("己", Education.BACHELOR, discipline, 3, "示范区", false);
        long withdrawn = candidate("庚", Education.BACHELOR, discipline, 3, "示范区", false);
        pool.edit(withdrawn, form("庚", Education.BACHELOR, discipline, 3, "示范区", false, false, 1));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

        assertThatThrownBy(() -> talent.recordStep(
                        STAFF, demand, withdrawn, new MatchStepForm(MatchStep.CONTACTED, today, null)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TALENT_NO_CONSENT));
        for (MatchStep step : List.of(MatchStep.CONTACTED, MatchStep.INTERVIEWED, MatchStep.HIRED)) {
            talent.recordStep(STAFF, demand, hired, new MatchStepForm(step, today, null));
        }
        long removedBefore = pool.counts().removed();

        pool.removeOnRequest(hired);

        assertThat(pool.counts().removed()).isEqualTo(removedBefore + 1);
        assertThat(pool.candidate(STAFF, hired).name()).isNull();
        assertThat(pool.candidate(STAFF, hired).discipline()).isNull();
        assertThat(pool.candidate(STAFF, hired).removed()).isTrue();
        assertThat(talent.demand(STAFF, demand).hired()).isEqualTo(1);
        assertThat(mine(talent.matches(STAFF, demand, new PageQuery(0, 200)).content(), List.of(hired)))
                .isEmpty();
        assertThatThrownBy(() -> pool.removeOnRequest(hired)).isInstanceOf(BusinessException.class);
    }

    private long demand(Education education, int years) {
        long enterprise = enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("人才测试企业"), TestCodes.creditCode(), null, null, null, null, null, null, null))
                .id();
        return talent.createDemand(
                STAFF,
                new DemandForm(
                        enterprise,
                        null,
                        "制剂工程师",
                        2,
                        education,
                        discipline,
                        years,
                        8000,
                        12000,
                        Urgency.URGENT,
                        LocalDate.of(2099, 12, 31),
                        "示范区",
                        null,
                        0));
    }

    private long candidate(
            String name, Education education, String discipline, int years, String location, boolean relocate) {
        return pool.enter(form(name, education, discipline, years, location, relocate, true, 0));
    }

    private static CandidateForm form(
            String name,
            Education education,
            String discipline,
            int years,
            String location,
            boolean relocate,
            boolean consent,
            int version) {
        return new CandidateForm(
                name,
                "13800000000",
                null,
                education,
                discipline,
                "GMP",
                years,
                location,
                relocate,
                consent,
                LocalDate.of(2026, 3, 1),
                "招聘会现场书面同意",
                CandidateSource.JOB_FAIR,
                version);
    }

    private static List<MatchView> mine(List<MatchView> all, List<Long> ids) {
        return all.stream().filter(m -> ids.contains(m.candidate().id())).toList();
    }
}
