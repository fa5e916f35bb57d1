package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An enterprise contact downloads the ticket ledger he reads: his enterprise's tickets (those of its projects, and
 * those he reported), no other enterprise's; the contact of another enterprise gets his own the same way.
 */
@IntegrationTest
class EnterpriseContactTicketExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketManagement tickets;

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

    @Test
    void eachEnterpriseContactExportsHisOwnEnterprisesTicketsOnly() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        String marker = TestCodes.unique("联络员导出");
        long first = report(fx.project(fx.user("enterprise").enterpriseId(), null), marker, dispatch);
        long second = report(fx.project(fx.user("enterprise2").enterpriseId(), null), marker, dispatch);

        assertThat(WebTestSupport.page(mvc, "enterprise", "/tickets")).contains("/tickets/export");
        String filtered = "/tickets/export?q=" + marker; // MockMvc encodes it
        assertThat(ids(ExportedSheet.download(mvc, "enterprise", filtered))).containsExactly(first);
        assertThat(ids(ExportedSheet.download(mvc, "enterprise2", filtered))).containsExactly(second);

        for (String contact : List.of("enterprise", "enterprise2")) {
            assertThat(ids(ExportedSheet.download(mvc, contact, "/tickets/export")))
                    .as(contact)
                    .contains(contact.equals("enterprise") ? first : second)
                    .isSubsetOf(readable(fx.user(contact)));
        }
    }

    private long report(long project, String marker, CurrentUser user) {
        return tickets.report(
                new ReportCommand(project, TicketCategory.POWER, marker, "企业联络员导出测试", TicketSeverity.NORMAL),
                List.of(),
                user);
    }

    private static List<Long> ids(ExportedSheet file) {
        return file.rows().stream().skip(1).map(r -> Long.valueOf(r.getFirst())).toList();
    }

    /** The tickets of the contact's enterprise's projects, and those he reported. */
    private Set<Long> readable(CurrentUser contact) {
        return new HashSet<>(jdbc.sql("""
                        select t.id from ticket t join project p on p.id = t.project_id
                        where p.enterprise_id = :enterprise or t.reporter_id = :user""")
                .param("enterprise", contact.enterpriseId())
                .param("user", contact.id())
                .query(Long.class)
                .list());
    }
}
