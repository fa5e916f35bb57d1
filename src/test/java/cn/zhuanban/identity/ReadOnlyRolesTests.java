package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervision office and the district's auditors read everything and change nothing
 * (MISSION, who uses it). The auditors (审计局) are a business role of their own: the audit
 * administrator of the separation of duties reads only the system's log.
 */
@IntegrationTest
class ReadOnlyRolesTests {

    /** A permission that only reads: a page, an export, a generated briefing, one's own API token. */
    static final Pattern READS = Pattern.compile(".*:(view|export)|home:report:generate|identity:token:create");

    /** Menu links: the pages a role is offered. */
    static final Pattern MENU_LINK = Pattern.compile("href=\"(/[^\"?#]*)\"");

    @Autowired
    RoleManagement roles;

    @Autowired
    MockMvc mvc;

    @Test
    void theAuditorsHoldTheSupervisionOfficesPermissionsAndNoneOfThemWrites() {
        RoleView supervision = role(BuiltinRoles.SUPERVISION);
        RoleView auditors = role(BuiltinRoles.AUDIT_OFFICE);

        // all but the supervision office's working list of escalated tickets (its workbench tiles): auditors read
        // every ticket through the lists, but following lateness up the ladder is the supervision office's duty
        assertThat(supervision.permissions()).contains(Permissions.TICKET_ESCALATION_VIEW);
        assertThat(auditors.permissions())
                .isEqualTo(supervision.permissions().stream()
                        .filter(p -> !p.equals(Permissions.TICKET_ESCALATION_VIEW))
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        assertThat(auditors.dataScope()).isEqualTo(DataScope.ALL);
        assertThat(auditors.adminDuty()).isNull();
        assertThat(auditors.permissions()).allMatch(p -> READS.matcher(p).matches());
        assertThat(role(BuiltinRoles.AUDITOR).permissions()).doesNotContain(Permissions.PROJECT_VIEW);
    }

    @Test
    void theAuditorsOpenEveryPageTheirMenuOffersAsTheSupervisionOfficeDoes() throws Exception {
        MockHttpSession auditors = WebTestSupport.login(mvc, "audit-office");
        Set<String> pages = menuPages(auditors);

        assertThat(pages).isEqualTo(menuPages(WebTestSupport.login(mvc, "supervisor")));
        assertThat(pages).contains("/projects", "/tickets", "/cockpit");
        for (String page : pages) {
            mvc.perform(get(page).session(auditors)).andExpect(status().isOk());
        }
        mvc.perform(get("/audit").session(auditors)).andExpect(status().isForbidden());
    }

    @Test
    void theAuditorsChangeNothing() throws Exception {
        MockHttpSession auditors = WebTestSupport.login(mvc, "audit-office");

        mvc.perform(get("/projects/new").session(auditors)).andExpect(status().isForbidden());
        mvc.perform(get("/tickets/new").session(auditors)).andExpect(status().isForbidden());
        mvc.perform(post("/projects").session(auditors).with(csrf()).param("name", "审计不应建项目"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tickets").session(auditors).with(csrf()).param("title", "审计不应报问题"))
                .andExpect(status().isForbidden());
    }

    private RoleView role(String code) {
        return roles.all().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private Set<String> menuPages(MockHttpSession session) throws Exception {
        String html = mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int start = html.indexOf("id=\"navbar-menu\"");
        String menu = html.substring(start, html.indexOf("</ul>", start));
        Set<String> pages = new TreeSet<>();
        MENU_LINK.matcher(menu).results().map(m -> m.group(1)).forEach(pages::add);
        return pages;
    }
}
