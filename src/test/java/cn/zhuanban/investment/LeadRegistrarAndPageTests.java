package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the review of the demo found on the lead pages: whoever registers a lead keeps it in sight after handing it to
 * someone else; a signed lead invites to the conversion only who may convert it and offers termination as what it
 * is; blank figures show a dash; a future date is refused naming today; the export writes 是/否, not TRUE/FALSE.
 */
@IntegrationTest
class LeadRegistrarAndPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void aLeadOfficialWhoRegistersALeadForTheDispatchOfficeKeepsSeeingIt() throws Exception {
        String company = TestCodes.unique("交办登记企业");
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");

        String page = mvc.perform(post("/investment/leads")
                        .param("targetCompany", company)
                        .param("channel", "CHAIN")
                        .param("ownerId", Long.toString(user("dispatch").id()))
                        .session(lead)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "attraction.lead.created-handed-over"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        assertThat(WebTestSupport.page(mvc, "lead", "/investment/leads/" + id)).contains(company, "赵敏");
        assertThat(WebTestSupport.page(mvc, "lead", "/investment/leads?q=" + company))
                .contains("href=\"/investment/leads/" + id + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + id))
                .contains(company);
        // Another lead official neither registered nor owns it.
        mvc.perform(get("/investment/leads/" + id).session(WebTestSupport.login(mvc, "lead2")))
                .andExpect(status().isNotFound());
        assertThat(WebTestSupport.page(mvc, "lead2", "/investment/leads?q=" + company))
                .doesNotContain("href=\"/investment/leads/" + id + "\"");
    }

    @Test
    void aLeadKeptByItsRegistrarShowsTheUsualSavedMessage() throws Exception {
        mvc.perform(post("/investment/leads")
                        .param("targetCompany", TestCodes.unique("自留线索企业"))
                        .param("channel", "CHAIN")
                        .param("ownerId", Long.toString(user("lead").id()))
                        .session(WebTestSupport.login(mvc, "lead"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "attraction.lead.created"));
    }

    @Test
    void aSignedLeadAsksOnlyTheDispatchOfficeToConvertItAndOffersTerminationAsSuch() throws Exception {
        CurrentUser official = staff("lead");
        String company = TestCodes.unique("领导签约企业");
        long id = investment.createLead(official, form(company, official.id(), today()));
        for (LeadStage stage : List.of(LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.SIGNED)) {
            investment.move(
                    official,
                    id,
                    new StageMove(
                            stage, today(), null, investment.lead(official, id).version()));
        }

        String asOfficial = WebTestSupport.page(mvc, "lead", "/investment/leads/" + id);
        assertThat(asOfficial)
                .contains("id=\"awaiting-conversion\"", "已签约的线索由调度办“转为重点项目”")
                .doesNotContain("id=\"create-project\"", "须先“转为重点项目”");
        String move = HtmlParts.form(asOfficial, "move-form");
        assertThat(move)
                .contains("type=\"hidden\" name=\"target\" value=\"TERMINATED\"", "btn btn-danger", "终止线索", "终止原因")
                .doesNotContain("<select", "id=\"move-submit\"");
        assertThat(HtmlParts.input(asOfficial, "move-form", "note")).contains("required");
        // Blank figures read like the other blank fields.
        assertThat(asOfficial)
                .contains("<dd class=\"col-7\" id=\"expected-investment\">—</dd>")
                .contains("<dd class=\"col-7\" id=\"expected-jobs\">—</dd>");

        String asDispatch = WebTestSupport.page(mvc, "dispatch", "/investment/leads/" + id);
        assertThat(asDispatch)
                .contains("id=\"create-project\"", "已签约的线索须先“转为重点项目”")
                .doesNotContain("已签约的线索由调度办");

        // The termination form terminates.
        mvc.perform(post("/investment/leads/" + id + "/move")
                        .param("target", "TERMINATED")
                        .param("on", today().toString())
                        .param("note", "投资方撤回")
                        .param(
                                "version",
                                Integer.toString(investment.lead(official, id).version()))
                        .session(WebTestSupport.login(mvc, "lead"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(investment.lead(official, id).stage()).isEqualTo(LeadStage.TERMINATED);
    }

    @Test
    void aLeadStillInTheFunnelShowsItsFiguresAndKeepsTheStagePickListAndTheMoveButton() throws Exception {
        CurrentUser official = staff("lead");
        long id = investment.createLead(
                official,
                new LeadForm(
                        TestCodes.unique("在谈企业"),
                        LeadChannel.CHAIN,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("12000"),
                        80,
                        official.id(),
                        null,
                        null,
                        null,
                        today(),
                        0));

        String page = WebTestSupport.page(mvc, "lead", "/investment/leads/" + id);
        assertThat(page)
                .contains("<dd class=\"col-7\" id=\"expected-investment\">12,000.00</dd>")
                .contains("<dd class=\"col-7\" id=\"expected-jobs\">80</dd>");
        String move = HtmlParts.form(page, "move-form");
        assertThat(move)
                .contains("<select", "value=\"CONTACTED\"", "value=\"TERMINATED\"", "id=\"move-submit\"")
                .doesNotContain("id=\"terminate-submit\"");
    }

    @Test
    void aFutureReceivedOrRegisteredDateIsRefusedNamingTodayNotTheDateTyped() throws Exception {
        LocalDate future = today().plusYears(1);
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String lead = mvc.perform(post("/investment/leads")
                        .param("targetCompany", TestCodes.unique("未来登记企业"))
                        .param("channel", "CHAIN")
                        .param("ownerId", Long.toString(user("dispatch").id()))
                        .param("receivedOn", future.toString())
                        .session(dispatch)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lead).contains("不能晚于今天（" + today() + "）").doesNotContain("不能晚于今天（" + future + "）");
        assertThat(HtmlParts.input(lead, "lead-form", "receivedOn")).contains("max=\"" + today() + "\"");

        String referrer = mvc.perform(post("/investment/referrers")
                        .param("name", TestCodes.unique("未来引荐人"))
                        .param("registeredOn", future.toString())
                        .param("version", "0")
                        .session(dispatch)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(referrer).contains("不能晚于今天（" + today() + "）").doesNotContain("不能晚于今天（" + future + "）");
    }

    @Test
    void theLeadExportSaysYesOrNoForWithoutFollowUp() throws Exception {
        CurrentUser dispatch = staff("dispatch");
        String base = TestCodes.unique("导出跟进企业");
        investment.createLead(dispatch, form(base + "久", dispatch.id(), today().minusMonths(3)));
        investment.createLead(dispatch, form(base + "新", dispatch.id(), today()));

        byte[] file = mvc.perform(
                        get("/investment/leads/export").param("q", base).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            int stale = sheet.getRow(0).getLastCellNum() - 1;
            assertThat(sheet.getRow(0).getCell(stale).getStringCellValue()).isEqualTo("久未跟进");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    String company = row.getCell(0).getStringCellValue();
                    assertThat(row.getCell(stale).getStringCellValue())
                            .as(company)
                            .isEqualTo(company.endsWith("久") ? "是" : "否");
                }
            }
        }
    }

    private static LeadForm form(String company, long ownerId, LocalDate receivedOn) {
        return new LeadForm(
                company,
                LeadChannel.CHAIN,
                null,
                null,
                null,
                null,
                null,
                null,
                ownerId,
                null,
                null,
                null,
                receivedOn,
                0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private UserView user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    /** The user with their own data scope (the service checks scope; the pages check permissions). */
    private CurrentUser staff(String username) {
        UserView u = user(username);
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope(),
                Set.copyOf(u.roles()),
                Set.copyOf(Permissions.ALL));
    }
}
