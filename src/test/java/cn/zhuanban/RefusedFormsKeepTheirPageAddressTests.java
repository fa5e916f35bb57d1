package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused form is the answer to its post, so the address bar showed the post's address: a reload posted the form
 * again and the address, kept for later, was no page (a {@code .../plan} or {@code /industry/chains/7} post has no such
 * GET). The refused form now names the page it was on, for app.js to put in the address bar (plain forms), or answers
 * a boosted htmx form with {@code HX-Replace-Url}; only a page of this site, and a save that went through is left to
 * its redirect.
 */
@IntegrationTest
class RefusedFormsKeepTheirPageAddressTests {

    private static final String SITE = "http://localhost";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void aRefusedEditNamesItsEditPageWithTheQuery() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long chain = chain(dispatch);
        String edit = "/industry/chains/" + chain + "/edit?from=list";

        String page = mvc.perform(post("/industry/chains/" + chain)
                        .session(dispatch)
                        .with(csrf())
                        .header("Referer", SITE + edit)
                        .param("name", "")
                        .param("sortOrder", "0")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("必填项").contains("<meta name=\"form-page\" content=\"" + edit + "\">");
    }

    /** Another controller's form, refused for a month that is no amount, on a page whose query picks the year. */
    @Test
    void aRefusedPlanNamesTheProjectsReportPage() throws Exception {
        long project = jdbc.queryForObject("select min(id) from project", Long.class);
        String report = "/investment-reports/projects/" + project + "?year=2025";

        String page = mvc.perform(post("/investment-reports/projects/" + project + "/plan")
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .header("Referer", SITE + report)
                        .param("year", "2025")
                        .param("months[0]", "abc"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<meta name=\"form-page\" content=\"" + report + "\">");
    }

    @Test
    void aRefusedBoostedFormReplacesTheAddressWithItsPage() throws Exception {
        var fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long meeting = draftMeeting(fx);
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");
        int version = meetings.find(meeting, fx.user("taskforce")).version();

        String page = mvc.perform(boosted(post("/meetings/" + meeting + "/items"), "/meetings/" + meeting)
                        .session(taskforce)
                        .with(csrf())
                        .param("title", "  ")
                        .param("version", Integer.toString(version)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Replace-Url", "/meetings/" + meeting))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("必填项").doesNotContain("name=\"form-page\"");

        // a save that went through follows its redirect, which htmx shows as the address
        mvc.perform(boosted(post("/meetings/" + meeting + "/items"), "/meetings/" + meeting)
                        .session(taskforce)
                        .with(csrf())
                        .param("title", "补充议题")
                        .param("version", Integer.toString(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().doesNotExist("HX-Replace-Url"));
    }

    @Test
    void aSaveThatWentThroughKeepsItsRedirect() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String name = TestCodes.unique("地址链");
        mvc.perform(post("/industry/chains")
                        .session(dispatch)
                        .with(csrf())
                        .header("Referer", SITE + "/industry/chains/new")
                        .param("name", name)
                        .param("sortOrder", "0")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().doesNotExist("HX-Replace-Url"))
                .andExpect(result ->
                        assertThat(result.getModelAndView().getModel()).doesNotContainKey("formPage"));
    }

    @Test
    void anAddressOfAnotherSiteOrNoneIsNeverNamed() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long chain = chain(dispatch);
        for (String referer : new String[] {
            "http://elsewhere.example/industry/chains/" + chain + "/edit",
            "https://localhost/industry/chains/" + chain + "/edit",
            "http://localhost:8443/industry/chains/" + chain + "/edit",
            SITE + "//elsewhere.example/industry",
            "not an address",
            SITE + "/industry/chains/" + chain
        }) {
            String page = mvc.perform(post("/industry/chains/" + chain)
                            .session(dispatch)
                            .with(csrf())
                            .header("Referer", referer)
                            .param("name", "")
                            .param("sortOrder", "0")
                            .param("version", "0"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(referer).contains("必填项").doesNotContain("name=\"form-page\"");
        }
    }

    private static MockHttpServletRequestBuilder boosted(MockHttpServletRequestBuilder request, String page) {
        return request.header("HX-Request", "true")
                .header("HX-Boosted", "true")
                .header("HX-Current-URL", SITE + page)
                .header("Referer", SITE + page);
    }

    private long chain(MockHttpSession session) throws Exception {
        String name = TestCodes.unique("地址链");
        mvc.perform(post("/industry/chains")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("sortOrder", "0")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from industry_chain where name = ?", Long.class, name);
    }

    private long draftMeeting(ServiceFixtures fx) {
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        LocalDate day = LocalDate.now(clock);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, day.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), fx.user("dispatch"));
        return meetings.plan(series, day, fx.user("dispatch"));
    }
}
