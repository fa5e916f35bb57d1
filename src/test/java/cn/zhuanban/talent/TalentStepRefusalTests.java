package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentCommands.MatchStepForm;
import cn.zhuanban.talent.TalentViews.MatchView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A step the rules refuse says why on the demand page: beside the candidate's step when his row is shown, and in the
 * page's error banner always (the candidate without consent to contact has no row). A step dated in the future, or
 * before the step it follows, is refused.
 */
@IntegrationTest
class TalentStepRefusalTests {

    static final CurrentUser STAFF =
            new CurrentUser(1, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));

    @Autowired
    MockMvc mvc;

    @Autowired
    TalentManagement talent;

    @Autowired
    CandidatePool pool;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    Clock clock;

    final String discipline = "药学" + System.nanoTime();
    LocalDate today;
    long demand;
    MockHttpSession dispatch;

    @BeforeEach
    void setUp() throws Exception {
        today = LocalDate.now(clock);
        demand = demand();
        dispatch = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void aStepRecordedMeanwhileIsRefusedBesideTheCandidatesStep() throws Exception {
        long candidate = pool.enter(candidate("甲", true));
        talent.recordStep(STAFF, demand, candidate, new MatchStepForm(MatchStep.CONTACTED, today, null));

        String page = step(candidate, "CONTACTED", today.toString());

        assertThat(page).contains("invalid-feedback d-block\">“已联系”不能接在“已联系”之后");
    }

    @Test
    void aCandidateWithoutConsentIsRefusedWithTheReasonInTheBanner() throws Exception {
        long candidate = pool.enter(candidate("乙", true));
        pool.edit(candidate, candidate("乙", false, 1)); // withdrawn after the page was loaded

        String page = step(candidate, "CONTACTED", today.toString());

        assertThat(page).contains("未保存：请按下方标红的提示修改后再提交。").containsPattern("<li>\\s*该人才未同意被联系（须记录同意及日期）。\\s*</li>");
        assertThat(page).doesNotContain("<li>_");
    }

    @Test
    void aStepDatedInTheFutureIsRefusedAndNothingIsRecorded() throws Exception {
        long candidate = pool.enter(candidate("丙", true));

        String page = step(candidate, "CONTACTED", "2030-01-01");

        assertThat(page).containsPattern("invalid-feedback d-block\">[^<]*日期 2030-01-01 尚未到来");
        assertThat(match(candidate).step()).isNull();
    }

    @Test
    void aStepIsNotDatedBeforeTheStepItFollows() {
        long candidate = pool.enter(candidate("丁", true));
        talent.recordStep(STAFF, demand, candidate, new MatchStepForm(MatchStep.CONTACTED, today, null));

        assertThatThrownBy(() -> talent.recordStep(
                        STAFF, demand, candidate, new MatchStepForm(MatchStep.INTERVIEWED, today.minusDays(1), null)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("on"));
        talent.recordStep(STAFF, demand, candidate, new MatchStepForm(MatchStep.INTERVIEWED, today, null));
        assertThat(match(candidate).step()).isEqualTo(MatchStep.INTERVIEWED);
    }

    private String step(long candidate, String step, String on) throws Exception {
        return mvc.perform(post("/talent/demands/{id}/candidates/{c}/step", demand, candidate)
                        .session(dispatch)
                        .with(csrf())
                        .param("step", step)
                        .param("on", on))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MatchView match(long candidate) {
        return talent.matches(STAFF, demand, new PageQuery(0, 200)).content().stream()
                .filter(m -> m.candidate().id() == candidate)
                .findFirst()
                .orElseThrow();
    }

    private long demand() {
        long enterprise = enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("人才进展企业"), TestCodes.creditCode(), null, null, null, null, null, null, null))
                .id();
        return talent.createDemand(
                STAFF,
                new DemandForm(
                        enterprise,
                        null,
                        "质量工程师",
                        1,
                        Education.BACHELOR,
                        discipline,
                        0,
                        8000,
                        12000,
                        Urgency.URGENT,
                        today.plusMonths(6),
                        "示范区",
                        null,
                        0));
    }

    private CandidateForm candidate(String name, boolean consent) {
        return candidate(name, consent, 0);
    }

    private CandidateForm candidate(String name, boolean consent, int version) {
        return new CandidateForm(
                name,
                "13800000000",
                null,
                Education.BACHELOR,
                discipline,
                "GMP",
                3,
                "示范区",
                false,
                consent,
                consent ? today.minusDays(30) : null,
                consent ? "招聘会现场书面同意" : null,
                CandidateSource.JOB_FAIR,
                version);
    }
}
