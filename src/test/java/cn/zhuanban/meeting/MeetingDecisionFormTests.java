package cn.zhuanban.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused decision comes back as it was filled in: the owner department, the owner picked from its people, the
 * project, the category and the deadline stay chosen beside the message, so the office fixes the one field and saves,
 * instead of picking the owner again from a province's staff.
 */
@IntegrationTest
class MeetingDecisionFormTests {

    @Autowired
    MockMvc mvc;

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
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fx;
    long series;
    long meeting;
    long project;
    MockHttpSession taskforce;

    @BeforeEach
    void meeting() throws Exception {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long taskForce = fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of());
        project = fx.project(fx.enterprise(), taskForce);
        LocalDate day = LocalDate.now(clock);
        series = meetings.createSeries(
                new SeriesForm(taskForce, day.getDayOfWeek(), LocalTime.of(9, 0), "专班办公室"), fx.user("dispatch"));
        meeting = meetings.plan(series, day, fx.user("dispatch"));
        taskforce = WebTestSupport.login(mvc, "taskforce");
    }

    @Test
    void aDecisionRefusedForABlankTextKeepsTheChosenOwnerAndTheOtherFields() throws Exception {
        LocalDate deadline = calendar.administrative().addWorkingDays(LocalDate.now(clock), 3);
        String page = refused(decision("").param("deadline", deadline.toString()));
        assertKept(page);
        assertThat(input(page, "deadline")).contains("value=\"" + deadline + "\"");
    }

    /** A date that is no date leaves the form's record unbuilt: the page still holds every other choice. */
    @Test
    void aDecisionRefusedForAMistypedDeadlineKeepsTheChosenOwnerAndTheOtherFields() throws Exception {
        String page = refused(decision("供电公司完成临时用电接入").param("deadline", "2026-02-30"));
        assertKept(page);
        assertThat(input(page, "decision")).contains("value=\"供电公司完成临时用电接入\"");
        assertThat(input(page, "deadline")).contains("value=\"2026-02-30\"");
    }

    /**
     * An owner the list no longer offers (disabled since the page was opened) stays chosen on the refused form, as
     * every pick list keeps the record a form holds: left off, the next save went without him.
     */
    @Test
    void anOwnerTheListNoLongerOffersStaysChosenOnTheRefusedForm() throws Exception {
        long department = fx.user("handler-power").departmentId();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into app_user (username, username_key, password_hash, full_name, department_id, enabled, data_scope,
                                              created_at)
                        values (:u, lower(:u), 'x', '停用的承办人', :d, false, 'DEPARTMENT', :now)""")
                .param("u", TestCodes.unique("owner"))
                .param("d", department)
                .param("now", Timestamp.from(Instant.now()))
                .update(keys, "id");
        long owner = keys.getKey().longValue();
        assertThat(directory.departmentStaff()).noneMatch(u -> u.id() == owner);

        String page = refused(decision("", owner)
                .param(
                        "deadline",
                        calendar.administrative()
                                .addWorkingDays(LocalDate.now(clock), 3)
                                .toString()));
        assertThat(selected(page, "ownerUserId")).isEqualTo(Long.toString(owner));
        assertThat(page).contains("停用的承办人");

        // with the text typed, the disabled owner himself is the reason: he could never sign the action's ticket
        page = refused(decision("供电公司完成临时用电接入", owner)
                .param(
                        "deadline",
                        calendar.administrative()
                                .addWorkingDays(LocalDate.now(clock), 3)
                                .toString()));
        assertThat(page).contains("所选项不存在或不可选");
        assertThat(selected(page, "ownerUserId")).isEqualTo(Long.toString(owner));
    }

    /**
     * The README's order: permission (403), then the meeting's existence and scope (404), before any field is read. A
     * post without fields answered 400 for a meeting outside the scope or none at all, telling who may not see it that
     * it exists and what its form asks; so did the other meeting posts that name their item in the path.
     */
    @Test
    void aPostWithoutFieldsIsRefusedForTheMeetingBeforeItsFieldsAreRead() throws Exception {
        MockHttpSession outside = WebTestSupport.login(mvc, "lead2");
        long none = Long.MAX_VALUE;
        String[] posts = {
            "/meetings/%d/decisions",
            "/meetings/%d/confirm",
            "/meetings/%d/items",
            "/meetings/%d/attendance",
            "/meetings/%d/items/1/minutes",
            "/meetings/%d/items/1/move",
            "/meetings/series/%d/meetings"
        };
        for (String path : posts) {
            long id = path.contains("series") ? series : meeting;
            mvc.perform(post(path.formatted(id)).session(outside).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post(path.formatted(none)).session(taskforce).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/meetings/actions/" + none + "/close")
                        .session(taskforce)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // without the permission it is 403 first, whether or not the meeting is in scope
        MockHttpSession handler = WebTestSupport.login(mvc, "handler");
        mvc.perform(post("/meetings/" + meeting + "/decisions").session(handler).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + none + "/decisions").session(handler).with(csrf()))
                .andExpect(status().isForbidden());
        // in scope, the missing field is still named
        mvc.perform(post("/meetings/" + meeting + "/decisions")
                        .session(taskforce)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private void assertKept(String page) {
        String owner = Long.toString(fx.userId("handler-power"));
        String department = Long.toString(fx.user("handler-power").departmentId());
        assertThat(selected(page, "ownerUserId")).isEqualTo(owner);
        assertThat(selected(page, "ownerDepartmentId")).isEqualTo(department);
        assertThat(selected(page, "projectId")).isEqualTo(Long.toString(project));
        assertThat(selected(page, "category")).isEqualTo("POWER");
    }

    private MockHttpServletRequestBuilder decision(String text) {
        return decision(text, fx.userId("handler-power"));
    }

    private MockHttpServletRequestBuilder decision(String text, long owner) {
        return post("/meetings/" + meeting + "/decisions")
                .session(taskforce)
                .with(csrf())
                .param("decision", text)
                .param(
                        "ownerDepartmentId",
                        Long.toString(fx.user("handler-power").departmentId()))
                .param("ownerUserId", Long.toString(owner))
                .param("projectId", Long.toString(project))
                .param("category", "POWER")
                .param(
                        "version",
                        Integer.toString(
                                meetings.find(meeting, fx.user("dispatch")).version()));
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"decision-form\"").contains("invalid-feedback d-block");
        assertThat(meetings.find(meeting, fx.user("dispatch")).decisions()).isEmpty();
        return page;
    }

    /** The value of the option marked selected in the select named {@code name}, or null. */
    private static String selected(String page, String name) {
        Matcher select = Pattern.compile("<select[^>]*\\sname=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as(name).isTrue();
        Matcher option = Pattern.compile("<option\\s[^>]*value=\"([^\"]*)\"[^>]*\\sselected[^>]*>")
                .matcher(select.group(1));
        return option.find() ? option.group(1) : null;
    }

    private static String input(String page, String name) {
        Matcher m = Pattern.compile("<input[^>]*\\sname=\"" + name + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group();
    }
}
