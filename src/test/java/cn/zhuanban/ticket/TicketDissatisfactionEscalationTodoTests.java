package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After the reporter's second 不满意 the ticket closes and is escalated to the project's lead official: it waits on his
 * workbench (不满意提级待处理) and his ticket page offers him an instruction (批示), the existing leaders' mechanism,
 * which records his handling on the closed ticket and takes it off the list. The closing stands.
 */
@IntegrationTest
class TicketDissatisfactionEscalationTodoTests {

    private static final TicketTodo TODO = TicketTodo.ESCALATED_BY_DISSATISFACTION;

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketLists lists;

    @Autowired
    LeaderInstructions instructions;

    @Test
    void theLeadOfficialFindsTheEscalatedTicketOnHisWorkbenchAndHandlesItByAnInstruction() throws Exception {
        CurrentUser lead = flows.user("lead");
        long before = lists.todo(lead).of(TODO);

        long id = flows.closedAfterTwoDissatisfactions();

        assertThat(lists.todo(lead).of(TODO)).isEqualTo(before + 1);
        assertThat(lists.first(TicketFilter.none().withTodo(TODO), lead, 200))
                .extracting(TicketSummary::id)
                .contains(id);
        String workbench = WebTestSupport.page(mvc, "lead", "/");
        assertThat(workbench).contains("href=\"/tickets?todo=" + TODO + "\"").contains("不满意提级待处理");
        String page = WebTestSupport.page(mvc, "lead", "/tickets/" + id);
        assertThat(page)
                .contains("id=\"ticket-escalated-dissatisfied\"")
                .contains("id=\"ticket-instruction-add\"")
                .contains("id=\"ticket-escalated-new-instruction\"");

        instructions.add(id, "请自然资源局会同供电公司重新研究，一周内答复企业", null, lead);

        assertThat(lists.todo(lead).of(TODO)).isEqualTo(before);
        TicketView view = flows.view(id);
        assertThat(view.state()).isEqualTo(TicketState.CLOSED);
        assertThat(view.history()).extracting(TicketView.HistoryEntry::action).contains("ticket.instructed");
        assertThat(WebTestSupport.page(mvc, "lead", "/tickets/" + id)).contains("一周内答复企业");
    }

    @Test
    void onlyTheLeadOfficialOfTheProjectIsGivenIt() {
        long id = flows.closedAfterTwoDissatisfactions();

        assertThat(lists.first(TicketFilter.none().withTodo(TODO), flows.user("leader"), 500))
                .extracting(TicketSummary::id)
                .doesNotContain(id);
        assertThat(TODO.isDutyOf(flows.user("dispatch"))).isFalse();
        assertThat(TODO.isDutyOf(flows.user("handler-power"))).isFalse();
        assertThatThrownBy(() -> instructions.add(id, "批示", null, flows.user("lead2")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTicketClosedSatisfiedTakesNoInstruction() {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        flows.management().act(id, TicketMove.REVIEW, MoveCommand.review(true), flows.user("dispatch"));
        flows.management()
                .act(id, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.SATISFIED, null), flows.user("dispatch"));

        assertThatThrownBy(() -> instructions.add(id, "批示", null, flows.user("lead")))
                .isInstanceOf(cn.zhuanban.shared.BusinessException.class);
    }
}
