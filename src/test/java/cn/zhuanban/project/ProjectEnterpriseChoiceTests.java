package cn.zhuanban.project;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project may only be registered for an enterprise the user's pick list offers: a user whose scope is one
 * enterprise cannot register a project for another by a crafted request.
 */
@IntegrationTest
class ProjectEnterpriseChoiceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnterpriseScopedUserRegistersProjectsOnlyForTheirOwnEnterprise() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long other = directory.findByUsername("enterprise2").orElseThrow().enterpriseId();
        MockHttpSession session = WebTestSupport.login(mvc, registrar(own));

        mvc.perform(create(session, other))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("enterpriseId"));
        mvc.perform(create(session, own)).andExpect(status().isCreated());
    }

    private static org.springframework.test.web.servlet.RequestBuilder create(
            MockHttpSession session, long enterprise) {
        String body = """
                {"name": "%s", "projectCode": null, "enterpriseId": %d, "level": "DISTRICT",
                 "stage": "PLANNED", "totalInvestment": 800, "start": "2027-03-01", "targetFinish": "2028-06-30"}""".formatted(TestCodes.unique("企业自建项目"), enterprise);
        return post("/api/v1/projects")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /**
     * A fresh account of enterprise {@code enterpriseId} with a custom role that may register projects: refused as a
     * grant now, but one made before still meets the scope.
     */
    private String registrar(long enterpriseId) {
        return new CustomRoleAccounts(roles, identity, directory)
                .createBeforeEnterpriseRule(
                        jdbc, enterpriseId, Set.of(Permissions.PROJECT_CREATE, Permissions.PROJECT_VIEW));
    }
}
