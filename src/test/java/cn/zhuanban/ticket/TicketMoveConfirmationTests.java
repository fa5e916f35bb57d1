package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Each step confirms what happened in words (已签收, 已申请延期 …) instead of a bare "操作已完成", and a reader with
 * no move to make gets no empty actions card.
 */
@IntegrationTest
class TicketMoveConfirmationTests {

    /** Every step a move of the ticket page records, with the answers its confirmation depends on. */
    static final List<String> CONFIRMED = List.of(
            "ticket.assigned",
            "ticket.reassigned",
            "ticket.insisted",
            "ticket.merged",
            "ticket.resolved-on-the-spot",
            "ticket.rejection-proposed",
            "ticket.rejected",
            "ticket.rejection-declined",
            "ticket.signed",
            "ticket.return-requested",
            "ticket.noted",
            "ticket.extension-requested",
            "ticket.extension-decided.APPROVED",
            "ticket.extension-decided.REFUSED",
            "ticket.resolved",
            "ticket.review-passed",
            "ticket.sent-back",
            "ticket.rated.SATISFIED",
            "ticket.rated.BASICALLY_SATISFIED",
            "ticket.rated.DISSATISFIED",
            "ticket.reopened",
            "ticket.suspended",
            "ticket.resumed");

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    IdentityManagement identity;

    @Autowired
    UserDirectory directory;

    @Autowired
    CalendarManagement calendar;

    @Test
    void signingAndAskingForAnExtensionSayWhatHappened() throws Exception {
        long id = flows.assignedToPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");

        assertThat(moveAndRead(power, id, "sign", "")).contains("已签收").doesNotContain("操作已完成");
        String date = calendar.administrative()
                .addWorkingDays(flows.view(id).resolveBy(), 5)
                .toString();
        MvcResult asked = move(power, id, "request-extension", date, "设备到货推迟");
        assertThat(asked.getFlashMap().get("flash")).isEqualTo("ticket.done.ticket.extension-requested");
    }

    @Test
    void anExtensionDecisionSaysWhetherItWasApproved() throws Exception {
        long id = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String date = calendar.administrative()
                .addWorkingDays(flows.view(id).resolveBy(), 5)
                .toString();
        move(power, id, "request-extension", date, "设备到货推迟");

        mvc.perform(post("/tickets/" + id + "/moves/decide-extension")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("approved", "false")
                        .param("reason", "理由不足"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "ticket.done.ticket.extension-decided.REFUSED"));
    }

    @Test
    void theLeadOfficialConfirmsOrDeclinesAProposedRejectionOnThePageWithHisReason() throws Exception {
        long project = data.project("GD");
        long id = flows.reported(project);
        flows.management().act(id, TicketMove.REJECT, MoveCommand.withReason("与项目无关"), flows.user("dispatch"));
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");

        String page = WebTestSupport.page(mvc, "lead", "/tickets/" + id);
        assertThat(page)
                .contains("确认不予受理", "不同意不予受理", "id=\"decline-rejection-reason\"")
                .containsPattern("<textarea[^>]*id=\"decline-rejection-reason\"[^>]*required");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).doesNotContain("move-decline-rejection");
        String contact = EnterpriseContacts.create(identity, directory, data.enterpriseOf(project));
        mvc.perform(post("/tickets/" + id + "/moves/decline-rejection")
                        .session(WebTestSupport.login(mvc, contact))
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("reason", "应予受理"))
                .andExpect(status().isForbidden());

        String refused = mvc.perform(post("/tickets/" + id + "/moves/decline-rejection")
                        .session(lead)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("reason", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"decline-rejection-refusal\"");
        assertThat(flows.view(id).rejectionProposal()).isEqualTo("与项目无关");

        MvcResult declined = move(lead, id, "decline-rejection", null, "属于项目建设诉求");
        assertThat(declined.getFlashMap().get("flash")).isEqualTo("ticket.done.ticket.rejection-declined");
        assertThat(flows.view(id).state()).isEqualTo(TicketState.REPORTED);
        assertThat(flows.view(id).rejectionProposal()).isNull();
        assertThat(WebTestSupport.page(mvc, "lead", "/tickets/" + id))
                .contains("分包领导不同意不予受理", "属于项目建设诉求")
                .doesNotContain("move-decline-rejection");
    }

    @Test
    void everyConfirmationIsWordedInBothBundles() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties messages = load(bundle);
            for (String step : CONFIRMED) {
                assertThat(messages.getProperty("ticket.done." + step))
                        .as(bundle + " ticket.done." + step)
                        .isNotBlank();
            }
            assertThat(messages).as(bundle).doesNotContainKey("ticket.moved");
        }
    }

    @Test
    void theReporterOfATicketNotYetAssignedGetsNoEmptyActionsCard() throws Exception {
        long project = data.project("GD");
        String contact = EnterpriseContacts.create(identity, directory, data.enterpriseOf(project));
        MockHttpSession reporter = WebTestSupport.login(mvc, contact);
        long id = flows.management()
                .report(
                        new ReportCommand(project, TicketCategory.POWER, "施工用电接入", "需要临时用电", TicketSeverity.NORMAL),
                        List.of(),
                        flows.user(contact));

        String page = mvc.perform(get("/tickets/" + id).session(reporter))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"ticket-title\"").doesNotContain("id=\"ticket-moves\"", "当前没有您可执行的操作");
        assertThat(page).doesNotContain("href=\"#ticket-moves\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).contains("id=\"ticket-moves\"");
    }

    private String moveAndRead(MockHttpSession session, long id, String action, String reason) throws Exception {
        MvcResult done = move(session, id, action, null, reason);
        return mvc.perform(get("/tickets/" + id).session(session).flashAttrs(done.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MvcResult move(MockHttpSession session, long id, String action, String date, String reason)
            throws Exception {
        var request = post("/tickets/" + id + "/moves/" + action)
                .session(session)
                .with(csrf())
                .param("version", Integer.toString(flows.view(id).version()))
                .param("reason", reason);
        if (date != null) {
            request.param("newDate", date);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
