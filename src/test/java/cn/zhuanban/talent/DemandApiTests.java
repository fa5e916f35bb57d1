package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.BearerTokens;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Talent demands over the API with bearer tokens: scope of enterprise contacts, matches, validation. */
@IntegrationTest
class DemandApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TalentManagement talent;

    @Autowired
    CandidatePool pool;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    UserDirectory directory;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    Clock clock;

    @Test
    void anEnterpriseContactReadsAndEntersOnlyTheirOwnEnterprisesDemands() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long foreign = foreignEnterprise();
        String position = TestCodes.unique("接口岗位");
        long foreignDemand = demand(foreign, position + "乙", "药学");
        String contact = BearerTokens.of(mvc, "enterprise");

        // another enterprise named is refused, not silently replaced by the contact's own
        create(contact, """
                        {"enterpriseId": %d, "position": "%s甲", "headcount": 2, "education": "BACHELOR",
                         "discipline": "药学", "minYears": 1, "urgency": "URGENT"}""".formatted(foreign, position))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("enterpriseId"));
        String body = create(contact, """
                        {"position": "%s甲", "headcount": 2, "education": "BACHELOR",
                         "discipline": "药学", "minYears": 1, "urgency": "URGENT"}""".formatted(position))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enterpriseId").value(own))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long ownDemand = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(get("/api/v1/talent/demands/" + ownDemand).header("Authorization", contact))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgency").value("URGENT"));
        mvc.perform(get("/api/v1/talent/demands/" + foreignDemand).header("Authorization", contact))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/talent/demands/" + foreignDemand + "/matches").header("Authorization", contact))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/talent/demands?q=" + position).header("Authorization", contact))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(ownDemand));
        create(contact, """
                        {"enterpriseId": %d, "position": "%s丙", "headcount": 1, "education": "BACHELOR",
                         "discipline": "药学", "minYears": 1, "urgency": "NORMAL"}""".formatted(own, position))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enterpriseId").value(own));
        mvc.perform(get("/api/v1/talent/demands?q=" + position)
                        .header("Authorization", BearerTokens.of(mvc, "dispatch")))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void matchesComeRankedWithTheirScorePartsAndContactDataOnlyForTalentStaff() throws Exception {
        String discipline = TestCodes.unique("接口专业");
        long enterprise = foreignEnterprise();
        // a demand of a project "lead" leads: he reads demands of his projects only
        long project = new ServiceFixtures(enterprises, taskForces, projects, directory).project(enterprise, null);
        long demand = demand(enterprise, project, TestCodes.unique("研发岗位"), discipline);
        long candidate = pool.enter(candidate(discipline));
        String path = "/api/v1/talent/demands/" + demand + "/matches?size=200";
        String mine = "$.content[?(@.candidate.id == " + candidate + ")]";

        String body = mvc.perform(get(path).header("Authorization", BearerTokens.of(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(mine + ".candidate.name", Matchers.contains("接口候选人")))
                .andExpect(jsonPath(mine + ".parts[*].part", Matchers.hasItem("discipline")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> scores = JsonPath.read(body, "$.content[*].score");
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));

        mvc.perform(get(path).header("Authorization", BearerTokens.of(mvc, "lead")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(mine + ".candidate.name", Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath(mine + ".candidate.phone", Matchers.contains(Matchers.nullValue())));
    }

    @Test
    void invalidDemandsAreProblemsNamingTheField() throws Exception {
        String token = BearerTokens.of(mvc, "dispatch");
        long enterprise = foreignEnterprise();
        create(token, """
                        {"enterpriseId": %d, "position": "", "headcount": 2, "education": "BACHELOR",
                         "discipline": "药学", "minYears": 1, "urgency": "NORMAL"}""".formatted(enterprise))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.fields", Matchers.contains("position")));
        create(token, """
                        {"enterpriseId": %d, "position": "工艺员", "headcount": 2, "education": "BACHELOR",
                         "discipline": "药学", "minYears": 1, "salaryMin": 9000, "salaryMax": 6000,
                         "urgency": "NORMAL"}""".formatted(enterprise))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("talent.salary-range"))
                .andExpect(jsonPath("$.field").value("salaryMax"));
    }

    @Test
    void aDemandNeededOnADayGoneByIsAValidationProblemNamingTodayAsOnTheForm() throws Exception {
        String token = BearerTokens.of(mvc, "dispatch");
        long enterprise = foreignEnterprise();
        LocalDate today = LocalDate.now(clock);
        String position = TestCodes.unique("过期到岗岗位");
        create(token, """
                        {"enterpriseId": %d, "position": "%s", "headcount": 2, "education": "BACHELOR",
                         "discipline": "药学", "minYears": 1, "urgency": "NORMAL", "neededBy": "%s"}""".formatted(enterprise, position, today.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("neededBy"))
                .andExpect(jsonPath("$.fields", Matchers.contains("neededBy")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("今天是 " + today)));
        mvc.perform(get("/api/v1/talent/demands?q=" + position).header("Authorization", token))
                .andExpect(jsonPath("$.totalElements").value(0));
        // Today itself is no day gone by.
        create(token, """
                        {"enterpriseId": %d, "position": "%s", "headcount": 2, "education": "BACHELOR",
                         "discipline": "药学", "minYears": 1, "urgency": "NORMAL", "neededBy": "%s"}""".formatted(enterprise, position, today))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.neededBy").value(today.toString()));
    }

    private ResultActions create(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/talent/demands")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long foreignEnterprise() {
        return enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("接口别家企业"), TestCodes.creditCode(), null, null, null, null, null, null, null))
                .id();
    }

    private long demand(long enterprise, String position, String discipline) {
        return demand(enterprise, null, position, discipline);
    }

    private long demand(long enterprise, Long project, String position, String discipline) {
        return talent.createDemand(
                TalentDataScopeTests.STAFF,
                new DemandForm(
                        enterprise,
                        project,
                        position,
                        3,
                        Education.BACHELOR,
                        discipline,
                        1,
                        null,
                        null,
                        Urgency.NORMAL,
                        LocalDate.of(2099, 6, 30),
                        null,
                        null,
                        0));
    }

    private static CandidateForm candidate(String discipline) {
        return new CandidateForm(
                "接口候选人",
                "13800000001",
                null,
                Education.MASTER,
                discipline,
                "GMP",
                5,
                "示范区",
                true,
                true,
                LocalDate.of(2026, 3, 1),
                "书面同意",
                CandidateSource.JOB_FAIR,
                0);
    }
}
