package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.identity.Permissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused save shows the form again with what the user typed, not the stored record or an empty form (found by
 * posting a blank required field into every form of the demo district: nine forms put back the stored or empty values,
 * so one mistake cost the user everything else they had typed).
 */
@IntegrationTest
class RefusedFormsKeepInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTalentDemandEditKeepsTheTypedFieldsNotTheStoredOnes() throws Exception {
        long demand = jdbc.queryForObject("select min(id) from talent_demand", Long.class);
        String page = refused(
                "dispatch",
                post("/talent/demands/" + demand)
                        .param("position", "")
                        .param("headcount", "7")
                        .param("education", "MASTER")
                        .param("discipline", "改过的专业")
                        .param("minYears", "4")
                        .param("urgency", "URGENT")
                        .param("location", "改过的地点")
                        .param("note", "改过的说明")
                        .param("version", "0"));
        assertThat(input(page, "discipline")).contains("value=\"改过的专业\"");
        assertThat(input(page, "headcount")).contains("value=\"7\"");
        assertThat(input(page, "minYears")).contains("value=\"4\"");
        assertThat(input(page, "location")).contains("value=\"改过的地点\"");
        assertThat(textarea(page, "note")).isEqualTo("改过的说明");
        assertThat(option(page, "MASTER")).contains("selected");
    }

    @Test
    void aNewCandidateKeepsTheTypedFields() throws Exception {
        String page = refused(
                "dispatch",
                post("/talent/candidates")
                        .param("name", "")
                        .param("phone", "13800001111")
                        .param("education", "DOCTORATE")
                        .param("discipline", "保留的专业")
                        .param("yearsExperience", "9")
                        .param("source", "REFERRAL")
                        .param("_willingToRelocate", "on")
                        .param("consentToContact", "true")
                        .param("_consentToContact", "on")
                        .param("consentOn", "2026-11-02")
                        .param("consentNote", "电话同意")
                        .param("version", "0"));
        assertThat(input(page, "phone")).contains("value=\"13800001111\"");
        assertThat(input(page, "discipline")).contains("value=\"保留的专业\"");
        assertThat(input(page, "consentOn")).contains("value=\"2026-11-02\"");
        assertThat(input(page, "consentNote")).contains("value=\"电话同意\"");
        assertThat(option(page, "DOCTORATE")).contains("selected");
    }

    @Test
    void partnerAndReferrerFormsKeepTheTypedFields() throws Exception {
        String partner = refused(
                "dispatch",
                post("/investment/partners")
                        .param("name", "")
                        .param("kind", "FUND")
                        .param("contactName", "保留联系人")
                        .param("contactPhone", "0371-1234567")
                        .param("note", "保留备注")
                        .param("version", "0"));
        assertThat(input(partner, "contactName")).contains("value=\"保留联系人\"");
        assertThat(textarea(partner, "note")).isEqualTo("保留备注");
        String referrer = refused(
                "dispatch",
                post("/investment/referrers")
                        .param("name", "")
                        .param("organisation", "保留单位")
                        .param("phone", "13700002222")
                        .param("registeredOn", "2026-10-01")
                        .param("version", "0"));
        assertThat(input(referrer, "organisation")).contains("value=\"保留单位\"");
        assertThat(input(referrer, "registeredOn")).contains("value=\"2026-10-01\"");
    }

    @Test
    void chainAndNodeFormsKeepTheTypedFields() throws Exception {
        String chain = refused(
                "dispatch",
                post("/industry/chains")
                        .param("name", "")
                        .param("description", "保留的链条说明")
                        .param("sortOrder", "5")
                        .param("version", "0"));
        assertThat(textarea(chain, "description")).isEqualTo("保留的链条说明");
        assertThat(input(chain, "sortOrder")).contains("value=\"5\"");
        long chainId = jdbc.queryForObject("select min(id) from industry_chain", Long.class);
        String node = refused(
                "dispatch",
                post("/industry/chains/" + chainId + "/nodes")
                        .param("segment", "DOWNSTREAM")
                        .param("name", "")
                        .param("industryCode", "C2710")
                        .param("status", "WEAK")
                        .param("statusNote", "保留的节点说明")
                        .param("sortOrder", "0")
                        .param("version", "0"));
        assertThat(input(node, "industryCode")).contains("value=\"C2710\"");
        assertThat(input(node, "statusNote")).contains("value=\"保留的节点说明\"");
        assertThat(option(node, "WEAK")).contains("selected");
    }

    @Test
    void aFollowUpOnTheLeadPageKeepsTheTypedFields() throws Exception {
        long lead = jdbc.queryForObject("select min(id) from investment_lead where stage <> 'TERMINATED'", Long.class);
        String page = refused(
                "dispatch",
                post("/investment/leads/" + lead + "/follow-ups")
                        .param("kind", "TALKS")
                        .param("happenedOn", "")
                        .param("summary", "保留的跟进摘要")
                        .param("nextAction", "保留的下一步"));
        assertThat(textarea(page, "summary")).isEqualTo("保留的跟进摘要");
        assertThat(input(page, "nextAction")).contains("value=\"保留的下一步\"");
        assertThat(option(page, "TALKS")).contains("selected");
    }

    @Test
    void administrationFormsKeepTheTypedFields() throws Exception {
        String user = refused(
                "sysadmin",
                post("/admin/users")
                        .param("username", "keep_input_user")
                        .param("fullName", "")
                        .param("phone", "13900003333")
                        .param("email", "keep@example.cn")
                        .param("initialPassword", "Zhuanban@2026x"));
        assertThat(input(user, "username")).contains("value=\"keep_input_user\"");
        assertThat(input(user, "phone")).contains("value=\"13900003333\"");
        long someone = jdbc.queryForObject("select id from app_user where username = 'handler'", Long.class);
        String edited = refused(
                "sysadmin",
                post("/admin/users/" + someone)
                        .param("fullName", "")
                        .param("phone", "13900004444")
                        .param("enabled", "true")
                        .param("version", "0"));
        assertThat(input(edited, "phone")).contains("value=\"13900004444\"");
        assertThat(input(edited, "username")).contains("value=\"handler\"");
        String department = refused(
                "sysadmin",
                post("/admin/departments")
                        .param("name", "")
                        .param("code", "KEEP_CODE")
                        .param("sortOrder", "3")
                        .param("version", "0"));
        assertThat(input(department, "code")).contains("value=\"KEEP_CODE\"");
        String role = refused(
                "secadmin",
                post("/admin/roles")
                        .param("code", "KEEP_ROLE")
                        .param("name", "")
                        .param("description", "保留的角色说明")
                        .param("dataScope", "DEPARTMENT")
                        .param("permissions", Permissions.PROJECT_VIEW)
                        .param("version", "0"));
        assertThat(input(role, "code")).contains("value=\"KEEP_ROLE\"");
        assertThat(textarea(role, "description")).isEqualTo("保留的角色说明");
        assertThat(checkbox(role, Permissions.PROJECT_VIEW)).contains("checked");
        assertThat(checkbox(role, Permissions.PROJECT_EDIT)).doesNotContain("checked");
    }

    @Test
    void aSaveAfterSomeoneElsesKeepsTheTypedFieldsAndASecondSaveKeepsThem() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String name = TestCodes.unique("并发链");
        mvc.perform(post("/industry/chains")
                        .session(dispatch)
                        .with(csrf())
                        .param("name", name)
                        .param("sortOrder", "0")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long chain = jdbc.queryForObject("select id from industry_chain where name = ?", Long.class, name);
        int stored = jdbc.queryForObject("select version from industry_chain where id = ?", Integer.class, chain);
        String typed = name + "（改）";

        String page = mvc.perform(post("/industry/chains/" + chain)
                        .session(dispatch)
                        .with(csrf())
                        .param("name", typed)
                        .param("description", "我的说明")
                        .param("sortOrder", "2")
                        .param("version", Integer.toString(stored + 5)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("这条记录已被修改（可能是在其他窗口）");
        assertThat(input(page, "name")).contains("value=\"" + typed + "\"");
        assertThat(textarea(page, "description")).isEqualTo("我的说明");
        assertThat(input(page, "version")).contains("value=\"" + stored + "\"");
        assertThat(jdbc.queryForObject("select name from industry_chain where id = ?", String.class, chain))
                .isEqualTo(name);

        mvc.perform(post("/industry/chains/" + chain)
                        .session(dispatch)
                        .with(csrf())
                        .param("name", typed)
                        .param("description", "我的说明")
                        .param("sortOrder", "2")
                        .param("version", Integer.toString(stored)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name from industry_chain where id = ?", String.class, chain))
                .isEqualTo(typed);
    }

    @Test
    void unTickingAYesNoBoxSavesNo() throws Exception {
        MockHttpSession sysadmin = WebTestSupport.login(mvc, "sysadmin");
        String username = TestCodes.unique("untick_");
        mvc.perform(post("/admin/users")
                        .session(sysadmin)
                        .with(csrf())
                        .param("username", username)
                        .param("fullName", "停用测试")
                        .param("initialPassword", "Zhuanban@2026x"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        int version = jdbc.queryForObject("select version from app_user where id = ?", Integer.class, id);
        mvc.perform(post("/admin/users/" + id)
                        .session(sysadmin)
                        .with(csrf())
                        .param("fullName", "停用测试")
                        .param("_enabled", "on")
                        .param("version", Integer.toString(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id))
                .isFalse();
    }

    private String refused(String username, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, username);
        String page = mvc.perform(request.session(session).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("必填项");
        return page;
    }

    private static String input(String page, String name) {
        return find(page, "<input[^>]*\\sname=\"" + name + "\"[^>]*>", name);
    }

    private static String checkbox(String page, String value) {
        return find(page, "<input[^>]*\\svalue=\"" + Pattern.quote(value) + "\"[^>]*>", value);
    }

    private static String option(String page, String value) {
        return find(page, "<option[^>]*\\svalue=\"" + value + "\"[^>]*>", value);
    }

    private static String textarea(String page, String name) {
        Matcher m = Pattern.compile("<textarea[^>]*\\sname=\"" + name + "\"[^>]*>([^<]*)</textarea>")
                .matcher(page);
        assertThat(m.find()).as("textarea " + name).isTrue();
        return m.group(1).strip();
    }

    private static String find(String page, String regex, String what) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as("field " + what).isTrue();
        return m.group();
    }
}
