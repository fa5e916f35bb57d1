package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.identity.security.ZhuanbanPrincipal;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketSeverity;
import cn.zhuanban.ticket.TicketTestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Parameters no page of ours sends, and values of the wrong kind, found by a review posting them into the forms: an
 * index on a field that holds one value or out of any list's range was a 500 with a stack trace, a field sent twice was
 * saved joined ("a,b"), a date that does not exist in a move or a meeting's plan ended on the bare 400 page, and numbers
 * echoed in messages were grouped ("99,999").
 */
@IntegrationTest
class CraftedParametersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketTestData data;

    @Autowired
    UserDetailsService users;

    @Test
    void anIndexNoFormMakesIsA400NamingTheParameterNotAServerError() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long project = jdbc.queryForObject("select min(id) from project", Long.class);
        long plan = jdbc.queryForObject("select min(id) from enterprise_plan", Long.class);
        long ticket = reported();
        Object[][] crafted = {
            {"/investment-reports/projects/" + project + "/plan", "months[-1]"},
            {"/investment-reports/projects/" + project + "/plan", "months[100000]"},
            {"/investment-reports/projects/" + project + "/plan", "months[2147483648]"},
            {"/investment-reports/projects/" + project + "/plan", "months[0][1]"},
            {"/enterprise-plans/" + plan + "/measures", "ticketIds[5]"},
            {"/enterprise-plans/" + plan + "/measures", "ticketIds[-1]"},
            {"/tickets/" + ticket + "/moves/assign", "coDepartmentIds[-1]"},
            {"/tickets/" + ticket + "/moves/assign", "coDepartmentIds[5000]"},
            {"/tickets/" + ticket + "/moves/assign", "coDepartmentIds[x]"},
            {"/projects", "name[0]"},
        };
        Integer projects = jdbc.queryForObject("select count(*) from project", Integer.class);
        for (Object[] call : crafted) {
            String page = mvc.perform(post((String) call[0])
                            .session(dispatch)
                            .with(csrf())
                            .param("year", "2037")
                            .param("version", "0")
                            .param((String) call[1], "1"))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as("%s %s", call[0], call[1]).contains("提交的字段 " + call[1] + " 不属于此表单");
        }
        assertThat(jdbc.queryForObject("select count(*) from project", Integer.class))
                .isEqualTo(projects);
        // the lists' own indexes still bind: a year's twelve months come back as a form, not as a refusal
        MockHttpServletRequestBuilder months = post("/investment-reports/projects/" + project + "/plan")
                .session(dispatch)
                .with(csrf())
                .param("year", "2037");
        for (int i = 0; i < 11; i++) {
            months.param("months[" + i + "]", "1");
        }
        assertThat(mvc.perform(months).andReturn().getResponse().getContentAsString())
                .doesNotContain("不属于此表单");
    }

    @Test
    void aTextFieldSentTwiceIsRefusedBesideItNotSavedJoined() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String page = mvc.perform(
                        post("/projects").session(dispatch).with(csrf()).param("name", "重复甲2037", "重复乙2037"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("重复提交了字段，此处只能填一个值：重复甲2037,重复乙2037");
        assertThat(jdbc.queryForObject("select count(*) from project where name like '重复%2037'", Integer.class))
                .isZero();
    }

    @Test
    void aListFieldStillTakesEveryValueAndAQueryParameterSentTwiceIsA400() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long ticket = reported();
        String co = Long.toString(data.department("GD"));
        // two co-departments: the move reaches the service (the form is bound), which refuses the main department
        // being a co-department as well, beside the field; no word of a field sent twice
        String assign = mvc.perform(post("/tickets/" + ticket + "/moves/assign")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", "0")
                        .param("departmentId", co)
                        .param("coDepartmentIds", co, co))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(assign).doesNotContain("重复提交了字段");

        mvc.perform(get("/api/v1/calendar/add-working-days?from=2037-03-02&days=3&days=5")
                        .session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("days"))
                .andExpect(jsonPath("$.detail").value("days: 重复提交了字段，此处只能填一个值：3,5"));
        mvc.perform(get("/api/v1/projects?stage=PLANNED&stage=FOO").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stage"));
        // their single values still work, and a page's list filter stays lenient
        mvc.perform(get("/api/v1/calendar/add-working-days?from=2037-03-02&days=3")
                        .session(dispatch))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects?stage=PLANNED").session(dispatch)).andExpect(status().isOk());
        mvc.perform(get("/projects?stage=PLANNED&stage=FOO").session(dispatch)).andExpect(status().isOk());
    }

    @Test
    void aDateThatDoesNotExistInAMeetingsPlanOrAMoveComesBackBesideTheField() throws Exception {
        long series = jdbc.queryForObject("select min(id) from meeting_series", Long.class);
        String meeting = mvc.perform(post("/meetings/series/" + series + "/meetings")
                        .session(WebTestSupport.login(mvc, "taskforce"))
                        .with(csrf())
                        .param("heldOn", "2037-02-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meeting)
                .contains("不是有效日期（格式为 年-月-日，如 2026-12-01）：2037-02-30", "value=\"2037-02-30\"", "is-invalid")
                .doesNotContain("heldOn：");

        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long ticket = reported();
        for (String[] typed : new String[][] {{"resolveBy", "2037-02-30"}, {"approved", "maybe"}}) {
            String page = mvc.perform(post("/tickets/" + ticket + "/moves/assign")
                            .session(dispatch)
                            .with(csrf())
                            .param("version", "0")
                            .param("departmentId", Long.toString(data.department("GD")))
                            .param("reason", "保留的说明2037")
                            .param(typed[0], typed[1]))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .as(typed[0])
                    .contains("id=\"assign-refusal\"", typed[1])
                    .contains(
                            typed[0].equals("approved")
                                    ? "请选择“是”或“否”：maybe"
                                    : "不是有效日期（格式为 年-月-日，如 2026-12-01）：2037-02-30");
        }
    }

    @Test
    void numbersEchoedInMessagesAreNotGrouped() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(post("/api/v1/schedule")
                        .session(dispatch)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"start\": \"2037-03-02\", \"tasks\": [ {\"key\": \"A\", \"duration\": "
                                + "100000000000000000000} ]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("100,000"))));
        long plan = jdbc.queryForObject("select min(id) from enterprise_plan", Long.class);
        String page = mvc.perform(post("/enterprise-plans/" + plan + "/measures")
                        .session(dispatch)
                        .with(csrf())
                        .param("title", "编号不分组2037")
                        .param("ticketIds", "99999"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("99999").doesNotContain("99,999");
    }

    private long reported() {
        return tickets.report(
                new ReportCommand(
                        data.project("GD"), TicketCategory.POWER, "施工用电接入2037", "需要临时用电", TicketSeverity.NORMAL),
                List.of(),
                ((ZhuanbanPrincipal) users.loadUserByUsername("dispatch")).currentUser());
    }
}
