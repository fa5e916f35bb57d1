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
        management.act(
                id,
                TicketMove.ASSIGN,
                new MoveCommand(data.department("GD"), null, null, null, null, null, null, null, null, null),
                user("dispatch"));
        return id;
    }

    long signedByPower() {
        long id = assignedToPower();
        management.act(id, TicketMove.SIGN, MoveCommand.empty(), user("handler-power"));
        return id;
    }

    void noteByPower(long id) {
        management.act(
                id,
                TicketMove.NOTE,
                new MoveCommand(null, null, "已安排现场勘察", null, null, null, null, null, null, null),
                user("handler-power"));
    }

    void resolveByPower(long id) {
        management.act(
                id,
                TicketMove.RESOLVE,
                new MoveCommand(null, null, "已接电", null, null, null, TicketOutcome.SOLVED, null, null, null),
                user("handler-power"));
    }

    /**
     * Resolved as solved twice and twice rated 不满意 by its reporter (dispatch): closed and escalated to the lead
     * official of the tests' project (lead).
     */
    long closedAfterTwoDissatisfactions() {
        long id = signedByPower();
        for (int round = 0; round < 2; round++) {
            resolveByPower(id);
            management.act(
                    id,
                    TicketMove.REVIEW,
                    new MoveCommand(null, null, null, null, null, true, null, null, null, null),
                    user("dispatch"));
            management.act(
                    id,
                    TicketMove.FEEDBACK,
                    new MoveCommand(null, null, "仍未通电", null, null, null, null, TicketRating.DISSATISFIED, null, null),
                    user("dispatch"));
        }
        return id;
    }

    TicketView view(long id) {
        return lists.find(id, user("dispatch"));
    }
}
