package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Posted forms with inputs no page would send (found by posting odd values into every form of the demo district): each
 * gets a refusal in the user's language, not a server error.
 */
@IntegrationTest
class BadFormInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUploadAddressPostedWithoutAFileSaysNoFileArrived() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String page = mvc.perform(post("/investment-reports/import")
                        .session(dispatch)
                        .with(csrf())
                        .param("file", "abc"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("没有收到文件");
    }

    @Test
    void aMistypedYearInAFormIsRefusedBesideTheDate() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long enterprise = jdbc.queryForObject("select min(id) from enterprise", Long.class);
        String position = TestCodes.unique("日期岗位");
        String page = mvc.perform(post("/talent/demands")
                        .session(dispatch)
                        .with(csrf())
                        .param("enterpriseId", Long.toString(enterprise))
                        .param("position", position)
                        .param("headcount", "2")
                        .param("education", "BACHELOR")
                        .param("discipline", "药学")
                        .param("minYears", "1")
                        .param("urgency", "NORMAL")
                        .param("neededBy", "9999-12-31")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("日期须在2000年至2100年之间");
        assertThat(jdbc.queryForObject("select count(*) from talent_demand where position = ?", Long.class, position))
                .isZero();
    }

    @Test
    void aBlankChoiceAmongTaskForceMembersChoosesNoOne() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String name = TestCodes.unique("空白选择专班");
        mvc.perform(post("/task-forces")
                        .session(dispatch)
                        .with(csrf())
                        .param("name", name)
                        .param("memberIds", "\u3000")
                        .param("departmentIds", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from task_force_member m join task_force t on t.id = m.task_force"
                                + " where t.name = ?",
                        Long.class,
                        name))
                .isZero();
    }

    @Test
    void aTicketNoteLongerThanATicketKeepsIsRefusedWithItsLimit() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = jdbc.queryForObject("select min(id) from ticket where state = 'IN_PROGRESS'", Long.class);
        int version = jdbc.queryForObject("select version from ticket where id = ?", Integer.class, id);
        String page = mvc.perform(post("/tickets/" + id + "/moves/note")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(version))
                        .param("reason", "长".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("说明不能超过1000个字");
    }
}
