package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The ticket endpoints of the API contract: the whole loop, refusals as 409 problems, the list. */
@IntegrationTest
class TicketApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketTestData data;

    @Autowired
    TicketFlows flows;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    SlaRuleManagement sla;

    @Autowired
    TicketLists lists;

    @Autowired
    cn.zhuanban.calendar.CalendarManagement calendar;

    @Autowired
    java.time.Clock clock;

    @Test
    void aTicketGoesRoundTheLoopAndRecordsEveryStep() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        long id = report(dispatch, data.project("GD"));

        act(dispatch, id, "assign", "{\"departmentId\": %d}".formatted(data.department("GD")))
                .andExpect(jsonPath("$.state").value("ASSIGNED"));
        mvc.perform(get("/api/v1/tickets/" + id).session(power))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signBy").isNotEmpty())
                .andExpect(jsonPath("$.resolveBy").isNotEmpty())
                .andExpect(jsonPath("$.card").value("NONE"))
                .andExpect(jsonPath("$.nextMoves").value(org.hamcrest.Matchers.hasItems("SIGN", "REQUEST_RETURN")));
        act(power, id, "sign", "{}").andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        act(power, id, "note", "{\"reason\": \"已勘察现场\"}").andExpect(status().isOk());
        act(power, id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已完成接电\"}")
                .andExpect(jsonPath("$.state").value("RESOLVED"));
        act(dispatch, id, "review", "{\"passed\": true}")
                .andExpect(jsonPath("$.state").value("AWAITING_FEEDBACK"));
        act(dispatch, id, "feedback", "{\"rating\": \"SATISFIED\"}")
                .andExpect(jsonPath("$.state").value("CLOSED"));

        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.outcome").value("SOLVED"))
                .andExpect(jsonPath("$.closure").value("RATED"))
                .andExpect(jsonPath("$.history.length()").value(7))
                .andExpect(jsonPath("$.history[0].action").value("ticket.reported"))
                .andExpect(jsonPath("$.history[6].action").value("ticket.rated"))
                .andExpect(jsonPath("$.history[2].actor").value("吴强"));
        // Every step was published as TicketStepRecorded: the audit log, listening to events, has each one.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql(
                                        "select count(*) from audit_record where entity_type = 'ticket' and entity_id = :id"
                                                + " and action in ('ticket.reported', 'ticket.assigned', 'ticket.signed',"
                                                + " 'ticket.noted', 'ticket.resolved', 'ticket.review-passed', 'ticket.rated')")
                                .param("id", Long.toString(id))
                                .query(Long.class)
                                .single()
                        == 7);
    }

    @Test
    void aMoveTheStateDoesNotAllowIsA409NamingStateAndMove() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = report(dispatch, data.project("GD"));
        act(dispatch, id, "review", "{\"passed\": true}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.move-refused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已上报")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("审核")));
        act(dispatch, id, "sign", "{}").andExpect(status().isForbidden());
        act(dispatch, id, "fly", "{}").andExpect(status().isNotFound());
    }

    @Test
    void aMoveOnAMergedOrClosedTicketIsRefusedByTheStateBeforeItsBodyIsRead() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        long open = report(dispatch, project);
        long merged = report(dispatch, project);
        act(dispatch, merged, "merge", "{\"mergeIntoId\": %d}".formatted(open)).andExpect(status().isOk());
        expectRefusedByState(act(dispatch, merged, "assign", "{}"));
        expectRefusedByState(act(dispatch, merged, "reassign", "{}"));

        long closed = flows.signedByPower();
        flows.resolveByPower(closed);
        act(dispatch, closed, "review", "{\"passed\": true}").andExpect(status().isOk());
        act(dispatch, closed, "feedback", "{\"rating\": \"SATISFIED\"}")
                .andExpect(jsonPath("$.state").value("CLOSED"));
        expectRefusedByState(act(dispatch, closed, "reassign", "{}"));
        expectRefusedByState(act(dispatch, closed, "reject", "{}"));
        // an overlong reason is the body's fault too: the state still answers first
        expectRefusedByState(act(
                dispatch,
                closed,
                "reassign",
                "{\"reason\": \"%s\"}".formatted("长".repeat(MoveCommand.MAX_REASON + 1))));
        // so is a value of the wrong type or spelling, which used to answer 400 before the state was looked at
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        expectRefusedByState(act(power, closed, "resolve", "{\"outcome\": \"bad\"}"));
        expectRefusedByState(act(power, closed, "request-extension", "{\"newDate\": \"notadate\"}"));
        expectRefusedByState(act(dispatch, closed, "assign", "{\"departmentId\": \"x\"}"));
        // where the state allows the move, the same body is the caller's to correct: 400 naming the field
        act(dispatch, report(dispatch, project), "assign", "{\"departmentId\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("departmentId"));
    }

    /**
     * The office resolving (or signing) a closed ticket is told that the ticket has ended (409), as its department is,
     * not that it lacks a right it has (403); on the page too. Someone who acts on the ticket in no way keeps the 403.
     */
    @Test
    void aClosedTicketsMoveIsRefusedAsEndedForWhoeverActsOnItAndForbiddenToOthers() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long closed = flows.signedByPower();
        flows.resolveByPower(closed);
        act(dispatch, closed, "review", "{\"passed\": true}").andExpect(status().isOk());
        act(dispatch, closed, "feedback", "{\"rating\": \"SATISFIED\"}")
                .andExpect(jsonPath("$.state").value("CLOSED"));

        for (String move : new String[] {"resolve", "sign", "request-extension"}) {
            act(dispatch, closed, move, "{\"outcome\": \"SOLVED\", \"reason\": \"已接电\"}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("ticket.move-refused"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已销号")))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("工单已结束")));
        }
        // a body of the wrong type: the state still answers first
        expectRefusedByState(act(dispatch, closed, "resolve", "{\"outcome\": \"bad\"}"));
        mvc.perform(post("/tickets/" + closed + "/moves/resolve")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(closed).version()))
                        .param("outcome", "SOLVED")
                        .param("reason", "已接电"))
                .andExpect(status().isConflict());

        MockHttpSession supervision = WebTestSupport.login(mvc, "supervisor");
        act(supervision, closed, "resolve", "{}").andExpect(status().isForbidden());
        mvc.perform(post("/tickets/" + closed + "/moves/resolve")
                        .session(supervision)
                        .with(csrf())
                        .param("version", Integer.toString(flows.view(closed).version())))
                .andExpect(status().isForbidden());
        // a handler who sees every ticket but whose department has no part in this one: nothing of it is his
        cn.zhuanban.identity.CurrentUser outsider = new cn.zhuanban.identity.CurrentUser(
                -7,
                "fixture-outsider",
                "测试经办人",
                data.department("ZRZY"),
                null,
                cn.zhuanban.identity.DataScope.ALL,
                java.util.Set.of("DEPARTMENT_HANDLER"),
                java.util.Set.of(
                        cn.zhuanban.identity.Permissions.TICKET_VIEW, cn.zhuanban.identity.Permissions.TICKET_HANDLE));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> flows.management().act(closed, TicketMove.RESOLVE, MoveCommand.empty(), outsider))
                .isInstanceOfSatisfying(
                        cn.zhuanban.shared.BusinessException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(cn.zhuanban.shared.ErrorCode.FORBIDDEN));
    }

    private static void expectRefusedByState(ResultActions result) throws Exception {
        result.andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.move-refused"))
                .andExpect(jsonPath("$.field").value("action"));
    }

    @Test
    void anExtensionRequestLapsesWhenTheTicketIsResolvedAndIsThenRefusedAsNoneToDecide() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        long id = flows.signedByPower();
        String asked = flows.view(id).resolveBy().plusDays(14).toString();
        act(power, id, "request-extension", "{\"newDate\": \"%s\", \"reason\": \"设备未到\"}".formatted(asked))
                .andExpect(status().isOk());
        act(power, id, "resolve", "{\"outcome\": \"SOLVED\", \"reason\": \"已完成接电\"}")
                .andExpect(jsonPath("$.state").value("RESOLVED"));

        act(dispatch, id, "decide-extension", "{\"approved\": true}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.move-refused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有待审批的延期申请")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("办结时失效")));
        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.extensionUntil").doesNotExist())
                .andExpect(jsonPath("$.history[4].action").value("ticket.extension-lapsed"))
                .andExpect(jsonPath("$.history[4].detail").value(asked + " 设备未到"))
                .andExpect(jsonPath("$.history[4].actor").value("吴强"))
                .andExpect(jsonPath("$.history[5].action").value("ticket.resolved"));
    }

    @Test
    void aMoveLeftWithoutItsRequiredInputIsA400NamingItNotADecisionTakenForTheUser() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        long reported = report(dispatch, data.project("GD"));
        missing(act(dispatch, reported, "assign", "{}"), "departmentId");
        missing(act(dispatch, reported, "merge", "{\"reason\": \"重复上报\"}"), "mergeIntoId");
        assertThat(flows.view(reported).state()).isEqualTo(TicketState.REPORTED);

        long signed = flows.signedByPower();
        missing(act(power, signed, "resolve", "{\"reason\": \"已完成接电\"}"), "outcome");
        missing(act(power, signed, "request-extension", "{\"reason\": \"设备未到\"}"), "newDate");
        act(power, signed, "request-extension", "{\"newDate\": \"9999-12-31\", \"reason\": \"设备未到\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("newDate"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2000")));
        String asked = calendar.administrative()
                .addWorkingDays(flows.view(signed).resolveBy(), 10)
                .toString();
        act(power, signed, "request-extension", "{\"newDate\": \"%s\", \"reason\": \"设备未到\"}".formatted(asked))
                .andExpect(status().isOk());
        missing(act(dispatch, signed, "decide-extension", "{}"), "approved");
        missing(act(dispatch, signed, "decide-extension", "{\"reason\": \"理由不足\"}"), "approved");
        assertThat(flows.view(signed).extensionUntil())
                .as("still waiting for the answer")
                .hasToString(asked);

        flows.resolveByPower(signed);
        missing(act(dispatch, signed, "review", "{}"), "passed");
        assertThat(flows.view(signed).state())
                .as("neither passed nor sent back")
                .isEqualTo(TicketState.RESOLVED);
        act(dispatch, signed, "review", "{\"passed\": true}")
                .andExpect(jsonPath("$.state").value("AWAITING_FEEDBACK"));
        missing(act(dispatch, signed, "feedback", "{}"), "rating");
        assertThat(flows.view(signed).state()).isEqualTo(TicketState.AWAITING_FEEDBACK);
    }

    private static void missing(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void theAuditRecordOfAMoveKeepsTheReasonTypedShortenedWhenLong() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = report(dispatch, data.project("GD"));
        act(dispatch, id, "assign", "{\"departmentId\": %d, \"reason\": \"交自然资源局办理\"}".formatted(data.department("GD")))
                .andExpect(status().isOk());
        String resolveBy = flows.view(id).resolveBy().toString();
        assertThat(auditSummary(id, "ticket.assigned"))
                .startsWith("REPORTED → ASSIGNED: ")
                .contains(" → " + resolveBy)
                .endsWith(" 交自然资源局办理");
        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.history[1].detail").value(org.hamcrest.Matchers.endsWith("交自然资源局办理")));

        long other = report(dispatch, data.project("GD"));
        String body = "{\"departmentId\": %d, \"reason\": \"%s\"}"
                .formatted(data.department("GD"), "长".repeat(MoveCommand.MAX_REASON));
        act(dispatch, other, "assign", body).andExpect(status().isOk());
        assertThat(auditSummary(other, "ticket.assigned"))
                .startsWith("REPORTED → ASSIGNED: ")
                .endsWith("长…")
                .hasSizeLessThan(400);
    }

    private String auditSummary(long id, String action) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> cn.zhuanban.AuditTrail.count(jdbc, action, Long.toString(id), null) > 0);
        return jdbc.sql("select summary from audit_record where action = :action and entity_id = :id")
                .param("action", action)
                .param("id", Long.toString(id))
                .query(String.class)
                .single();
    }

    @Test
    void theOfficeProposesARejectionAndOnlyTheLeadOfficialConfirmsIt() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = report(dispatch, data.project("GD"));
        act(dispatch, id, "reject", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        act(dispatch, id, "reject", "{\"reason\": \"诉求与项目无关\"}")
                .andExpect(jsonPath("$.state").value("REPORTED"));
        act(dispatch, id, "reject", "{}").andExpect(status().isForbidden());
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        mvc.perform(get("/api/v1/tickets?todo=TO_CONFIRM_REJECTION&size=200").session(lead))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isNotEmpty());
        act(lead, id, "reject", "{}").andExpect(jsonPath("$.state").value("REJECTED"));
        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.history[1].action").value("ticket.rejection-proposed"))
                .andExpect(jsonPath("$.history[2].action").value("ticket.rejected"))
                .andExpect(jsonPath("$.history[2].detail").value("诉求与项目无关"));
    }

    @Test
    void theLeadOfficialDeclinesAProposedRejectionAndTheTicketWaitsForTheOfficeAgain() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession lead = WebTestSupport.login(mvc, "lead");
        MockHttpSession power = WebTestSupport.login(mvc, "handler-power");
        // reported by a handler, who reads it: not his move (403), where a ticket out of sight is not found (404)
        long id = report(power, data.project("GD"));
        act(lead, id, "decline-rejection", "{\"reason\": \"应予受理\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ticket.move-refused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有待确认的不予受理提议")));
        act(dispatch, id, "reject", "{\"reason\": \"诉求与项目无关\"}");
        TodoCounts before = lists.todo(flows.user("lead"));

        for (MockHttpSession other : new MockHttpSession[] {dispatch, power}) {
            act(other, id, "decline-rejection", "{\"reason\": \"应予受理\"}").andExpect(status().isForbidden());
        }
        act(WebTestSupport.login(mvc, "lead2"), id, "decline-rejection", "{\"reason\": \"应予受理\"}")
                .andExpect(status().isNotFound());
        act(lead, id, "decline-rejection", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        act(lead, id, "decline-rejection", "{\"reason\": \"%s\"}".formatted("长".repeat(MoveCommand.MAX_REASON + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        act(lead, id, "decline-rejection", "{\"reason\": \"应予受理\", \"version\": 0}")
                .andExpect(status().isConflict());
        int version = flows.view(id).version();
        act(lead, id, "decline-rejection", "{\"reason\": \"属于项目建设诉求\", \"version\": %d}".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REPORTED"));

        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.state").value("REPORTED"))
                .andExpect(jsonPath("$.rejectionProposal").doesNotExist())
                .andExpect(jsonPath("$.nextMoves").value(org.hamcrest.Matchers.hasItems("ASSIGN", "REJECT")))
                .andExpect(jsonPath("$.history[2].action").value("ticket.rejection-declined"))
                .andExpect(jsonPath("$.history[2].detail").value("属于项目建设诉求"));
        TodoCounts after = lists.todo(flows.user("lead"));
        assertThat(after.toConfirmRejection()).isEqualTo(before.toConfirmRejection() - 1);
        assertThat(after.toAssign()).isEqualTo(before.toAssign() + 1);
        mvc.perform(get("/api/v1/tickets?todo=TO_ASSIGN&size=200").session(dispatch))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isNotEmpty());
        mvc.perform(get("/api/v1/tickets?todo=TO_CONFIRM_REJECTION&size=200").session(lead))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")]").isEmpty());
        act(lead, id, "decline-rejection", "{\"reason\": \"应予受理\"}").andExpect(status().isConflict());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from audit_record where entity_type = 'ticket'"
                                        + " and entity_id = :id and action = 'ticket.rejection-declined'")
                                .param("id", String.valueOf(id))
                                .query(Long.class)
                                .single()
                        == 1);

        // proposed again, it waits for the lead official's confirmation as the first one did
        act(dispatch, id, "reject", "{\"reason\": \"经核实属企业内部经营事项\"}")
                .andExpect(jsonPath("$.state").value("REPORTED"));
        act(lead, id, "reject", "{}").andExpect(jsonPath("$.state").value("REJECTED"));
        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.history[4].detail").value("经核实属企业内部经营事项"));
    }

    @Test
    void theListIsPagedAndFiltered() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        long id = report(dispatch, project);
        mvc.perform(get("/api/v1/tickets?state=REPORTED&projectId=" + project + "&size=10")
                        .session(dispatch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.size").value(10));
        mvc.perform(get("/api/v1/tickets?state=CLOSED&projectId=" + project).session(dispatch))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void metricsArePagedAndProjectsNarrowedByName() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        report(dispatch, data.project("GD"));
        report(dispatch, data.project("GD"));
        mvc.perform(get("/api/v1/tickets/metrics?dimension=PROJECT&size=1").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/tickets/metrics?dimension=PROJECT&q=测试项目&size=200")
                        .session(dispatch))
                // other tests' projects ("专班测试项目…") match the search too: every label contains it
                .andExpect(jsonPath("$.content[*].label")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.containsString("测试项目"))))
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
    }

    /** The API's metrics take the pages' period: only the tickets reported in it count; none is all time. */
    @Test
    void metricsCountOnlyTheTicketsReportedInThePeriodAskedAndRefuseAnUnknownPeriodNamingIt() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = report(dispatch, data.project("GD"));
        jdbc.sql("update ticket set created_at = :at, reported_month = '2067-05' where id = :id")
                .param(
                        "at",
                        java.sql.Timestamp.from(java.time.LocalDate.of(2067, 5, 10)
                                .atTime(10, 0)
                                .atZone(cn.zhuanban.shared.ClockConfiguration.DISTRICT_ZONE)
                                .toInstant()))
                .param("id", id)
                .update();
        mvc.perform(get("/api/v1/tickets/metrics?dimension=MONTH&period=CUSTOM&from=2067-05-01&to=2067-05-31")
                        .session(dispatch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].key").value("2067-05"))
                .andExpect(jsonPath("$.content[0].total").value(1));
        mvc.perform(get("/api/v1/tickets/metrics?dimension=MONTH&period=CUSTOM&from=2067-06-01")
                        .session(dispatch))
                .andExpect(jsonPath("$.content[*].key")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("2067-05"))));
        mvc.perform(get("/api/v1/tickets/metrics?dimension=MONTH&period=YEAR&size=200")
                        .session(dispatch))
                .andExpect(jsonPath("$.content[*].key")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("2067-05"))));
        mvc.perform(get("/api/v1/tickets/metrics?dimension=MONTH&size=200").session(dispatch)) // all time, as before
                .andExpect(jsonPath("$.content[*].key").value(org.hamcrest.Matchers.hasItem("2067-05")));

        mvc.perform(get("/api/v1/tickets/metrics?period=LAST_WEEK").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("period"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("LAST_WEEK")));
        mvc.perform(get("/api/v1/tickets/metrics?period=CUSTOM&from=2067-02-30").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.fields[0]").value("from"));
        mvc.perform(get("/api/v1/tickets/metrics?period=MONTH&period=YEAR").session(dispatch))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"));
        // the description names the three parameters, not a body or an object
        mvc.perform(get("/v3/api-docs").session(dispatch))
                .andExpect(jsonPath("$.paths['/api/v1/tickets/metrics'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.hasItems("period", "from", "to")));
    }

    @Test
    void aCategoryRuleSetsTheDeadlinesOfLaterAssignmentsAndTheLedgerExports() throws Exception {
        sla.save(new SlaRule(null, TicketCategory.FINANCING, TicketSeverity.NORMAL, 1, 1, 2, 0));
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long project = data.project("GD");
        long id = flows.management()
                .report(
                        new ReportCommand(project, TicketCategory.FINANCING, "贷款贴息", "申请贴息", null),
                        java.util.List.of(),
                        flows.user("dispatch"));
        act(dispatch, id, "assign", "{\"departmentId\": %d}".formatted(data.department("CZ")));
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        mvc.perform(get("/api/v1/tickets/" + id).session(dispatch))
                .andExpect(jsonPath("$.resolveBy")
                        .value(calendar.addWorkingDays(today, 2).toString()));
        mvc.perform(get("/tickets/export?projectId=" + project).session(dispatch))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(cn.zhuanban.shared.web.Downloads.XLSX));
    }

    long report(MockHttpSession session, long project) throws Exception {
        String body = """
                {"projectId": %d, "category": "POWER", "title": "施工临时用电接入", "description": "<script>x</script>",
                 "severity": "NORMAL"}""".formatted(project);
        String json = mvc.perform(post("/api/v1/tickets")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("REPORTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"id\"");
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions act(MockHttpSession session, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/" + id + "/" + action)
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
