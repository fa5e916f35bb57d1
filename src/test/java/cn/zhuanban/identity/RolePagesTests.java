package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo role reaches exactly its pages, and its menu links to exactly those: business users
 * the project register, administrators only their own administration, the audit administrator only the log.
 */
@IntegrationTest
class RolePagesTests {

    static final List<String> ADMIN_PAGES = List.of(
            "/admin/users",
            "/admin/departments",
            "/admin/roles",
            "/admin/security",
            "/admin/sessions",
            "/audit",
            "/projects",
            "/enterprises",
            "/task-forces");

    static final Set<String> BUSINESS = Set.of("/projects", "/enterprises", "/task-forces");

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "sysadmin",
            Set.of("/admin/users", "/admin/departments"),
            "secadmin",
            Set.of("/admin/users", "/admin/departments", "/admin/roles", "/admin/security", "/admin/sessions"),
            "auditor",
            Set.of("/audit"),
            "leader",
            BUSINESS,
            "dispatch",
            BUSINESS,
            "handler",
            BUSINESS,
            "enterprise",
            Set.of("/projects", "/enterprises"),
            "supervisor",
            BUSINESS,
            "audit-office",
            BUSINESS);

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> users() {
        return ALLOWED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void eachRoleReachesExactlyItsAdministrationPages(String username, Set<String> allowed) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, username);
        for (String page : ADMIN_PAGES) {
            int expected = allowed.contains(page) ? 200 : 403;
            mvc.perform(get(page).session(session)).andExpect(status().is(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void eachRoleSeesExactlyItsAdministrationLinksInTheMenu(String username, Set<String> allowed) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, username);
        String html = mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String menu = menuOf(html);
        for (String page : ADMIN_PAGES) {
            assertThat(menu.contains("href=\"" + page + "\""))
                    .as("%s's menu links to %s", username, page)
                    .isEqualTo(allowed.contains(page));
        }
    }

    /** The main menu only: workbench cards may link to the same pages. */
    private static String menuOf(String html) {
        int start = html.indexOf("id=\"navbar-menu\"");
        assertThat(start).as("menu present").isNotNegative();
        return html.substring(start, html.indexOf("</ul>", start));
    }
}
