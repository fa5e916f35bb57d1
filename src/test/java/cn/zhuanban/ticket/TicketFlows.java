package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.security.ZhuanbanPrincipal;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Drives tickets through the service as the demo users, for tests that need one in a given state. */
@Component
class TicketFlows {

    private final TicketManagement management;
    private final TicketLists lists;
    private final TicketTestData data;
    private final UserDetailsService users;

    TicketFlows(TicketManagement management, TicketLists lists, TicketTestData data, UserDetailsService users) {
        this.management = management;
        this.lists = lists;
        this.data = data;
        this.users = users;
    }

    TicketManagement management() {
        return management;
    }

    CurrentUser user(String username) {
        return ((ZhuanbanPrincipal) users.loadUserByUsername(username)).currentUser();
    }

    long reported(long project) {
        return management.report(
                new ReportCommand(project, TicketCategory.POWER, "施工用电接入", "需要临时用电", TicketSeverity.NORMAL),
                List.of(),
                user("dispatch"));
    }

    long assignedToPower() {
        long id = reported(data.project("GD"));
        management.act(id, TicketMove.ASSIGN, MoveCommand.assignTo(data.department("GD")), user("dispatch"));
        return id;
    }

    long signedByPower() {
        long id = assignedToPower();
        management.act(id, TicketMove.SIGN, MoveCommand.empty(), user("handler-power"));
        return id;
    }

    void noteByPower(long id) {
        management.act(id, TicketMove.NOTE, MoveCommand.withReason("已安排现场勘察"), user("handler-power"));
    }

    void resolveByPower(long id) {
        management.act(id, TicketMove.RESOLVE, MoveCommand.resolve("已接电", TicketOutcome.SOLVED), user("handler-power"));
    }

    /**
     * Resolved as solved twice and twice rated 不满意 by its reporter (dispatch): closed and escalated to the lead
     * official of the tests' project (lead).
     */
    long closedAfterTwoDissatisfactions() {
        long id = signedByPower();
        for (int round = 0; round < 2; round++) {
            resolveByPower(id);
            management.act(id, TicketMove.REVIEW, MoveCommand.review(true), user("dispatch"));
            management.act(
                    id, TicketMove.FEEDBACK, MoveCommand.rate(TicketRating.DISSATISFIED, "仍未通电"), user("dispatch"));
        }
        return id;
    }

    TicketView view(long id) {
        return lists.find(id, user("dispatch"));
    }
}
