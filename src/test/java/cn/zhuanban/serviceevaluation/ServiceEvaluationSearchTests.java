package cn.zhuanban.serviceevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The ledger 服务评价 searches by part of the enterprise's or the project's name, and its export follows. */
@IntegrationTest
class ServiceEvaluationSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceEvaluationManagement evaluations;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLedgerFindsARatingByItsEnterpriseOrProjectNameAndExportsWhatItFound() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(fx.userId("taskforce")), Set.of());
        long one = rated(fx, taskForce);
        long two = rated(fx, taskForce);
        String project = name("project", one);
        String enterprise = jdbc.sql("select e.name from enterprise e join project p on p.enterprise_id = e.id"
                        + " where p.id = :id")
                .param("id", one)
                .query(String.class)
                .single();
        String otherProject = name("project", two);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        for (String q : new String[] {project, enterprise}) {
            String page = mvc.perform(get("/service-evaluations").param("q", q).session(dispatch))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(q).contains(">" + project + "<").doesNotContain(">" + otherProject + "<");
            assertThat(page).contains("id=\"filter-q\"");
            int a = page.indexOf("href=\"", page.indexOf("id=\"evaluation-export\"")) + 6;
            String export = HtmlUtils.htmlUnescape(page.substring(a, page.indexOf('"', a)));
            byte[] xlsx = mvc.perform(get(URI.create(export)).session(dispatch))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                var sheet = book.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as(q).isEqualTo(1);
                assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(project);
            }
        }
        String typedWildcard = mvc.perform(
                        get("/service-evaluations").param("q", "_").session(dispatch))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(typedWildcard).doesNotContain(">" + project + "<");
    }

    private long rated(ServiceFixtures fx, long taskForce) {
        long enterprise = fx.enterprise();
        long project = fx.project(enterprise, taskForce);
        String contact = EnterpriseContacts.create(identity, directory, enterprise);
        evaluations.rate(
                project, new EvaluationForm(ServiceRating.SATISFIED, null, null, null, null, null), fx.user(contact));
        return project;
    }

    private String name(String table, long id) {
        return jdbc.sql("select name from " + table + " where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
