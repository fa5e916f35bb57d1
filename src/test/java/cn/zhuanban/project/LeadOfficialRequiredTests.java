package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every key project has one district leader in charge: the project pages require the lead official (分包领导) on
 * registering and on editing, while the API keeps it optional as its contract has it, and a project without one says
 * so on its page.
 */
@IntegrationTest
class LeadOfficialRequiredTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    MockHttpSession dispatch;
    long enterprise;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterprise = fx.enterprise();
    }

    @Test
    void theNewProjectPageRefusesAProjectWithoutLeadOfficial() throws Exception {
        String name = TestCodes.unique("无分包领导项目");
        mvc.perform(filled(post("/projects"), name, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请选择分包领导：每个重点项目都要有一位区级领导分包负责。")));
        assertThat(count(name)).isZero();

        mvc.perform(filled(post("/projects"), name, Long.toString(fx.userId("lead"))))
                .andExpect(status().is3xxRedirection());
        assertThat(count(name)).isOne();
    }

    @Test
    void aProjectRegisteredOverTheApiWithoutLeadOfficialSaysSoAndItsEditPageAsksForOne() throws Exception {
        String name = TestCodes.unique("接口无分包领导项目");
        String created = mvc.perform(post("/api/v1/projects")
                        .session(dispatch)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "enterpriseId": %d, "level": "DISTRICT", "stage": "PRE_CONSTRUCTION",
                                 "totalInvestment": 1000, "start": "2026-03-02", "targetFinish": "2028-03-01"}""".formatted(name, enterprise)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/projects/" + id).session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"set-lead-official\"")));
        mvc.perform(get("/projects/" + id + "/edit").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"leadOfficialId\" required")));

        String version =
                Integer.toString(projectReads.find(id, fx.user("dispatch")).version());
        mvc.perform(filled(post("/projects/" + id), name, "").param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请选择分包领导")));
        mvc.perform(filled(post("/projects/" + id), name, Long.toString(fx.userId("lead")))
                        .param("version", version))
                .andExpect(status().is3xxRedirection());
        assertThat(projectReads.find(id, fx.user("dispatch")).leadOfficialName())
                .isNotBlank();
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name, String lead) {
        return request.session(dispatch)
                .with(csrf())
                .param("name", name)
                .param("enterpriseId", Long.toString(enterprise))
                .param("level", "DISTRICT")
                .param("stage", "PRE_CONSTRUCTION")
                .param("totalInvestment", "1000")
                .param("start", "2026-03-02")
                .param("targetFinish", "2028-03-01")
                .param("leadOfficialId", lead);
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from project where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
