package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A reason left out is a field to fill in, not a move the ticket's state refuses: the API answers 400 naming the
 * field, the page brings the form back with the message beside the reason box and what was typed kept, and the boxes
 * of the moves that need a reason are marked required before anyone submits.
 */
@IntegrationTest
class TicketReasonRequiredPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    cn.zhuanban.calendar.CalendarManagement calendar;

    @Test
    void theApiNamesTheMissingReasonOfAnExtensionAReturnAndASuspension() throws Exception {
        long signed = flows.signedByPower();
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        String date = flows.view(signed).resolveBy().plusDays(14).toString();

        act(power, signed, "request-extension", "{\"newDate\": \"" + date + "\", \"reason\": \"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("请填写理由或说明")))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("状态"))));
        act(power, signed, "request-extension", "{\"reason\": \"设备到货推迟\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("newDate"));
        act(WebTestSupport.login(mvc, "lead"), signed, "suspend", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        assertThat(flows.view(signed).extensionUntil()).isNull();
        assertThat(flows.view(signed).state()).isEqualTo(TicketState.IN_PROGRESS);

        long assigned = flows.assignedToPower();
        act(power, assigned, "request-return", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        act(power, assigned, "request-extension", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.move-refused"));
    }

    @Test
    void thePageShowsTheMessageBesideTheReasonBoxAndKeepsTheDate() throws Exception {
        long id = flows.signedByPower();
        LocalDate date = flows.view(id).resolveBy().plusDays(14);
        String page = mvc.perform(post("/tickets/" + id + "/moves/request-extension")
                        .session(WebTestSupport.login(mvc, "handler-power"))
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("newDate", date.toString())
                        .param("reason", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).doesNotContain("不能“申请延期”");
        assertThat(tag(page, "details", "move-request-extension")).contains("open");
        assertThat(tag(page, "textarea", "request-extension-reason"))
                .contains("is-invalid", "aria-describedby=\"request-extension-refusal\"");
        assertThat(tag(page, "input", "extension-date")).contains("value=\"" + date + "\"");
        // beside the box (right after it), and marked for app.js to scroll to: on a phone the form is far down
        assertThat(page)
                .containsPattern("id=\"request-extension-reason\"[^>]*></textarea>\\s*"
                        + "<div class=\"invalid-feedback[^\"]*\"[^>]*id=\"request-extension-refusal\"[^>]*"
                        + "data-scroll-here[^>]*>输入有误：请填写理由或说明。</div>");
        assertThat(page.split("id=\"request-extension-refusal\"", -1))
                .as("said once, not also above the form")
                .hasSize(2);
    }

    @Test
    void aDissatisfiedRatingWithoutReasonIsAFieldErrorInTheApiAndBesideTheReasonBoxOnThePage() throws Exception {
        long id = awaitingFeedback();
        MockHttpSession reporter = WebTestSupport.login(mvc, "dispatch");

        act(reporter, id, "feedback", "{\"rating\": \"DISSATISFIED\", \"reason\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不满意")));
        String page = mvc.perform(post("/tickets/" + id + "/moves/feedback")
                        .session(reporter)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("rating", "DISSATISFIED")
                        .param("reason", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tag(page, "textarea", "feedback-reason")).contains("is-invalid");
        assertThat(page).as("the rating chosen comes back").contains("<option value=\"DISSATISFIED\" selected");
        assertThat(page)
                .containsPattern("id=\"feedback-reason\"[^>]*></textarea>\\s*"
                        + "<div class=\"invalid-feedback[^\"]*\"[^>]*id=\"feedback-refusal\"[^>]*>[^<]*不满意[^<]*</div>");
        assertThat(flows.view(id).state()).isEqualTo(TicketState.AWAITING_FEEDBACK);

        act(reporter, id, "feedback", "{\"rating\": \"BASICALLY_SATISFIED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    void theFeedbackReasonBoxSaysItIsNeededWhenDissatisfied() throws Exception {
        long id = awaitingFeedback();
        String page = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id);
        assertThat(tag(page, "textarea", "feedback-reason"))
                .as("satisfied ratings need none")
                .doesNotContain(" required");
        assertThat(page).contains("评价“不满意”时必填");
        assertThat(page)
                .as("no rating chosen for the reporter: one tap must not submit 满意")
                .containsPattern("id=\"feedback-rating\"[^>]*>\\s*<option value=\"\">请选择</option>")
                .doesNotContainPattern("<option value=\"[A-Z_]+\" selected");
    }

    @Test
    void theReasonBoxesOfMovesThatNeedOneAreRequiredAndMarkedSo() throws Exception {
        long signed = flows.signedByPower();
        String handler = WebTestSupport.page(mvc, "handler-power", "/tickets/" + signed);
        for (String move : new String[] {"note", "request-extension", "resolve"}) {
            assertThat(tag(handler, "textarea", move + "-reason")).as(move).contains(" required");
            assertThat(tag(handler, "label", null, "for=\"" + move + "-reason\""))
                    .as(move)
                    .containsPattern("class=\"form-label[^\"]*required");
        }
        assertThat(tag(WebTestSupport.page(mvc, "lead", "/tickets/" + signed), "textarea", "suspend-reason"))
                .contains(" required");

        long resolved = flows.signedByPower();
        flows.resolveByPower(resolved);
        String dispatch = WebTestSupport.page(mvc, "dispatch", "/tickets/" + resolved);
        assertThat(tag(dispatch, "textarea", "review-reason"))
                .as("a review passes without a reason")
                .doesNotContain(" required");
        assertThat(dispatch).contains("退回重办时必填");
    }

    @Test
    void aDecisionPostedWithoutItsAnswerComesBackAsTheFormsErrorWithTheReasonKept() throws Exception {
        long id = flows.signedByPower();
        LocalDate asked =
                calendar.administrative().addWorkingDays(flows.view(id).resolveBy(), 10);
        flows.management()
                .act(
                        id,
                        TicketMove.REQUEST_EXTENSION,
                        MoveCommand.requestExtension("设备未到", asked),
                        flows.user("handler-power"));
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");

        String page = mvc.perform(post("/tickets/" + id + "/moves/decide-extension")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version()))
                        .param("reason", "理由不足"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tag(page, "details", "move-decide-extension")).contains("open");
        assertThat(tag(page, "select", "extension-approved"))
                .contains("is-invalid", "aria-describedby=\"decide-extension-refusal\"");
        assertThat(page).contains("请选择同意或不同意延期");
        assertThat(page).containsPattern("id=\"decide-extension-reason\"[^>]*>理由不足</textarea>");
        assertThat(flows.view(id).extensionUntil())
                .as("neither approved nor refused")
                .isEqualTo(asked);

        flows.resolveByPower(id);
        String review = mvc.perform(post("/tickets/" + id + "/moves/review")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(id).version())))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tag(review, "select", "review-passed")).contains("is-invalid", "required");
        assertThat(review).contains("请选择审核通过或退回重办");
        assertThat(flows.view(id).state()).isEqualTo(TicketState.RESOLVED);
    }

    private long awaitingFeedback() {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        flows.management().act(id, TicketMove.REVIEW, MoveCommand.review(true), flows.user("dispatch"));
        return id;
    }

    private ResultActions act(MockHttpSession session, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String tag(String page, String element, String id) {
        return tag(page, element, id, null);
    }

    /** The opening tag of {@code element} with this id, or holding {@code attribute}. */
    private static String tag(String page, String element, String id, String attribute) {
        String with = id != null ? "\\sid=\"" + id + "\"" : "\\s" + Pattern.quote(attribute);
        Matcher m =
                Pattern.compile("<" + element + "\\b[^>]*" + with + "[^>]*>").matcher(page);
        assertThat(m.find()).as(element + " " + (id != null ? id : attribute)).isTrue();
        return m.group();
    }
}
