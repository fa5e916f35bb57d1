package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.LeadFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every ledger is exported by whoever reads it, and the file holds what his list holds: the enterprise contact his
 * enterprise's projects, their investment reports and his enterprise, no other's; the lead official, the task force
 * and the department handler the leads and talent demands they read.
 */
@IntegrationTest
class ReaderLedgerExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    TalentManagement talent;

    @Test
    void anEnterpriseContactExportsHisOwnProjectsAndEnterpriseOnly() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser contact = fx.user("enterprise");
        long own = fx.project(contact.enterpriseId(), null);
        long other = fx.project(fx.user("enterprise2").enterpriseId(), null);

        assertThat(WebTestSupport.page(mvc, "enterprise", "/projects")).contains("/projects/export");
        ExportedSheet projectFile = ExportedSheet.download(mvc, "enterprise", "/projects/export");
        List<String> exported =
                projectFile.rows().stream().skip(1).map(List::getFirst).toList();
        assertThat(exported)
                .contains(name(own))
                .doesNotContain(name(other))
                .isSubsetOf(jdbc.sql("select name from project where enterprise_id = :e")
                        .param("e", contact.enterpriseId())
                        .query(String.class)
                        .list());

        assertThat(WebTestSupport.page(mvc, "enterprise", "/enterprises")).contains("/enterprises/export");
        ExportedSheet enterpriseFile = ExportedSheet.download(mvc, "enterprise", "/enterprises/export");
        String creditCode = jdbc.sql("select credit_code from enterprise where id = :e")
                .param("e", contact.enterpriseId())
                .query(String.class)
                .single();
        assertThat(enterpriseFile.rows().stream().skip(1).map(r -> r.get(1)).toList())
                .containsExactly(creditCode);

        assertThat(WebTestSupport.page(mvc, "enterprise", "/investment-reports/projects/" + own))
                .contains("/investment-reports/projects/" + own + "/export");
        ExportedSheet.download(mvc, "enterprise", "/investment-reports/projects/" + own + "/export");
        mvc.perform(get("/investment-reports/projects/" + other + "/export")
                        .session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLeadOfficialTheTaskForceAndTheHandlerExportTheLeadsAndDemandsTheyRead() throws Exception {
        for (String user : List.of("lead", "taskforce", "handler")) {
            for (String ledger : List.of("/investment/leads", "/talent/demands")) {
                assertThat(WebTestSupport.page(mvc, user, ledger)).as(user).contains(ledger + "/export");
                ExportedSheet file = ExportedSheet.download(mvc, user, ledger + "/export");
                // the file holds the rows the list counts
                assertThat(file.rows().size() - 1).as(user + ledger).isEqualTo(listed(user, ledger));
            }
        }
        assertThat(WebTestSupport.page(mvc, "enterprise", "/talent/demands")).contains("/talent/demands/export");
        ExportedSheet.download(mvc, "enterprise", "/talent/demands/export");
    }

    /** What the list counts for the user: the same scoped query the page runs. */
    private long listed(String user, String ledger) {
        CurrentUser demo = new ServiceFixtures(enterprises, taskForces, projects, directory).user(user);
        // with his roles' permissions, not every one: the offices that recruit read more demands
        CurrentUser reader = new CurrentUser(
                demo.id(),
                demo.username(),
                demo.fullName(),
                demo.departmentId(),
                demo.enterpriseId(),
                demo.dataScope(),
                demo.roles(),
                Set.copyOf(jdbc.sql("""
                                select rp.permission from role_permission rp
                                join user_role ur on ur.role_id = rp.app_role where ur.app_user = :user""")
                        .param("user", demo.id())
                        .query(String.class)
                        .list()));
        return ledger.startsWith("/investment")
                ? investment
                        .leads(reader, LeadFilter.none(), new PageQuery(0, 1))
                        .totalElements()
                : talent.demands(reader, new DemandFilter(null, null, null, null, null), new PageQuery(0, 1))
                        .totalElements();
    }

    private String name(long project) {
        return jdbc.sql("select name from project where id = :id")
                .param("id", project)
                .query(String.class)
                .single();
    }
}
