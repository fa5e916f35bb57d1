package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.CustomRoleAccounts;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TaskForcePickList;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceForm;
import cn.zhuanban.project.TaskForceManagement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The task force of a new meeting series is picked from a page of the task forces in the user's scope, and a search
 * box reaches the rest: a province has hundreds of task forces, too many for one list, and one left off could not be
 * chosen at all. An id that is not on the user's list comes back as the form's own error, not as a missing page.
 */
@IntegrationTest
class MeetingSeriesTaskForcePickerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ProjectManagement projects;

    @Autowired
    RoleManagement roles;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    ServiceFixtures fx;
    String username;
    long userId;

    /** Sorts after the page of task forces named "aa…", and holds a wildcard that must be looked for as itself. */
    final String wantedName = TestCodes.unique("zz专班_<b>");

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        username = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.TASK_FORCE, null, Set.of(Permissions.MEETING_VIEW, Permissions.MEETING_EDIT));
        userId = fx.userId(username);
    }

    @Test
    void aTaskForcePastTheFirstPageIsFoundBySearchAndGetsASeries() throws Exception {
        String page = TestCodes.unique("aa专班");
        for (int i = 0; i < TaskForceManagement.CHOICES; i++) {
            memberOf("%s-%03d".formatted(page, i));
        }
        long wanted = memberOf(wantedName);
        MockHttpSession session = WebTestSupport.login(mvc, username);

        String form = TaskForcePickList.html(mvc, get("/meetings").session(session));
        assertThat(TaskForcePickList.select(form))
                .contains(page + "-000")
                .doesNotContain("value=\"" + wanted + "\"")
                .contains("<option value=\"\">请选择专班</option>");
        assertThat(HtmlParts.input(form, "series-form", "taskForceQ"))
                .contains("hx-get=\"/task-forces/choices?blank=choose\"")
                .contains("hx-target=\"#taskForceId\"")
                .contains("hx-include=\"#taskForceId\"");

        String option = "<option value=\"" + wanted + "\">" + wantedName.replace("<b>", "&lt;b&gt;") + "</option>";
        assertThat(TaskForcePickList.choices(
                        mvc, "/task-forces/choices?blank=choose", session, wantedName.substring(2, 9), null))
                .contains(option)
                .doesNotContain(page);
        // "_" is looked for as itself: as a wildcard it matched every task force
        assertThat(TaskForcePickList.choices(mvc, "/task-forces/choices?blank=choose", session, "专班_", null))
                .contains(option)
                .doesNotContain(page);
        // the search box sends the chosen task force along: it stays, chosen, whatever is searched
        assertThat(TaskForcePickList.choices(mvc, "/task-forces/choices?blank=choose", session, page, wanted))
                .contains("<option value=\"" + wanted + "\" selected")
                .contains(page + "-000");

        // refused for a blank place, the form comes back with the chosen task force still chosen
        assertThat(TaskForcePickList.select(TaskForcePickList.html(mvc, series(session, Long.toString(wanted), ""))))
                .contains("<option value=\"" + wanted + "\" selected");

        String place = TestCodes.unique("专班会议室");
        mvc.perform(series(session, Long.toString(wanted), place)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select task_force_id from meeting_series where place = ?", Long.class, place))
                .isEqualTo(wanted);
    }

    @Test
    void aTaskForceOutsideTheScopeOrUnknownComesBackBesideThePickList() throws Exception {
        memberOf(wantedName);
        long foreign = taskForces.create(new TaskForceForm(wantedName + "乙", null, null, Set.of(), Set.of(), 0));
        MockHttpSession session = WebTestSupport.login(mvc, username);

        for (long refused : List.of(foreign, 987_654_321L)) {
            String place = TestCodes.unique("越权会议室");
            String page = TaskForcePickList.html(mvc, series(session, Long.toString(refused), place));
            assertThat(page).contains("所选专班（编号 " + refused + "）不存在或不在您的数据范围内").contains("value=\"" + place + "\"");
            assertThat(TaskForcePickList.select(page))
                    .contains("is-invalid")
                    .doesNotContain("value=\"" + refused + "\"");
            assertThat(jdbc.queryForObject("select count(*) from meeting_series where place = ?", Long.class, place))
                    .isZero();
        }
    }

    @Test
    void theSearchKeepsToTheUsersScopeAndIsForWhoMayPlanMeetings() throws Exception {
        long own = memberOf(wantedName + "甲");
        long foreign = taskForces.create(new TaskForceForm(wantedName + "乙", null, null, Set.of(), Set.of(), 0));
        MockHttpSession session = WebTestSupport.login(mvc, username);

        assertThat(TaskForcePickList.choices(mvc, "/task-forces/choices?blank=choose", session, wantedName, foreign))
                .contains("value=\"" + own + "\"")
                .doesNotContain("value=\"" + foreign + "\"");
        // everybody sees it, within his own scope
        assertThat(TaskForcePickList.choices(
                        mvc,
                        "/task-forces/choices?blank=choose",
                        WebTestSupport.login(mvc, "dispatch"),
                        wantedName,
                        null))
                .contains("value=\"" + own + "\"", "value=\"" + foreign + "\"");

        String viewer = new CustomRoleAccounts(roles, identity, directory)
                .create(DataScope.ALL, null, Set.of(Permissions.MEETING_VIEW));
        mvc.perform(get("/task-forces/choices")
                        .param("taskForceQ", wantedName)
                        .session(WebTestSupport.login(mvc, viewer)))
                .andExpect(status().isForbidden());
    }

    /** A new task force of that name with the test's user as a member, so that it is in his scope. */
    private long memberOf(String name) {
        return taskForces.create(new TaskForceForm(name, null, null, Set.of(userId), Set.of(), 0));
    }

    private MockHttpServletRequestBuilder series(MockHttpSession session, String taskForceId, String place) {
        return post("/meetings/series")
                .session(session)
                .with(csrf())
                .param("taskForceId", taskForceId)
                .param("weekday", "TUESDAY")
                .param("startTime", "09:30")
                .param("place", place);
    }
}
