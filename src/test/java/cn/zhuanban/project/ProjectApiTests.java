package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditManagement.AuditFilter;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.PageQuery;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ProjectApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    UserDirectory directory;

    @Autowired
    AuditManagement audit;

    MockHttpSession dispatch;
    long enterpriseId;
    long lead;

    @BeforeEach
    void setUp() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("示范项目测试企业"), TestCodes.creditCode(), null, null, null, null, null, null, 0))
                .id();
        lead = directory.findByUsername("lead").orElseThrow().id();
    }

    @Test
    void registersAProjectAndReadsItBackAndFindsItByFilters() throws Exception {
        String name = TestCodes.unique("示范接口测试项目");
        String code = TestCodes.projectCode();
        String created = create(body(name, "\"" + code + "\"", "MUNICIPAL", "2026-03-02", "2027-12-31"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.statusLight").value("GREEN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/api/v1/projects/" + id).session(dispatch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.projectCode").value(code))
                .andExpect(jsonPath("$.level").value("MUNICIPAL"))
                .andExpect(jsonPath("$.stage").value("PRE_CONSTRUCTION"))
                .andExpect(jsonPath("$.totalInvestment").value(12345.67))
                .andExpect(jsonPath("$.start").value("2026-03-02"))
                .andExpect(jsonPath("$.enterpriseId").value(enterpriseId))
                .andExpect(jsonPath("$.leadOfficialName").value("侯明远"));
        list("q=" + name + "&stage=PRE_CONSTRUCTION&level=MUNICIPAL&light=GREEN")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        list("q=" + name + "&stage=IN_PRODUCTION")
                .andExpect(jsonPath("$.totalElements").value(0));
        list("q=" + name + "&level=PROVINCIAL")
                .andExpect(jsonPath("$.totalElements").value(0));
        list("q=" + name + "&light=RED").andExpect(jsonPath("$.totalElements").value(0));
        list("enterpriseId=" + enterpriseId).andExpect(jsonPath("$.content[*].id", Matchers.contains((int) id)));
    }

    /** As the README says: paging out of range is clamped and answered with the values used; query enums are lenient. */
    @Test
    void pagingOutOfRangeIsClampedAndAQueryChoiceIgnoresCaseWhileTheBodysDoesNot() throws Exception {
        list("size=1000&page=-3")
                .andExpect(jsonPath("$.size").value(200))
                .andExpect(jsonPath("$.page").value(0));
        list("size=0").andExpect(jsonPath("$.size").value(20));
        list("stage=pre-construction&size=1")
                .andExpect(jsonPath("$.content[*].stage", Matchers.everyItem(Matchers.is("PRE_CONSTRUCTION"))));
        create(body(TestCodes.unique("示范小写级别项目"), "null", "district", "2026-03-02", "2027-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("level"));
    }

    @Test
    void aMalformedProjectCodeIsRefusedNamingTheField() throws Exception {
        create(body(TestCodes.unique("示范代码错误项目"), "\"2026-4101-99\"", "DISTRICT", "2026-03-02", "2027-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("project.project-code-format"))
                .andExpect(jsonPath("$.field").value("projectCode"));
    }

    @Test
    void aTargetFinishBeforeTheStartIsRefusedNamingTheField() throws Exception {
        create(body(TestCodes.unique("示范日期错误项目"), "null", "DISTRICT", "2026-03-02", "2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("project.dates"))
                .andExpect(jsonPath("$.field").value("targetFinish"));
    }

    @Test
    void missingAndUnreadableFieldsAreNamed() throws Exception {
        create(body("", "null", "DISTRICT", "2026-03-02", "2027-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.fields", Matchers.contains("name")));
        create(body(TestCodes.unique("示范负投资项目"), "null", "DISTRICT", "2026-03-02", "2027-12-31")
                        .replace("12345.67", "-5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("totalInvestment"))
                .andExpect(jsonPath("$.fields", Matchers.contains("totalInvestment")));
        create(body("示范级别错误项目", "null", "COUNTY", "2026-03-02", "2027-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("level"));
    }

    @Test
    void aProjectCodeIsRegisteredOnlyOnce() throws Exception {
        String code = "\"" + TestCodes.projectCode() + "\"";
        create(body(TestCodes.unique("示范首个项目"), code, "DISTRICT", "2026-03-02", "2027-12-31"))
                .andExpect(status().isCreated());

        create(body(TestCodes.unique("示范重复代码项目"), code, "DISTRICT", "2026-03-02", "2027-12-31"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("project.project-code-taken"));
    }

    @Test
    void editingThroughTheFormIsAuditedWithTheChangedFields() throws Exception {
        String created = create(body(TestCodes.unique("示范审计测试项目"), "null", "DISTRICT", "2026-03-02", "2027-12-31"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(post("/projects/" + id)
                        .session(dispatch)
                        .with(csrf())
                        .param("name", (String) JsonPath.read(created, "$.name"))
                        .param("enterpriseId", Long.toString(enterpriseId))
                        .param("level", "DISTRICT")
                        .param("stage", "UNDER_CONSTRUCTION")
                        .param("totalInvestment", "12345.67")
                        .param("start", "2026-03-02")
                        .param("targetFinish", "2027-12-31")
                        .param("leadOfficialId", Long.toString(lead))
                        .param("stageOn", "2026-03-02") // a move to 在建 is dated
                        .param("version", JsonPath.read(created, "$.version").toString()))
                .andExpect(status().is3xxRedirection());

        AuditFilter updates = new AuditFilter(null, "project", Long.toString(id), "project.updated", null, null);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                audit.search(updates, PageQuery.of(0, 10)).content())
                        .singleElement()
                        .satisfies(record -> {
                            assertThat(record.actor()).isEqualTo("dispatch");
                            assertThat(record.summary()).isEqualTo("stage: PRE_CONSTRUCTION → UNDER_CONSTRUCTION");
                        }));
    }

    /** Several unknown ids are named together, each with its own message. */
    @Test
    void unknownReferencesAreNamedTogether() throws Exception {
        create("""
                        {"name": "%s", "enterpriseId": 987654321, "level": "DISTRICT", "stage": "PRE_CONSTRUCTION",
                         "totalInvestment": 1, "start": "2026-03-02", "targetFinish": "2027-12-31",
                         "leadOfficialId": 987654322, "taskForceId": 987654323}""".formatted(TestCodes.unique("未知引用")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("enterpriseId"))
                .andExpect(jsonPath(
                        "$.fields", org.hamcrest.Matchers.contains("enterpriseId", "leadOfficialId", "taskForceId")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("987654323")));
    }

    private ResultActions create(String json) throws Exception {
        return mvc.perform(post("/api/v1/projects")
                .session(dispatch)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions list(String query) throws Exception {
        return mvc.perform(get("/api/v1/projects?" + query).session(dispatch)).andExpect(status().isOk());
    }

    private String body(String name, String projectCode, String level, String start, String targetFinish) {
        return """
                {"name": "%s", "projectCode": %s, "enterpriseId": %d, "level": "%s", "stage": "PRE_CONSTRUCTION",
                 "totalInvestment": 12345.67, "start": "%s", "targetFinish": "%s", "leadOfficialId": %d}""".formatted(name, projectCode, enterpriseId, level, start, targetFinish, lead);
    }
}
