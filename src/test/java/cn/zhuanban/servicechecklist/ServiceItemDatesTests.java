package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The item form refuses the dates that cannot be right, beside the field: a 材料齐全受理日 that has not come yet (as
 * a future 办结日期 is refused), and a target date on a rest day of the district calendar, naming the next working
 * day. A target nobody changed is not judged again: the plan may have given a day the administrative calendar rests.
 * Days are taken from the calendar and the clock, never from the weekday the tests run on.
 */
@IntegrationTest
class ServiceItemDatesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

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
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CurrentUser dispatch;
    long project;
    long item;
    LocalDate today;
    LocalDate restDay;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        project = fx.project(fx.enterprise(), null);
        item = checklists.add(
                project,
                new ServiceItemForm(
                        ServiceItemKind.OTHER,
                        "日期校验事项",
                        null,
                        null,
                        null,
                        null,
                        5,
                        LimitUnit.WORKING_DAYS,
                        ServiceItemStatus.PENDING,
                        null,
                        null,
                        null,
                        0),
                dispatch);
        today = LocalDate.now(clock);
        WorkingCalendar administrative = calendar.administrative();
        restDay = today.plusDays(1);
        while (administrative.isWorkingDay(restDay)) {
            restDay = restDay.plusDays(1);
        }
        session = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void anAcceptanceDayThatHasNotComeYetIsRefusedBesideItsField() throws Exception {
        LocalDate tomorrow = today.plusDays(1);
        String page = refused(save().param("submittedOn", tomorrow.toString()));
        assertThat(page).contains("日期 " + tomorrow + " 尚未到来");
        assertThat(checklists.find(item, dispatch).submittedOn()).isNull();

        mvc.perform(save().param("submittedOn", today.toString()))
                .andExpect(redirectedUrl("/projects/" + project + "/checklist"));
        assertThat(checklists.find(item, dispatch).submittedOn()).isEqualTo(today);
    }

    @Test
    void aTargetOnARestDayIsRefusedWithTheNextWorkingDaySuggested() throws Exception {
        LocalDate next = calendar.administrative().nextWorkingDay(restDay);
        String page = refused(save().param("targetDate", restDay.toString()));
        assertThat(page).contains(restDay + " 是").contains("不是工作日").contains("下一个工作日 " + next);
        assertThat(checklists.find(item, dispatch).targetDate()).isNull();

        String added = refused(post("/projects/{p}/checklist", project)
                .session(session)
                .with(csrf())
                .param("kind", "OTHER")
                .param("name", "休息日目标事项")
                .param("limitDays", "5")
                .param("limitUnit", "WORKING_DAYS")
                .param("status", "PENDING")
                .param("targetDate", restDay.toString())
                .param("version", "0"));
        assertThat(added).as("a new item's target too").contains("下一个工作日 " + next);

        mvc.perform(save().param("targetDate", next.toString()))
                .andExpect(redirectedUrl("/projects/" + project + "/checklist"));
        assertThat(checklists.find(item, dispatch).targetDate()).isEqualTo(next);
    }

    @Test
    void aTargetNobodyChangedIsNotJudgedAgain() throws Exception {
        jdbc.sql("update service_item set target_date = :d where id = :id") // as the plan's latest finish may give it
                .param("d", restDay)
                .param("id", item)
                .update();
        mvc.perform(save().param("targetDate", restDay.toString()).param("note", "状态更新"))
                .andExpect(redirectedUrl("/projects/" + project + "/checklist"));
        assertThat(checklists.find(item, dispatch).note()).isEqualTo("状态更新");
    }

    @Test
    void emptiedNameAndTimeLimitAreMarkedOnTheirInputsLikeTheOtherFields() throws Exception {
        ServiceItemView v = checklists.find(item, dispatch);
        String page = refused(post("/service-items/{id}", item)
                .session(session)
                .with(csrf())
                .param("kind", v.kind().name())
                .param("name", "")
                .param("limitDays", "")
                .param("limitUnit", v.limitUnit().name())
                .param("status", v.status().name())
                .param("version", String.valueOf(v.version())));
        for (String field : new String[] {"name", "limitDays"}) {
            assertThat(page)
                    .as(field)
                    .containsPattern("<input class=\"form-control is-invalid\"[^>]*id=\"" + field + "\"");
        }
    }

    /** A save of the item's form as the dispatch office, with the fields every save sends. */
    private MockHttpServletRequestBuilder save() {
        ServiceItemView v = checklists.find(item, dispatch);
        return post("/service-items/{id}", item)
                .session(session)
                .with(csrf())
                .param("kind", v.kind().name())
                .param("name", v.name())
                .param("limitDays", String.valueOf(v.limitDays()))
                .param("limitUnit", v.limitUnit().name())
                .param("status", v.status().name())
                .param("version", String.valueOf(v.version()));
    }

    /** The form shown again after a refusal, the message beside the field. */
    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"item-form\"").contains("invalid-feedback");
        return page;
    }
}
