package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.ticket.SlaRule;
import cn.zhuanban.ticket.SlaRuleManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The forms whose inputs read another variable than {@code form} show what was typed when refused too, as
 * {@link TypedInputComesBackTests} shows for the others: the SLA rules (a row or the new rule), an API token, a lead
 * and its stage move, the reward rules, a user, a meeting's decision. Where several forms share a page, only the
 * refused one shows the typed text.
 */
@IntegrationTest
class TypedInputComesBackInMoreFormsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SlaRuleManagement slaRules;

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
    void aRefusedSlaRowShowsTheMistypedDaysInItsRowOnly() throws Exception {
        SlaRule rule = slaRules.all().getFirst();
        SlaRule other = slaRules.all().get(1);
        String page = refused(
                "dispatch",
                post("/tickets/sla")
                        .param("id", rule.id().toString())
                        .param(
                                "category",
                                rule.category() == null ? "" : rule.category().name())
                        .param("severity", rule.severity().name())
                        .param("signDays", "三天")
                        .param("feedbackDays", "4")
                        .param("resolveDays", Integer.toString(rule.resolveDays()))
                        .param("version", Integer.toString(rule.version())));

        String row = "sla-" + rule.id();
        assertThat(value(page, row, "signDays")).isEqualTo("三天");
        assertThat(HtmlParts.form(page, row)).contains("请输入有效的整数：三天");
        assertThat(value(page, row, "feedbackDays")).isEqualTo("4");
        assertThat(value(page, "sla-" + other.id(), "signDays")).isEqualTo(Integer.toString(other.signDays()));
        assertThat(value(page, "sla-new", "signDays")).isEqualTo("1");
        assertThat(slaRules.all().getFirst().signDays()).isEqualTo(rule.signDays());
    }

    @Test
    void aRefusedNewSlaRuleShowsTheMistypedDaysInTheNewRuleFormOnly() throws Exception {
        SlaRule rule = slaRules.all().getFirst();
        String page = refused(
                "dispatch",
                post("/tickets/sla")
                        .param("category", "POWER")
                        .param("severity", "URGENT")
                        .param("signDays", "2")
                        .param("feedbackDays", "3d")
                        .param("resolveDays", "5")
                        .param("version", "0"));

        assertThat(value(page, "sla-new", "feedbackDays")).isEqualTo("3d");
        assertThat(HtmlParts.form(page, "sla-new")).contains("请输入有效的整数：3d");
        assertThat(value(page, "sla-new", "signDays")).isEqualTo("2");
        assertThat(value(page, "sla-" + rule.id(), "feedbackDays")).isEqualTo(Integer.toString(rule.feedbackDays()));
    }

    @Test
    void aTokenWithAWordedLifetimeShowsItAsTyped() throws Exception {
        String page = refused(
                "dispatch", post("/account/tokens").param("name", "对接平台").param("expiresInDays", "一个月"));

        assertThat(page).contains("请输入有效的整数：一个月").doesNotContain("issued-token");
        assertThat(valueOf(inputWithId(page, "token-days"))).isEqualTo("一个月");
        assertThat(valueOf(inputWithId(page, "token-name"))).isEqualTo("对接平台");
    }

    @Test
    void aLeadShowsTheWordedInvestmentAndTheImpossibleDateAsTyped() throws Exception {
        long owner = jdbc.queryForObject("select id from app_user where username = 'dispatch'", Long.class);
        String company = TestCodes.unique("回显线索");
        String page = refused(
                "dispatch",
                post("/investment/leads")
                        .param("targetCompany", company)
                        .param("channel", "FUND")
                        .param("ownerId", Long.toString(owner))
                        .param("expectedInvestment", "五千万")
                        .param("expectedJobs", "200")
                        .param("nextActionOn", "2026-13-45")
                        .param("description", "新能源电池")
                        .param("version", "0"));

        assertThat(HtmlParts.form(page, "lead-form"))
                .contains("请输入有效的数字：五千万")
                .contains("不是有效日期（格式为 年-月-日，如 2026-12-01）：2026-13-45")
                .contains(">新能源电池</textarea>");
        assertThat(value(page, "lead-form", "expectedInvestment")).isEqualTo("五千万");
        assertThat(value(page, "lead-form", "nextActionOn")).isEqualTo("2026-13-45");
        assertThat(value(page, "lead-form", "expectedJobs")).isEqualTo("200");
        assertThat(value(page, "lead-form", "targetCompany")).isEqualTo(company);
    }

    @Test
    void aStageMoveOfALeadShowsItsMistypedDateAsTypedNotToday() throws Exception {
        var lead = jdbc.queryForMap("select id, version from investment_lead"
                + " where stage not in ('TERMINATED', 'IN_PRODUCTION') order by id fetch first 1 rows only");
        String page = refused(
                "dispatch",
                post("/investment/leads/" + lead.get("ID") + "/move")
                        .param("target", "TERMINATED")
                        .param("on", "上周")
                        .param("note", "企业暂缓投资")
                        .param("version", lead.get("VERSION").toString()));

        assertThat(HtmlParts.form(page, "move-form")).contains("不是有效日期（格式为 年-月-日，如 2026-12-01）：上周");
        assertThat(value(page, "move-form", "on")).isEqualTo("上周");
        assertThat(value(page, "move-form", "note")).isEqualTo("企业暂缓投资");
    }

    @Test
    void theRewardRulesShowTheWordedCapAndStaleDaysAsTyped() throws Exception {
        String page = refused(
                "dispatch",
                post("/investment/rules")
                        .param("fromAmount", "0")
                        .param("ratePerMille", "5")
                        .param("cap", "五百")
                        .param("staleWorkingDays", "二十"));

        assertThat(HtmlParts.form(page, "rules-form")).contains("请输入有效的数字：五百").contains("请输入有效的整数：二十");
        assertThat(value(page, "rules-form", "cap")).isEqualTo("五百");
        assertThat(value(page, "rules-form", "staleWorkingDays")).isEqualTo("二十");
    }

    @Test
    void theRewardTiersComeBackAsTypedWhenOneAmountIsAWord() throws Exception {
        String page = refused(
                "dispatch",
                post("/investment/rules")
                        .param("fromAmount", "0", "一千", "5000", "")
                        .param("ratePerMille", "5", "3", "", "")
                        .param("cap", "500")
                        .param("staleWorkingDays", "20"));

        String form = HtmlParts.form(page, "rules-form");
        assertThat(form).contains("格式不正确");
        assertThat(inputs(form, "fromAmount")).containsExactly("0", "一千", "5000", "");
        assertThat(inputs(form, "ratePerMille")).containsExactly("5", "3", "", "");
    }

    @Test
    void aNewUserShowsTheWordedEnterpriseInItsRefusalBesideThePickList() throws Exception {
        String username = "typed" + System.nanoTime() % 1_000_000;
        String page = refused(
                "sysadmin",
                post("/admin/users")
                        .param("username", username)
                        .param("fullName", "回显用户")
                        .param("enterpriseId", "某企业")
                        .param("phone", "0371-1234")
                        .param("initialPassword", "Zhuanban@2026x"));

        // A pick list cannot show a word among its enterprises; the message beside it quotes what came.
        assertThat(HtmlParts.form(page, "user-form")).contains("某企业");
        assertThat(HtmlParts.select(page, "user-form", "enterpriseId")).contains("is-invalid");
        assertThat(value(page, "user-form", "username")).isEqualTo(username);
        assertThat(value(page, "user-form", "fullName")).isEqualTo("回显用户");
        assertThat(value(page, "user-form", "phone")).isEqualTo("0371-1234");
    }

    @Test
    void aDecisionShowsItsImpossibleDeadlineAsTypedAndTheAgendaFormStaysEmpty() throws Exception {
        // held today: before its day a meeting offers no decision form
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        LocalDate today = LocalDate.now(clock);
        long series = meetings.createSeries(
                new SeriesForm(
                        fx.taskForce(fx.userId("taskforce"), Set.of(), Set.of()),
                        today.getDayOfWeek(),
                        LocalTime.of(9, 0),
                        "专班办公室"),
                fx.user("dispatch"));
        long meeting = meetings.plan(series, today, fx.user("dispatch"));
        String page = refused(
                "dispatch",
                post("/meetings/" + meeting + "/decisions")
                        .param("decision", "发改委牵头协调用地")
                        .param("deadline", "2026-02-30")
                        .param(
                                "version",
                                Integer.toString(meetings.find(meeting, fx.user("dispatch"))
                                        .version())));

        assertThat(HtmlParts.form(page, "decision-form")).contains("不是有效日期（格式为 年-月-日，如 2026-12-01）：2026-02-30");
        assertThat(value(page, "decision-form", "deadline")).isEqualTo("2026-02-30");
        assertThat(value(page, "decision-form", "decision")).isEqualTo("发改委牵头协调用地");
        assertThat(value(page, "item-form", "title")).isEmpty();
    }

    private String refused(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(WebTestSupport.login(mvc, username)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String value(String page, String formId, String name) {
        return valueOf(HtmlParts.input(page, formId, name));
    }

    /** The value attribute of an input tag, unescaped for the few characters these tests type. */
    private static String valueOf(String input) {
        Matcher m = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input);
        assertThat(m.find()).as("value of " + input).isTrue();
        return m.group(1);
    }

    /** The values of the inputs with this name, in page order. */
    private static List<String> inputs(String form, String name) {
        return Pattern.compile("<input[^>]*\\sname=\"" + name + "\"[^>]*>")
                .matcher(form)
                .results()
                .map(input -> valueOf(input.group()))
                .toList();
    }

    private static String inputWithId(String page, String id) {
        Matcher m = Pattern.compile("<input[^>]*\\sid=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as("input " + id).isTrue();
        return m.group();
    }
}
