package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketQueries;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Whose move it is: the dispatch office assigns and reviews; the lead department signs, asks to
 * return, asks for extensions and resolves; co-departments add notes; the reporter rates; the
 * project's lead official suspends and resumes, and confirms a rejection the office proposed or declines it (不同意).
 * Someone else's move is forbidden (403).
 */
@Component
class MoveAuthority {

    private final TicketQueries queries;

    MoveAuthority(TicketQueries queries) {
        this.queries = queries;
    }

    /**
     * Someone else's move is forbidden (403), unless the ticket has ended (closed, merged, rejected) and the user is
     * one who acts on it at all (the office, its departments, its reporter, its lead official): he is told that it
     * has ended (409), as its own department is, not that he lacks a right he has. Whoever may act on it in no way
     * keeps the 403.
     */
    void check(Ticket ticket, TicketMove move, CurrentUser user) {
        if (may(ticket, move, user)) {
            return;
        }
        if (ticket.ended() && Arrays.stream(TicketMove.values()).anyMatch(m -> may(ticket, m, user))) {
            ticket.requireStateAllows(move);
        }
        throw new BusinessException(ErrorCode.FORBIDDEN);
    }

    /**
     * The moves this user may make on the ticket now: allowed by the state and theirs to make. The lead department is
     * not offered a progress note before it signs (the ticket refuses it, {@link Ticket#note}).
     */
    Set<TicketMove> movesFor(Ticket ticket, CurrentUser user) {
        boolean unsignedLeadDepartment = ticket.awaitsSignature()
                && user.departmentId() != null
                && user.departmentId().equals(ticket.getDepartmentId());
        return ticket.allowedMoves().stream()
                .filter(m -> may(ticket, m, user))
                .filter(m -> !(m == TicketMove.NOTE && unsignedLeadDepartment))
                .collect(Collectors.toSet());
    }

    /**
     * The moves that would be this user's to make but a rule refuses now, with the message key that says why
     * ({@link Ticket#movesRuledOut}): the page says it in the form's place.
     */
    Map<TicketMove, String> ruledOutFor(Ticket ticket, CurrentUser user) {
        Map<TicketMove, String> ruledOut = new EnumMap<>(TicketMove.class);
        ticket.movesRuledOut().forEach((move, rule) -> {
            if (may(ticket, move, user)) {
                ruledOut.put(move, "ticket.refused." + rule);
            }
        });
        return ruledOut;
    }

    private boolean may(Ticket ticket, TicketMove move, CurrentUser user) {
        boolean leadDepartment = user.can(Permissions.TICKET_HANDLE)
                && user.departmentId() != null
                && user.departmentId().equals(ticket.getDepartmentId());
        if (move == TicketMove.REJECT && ticket.rejectionPending()) {
            return leadOfficial(ticket, user);
        }
        return switch (move.actor()) {
            case DISPATCH -> user.can(Permissions.TICKET_DISPATCH);
            case LEAD_DEPARTMENT -> leadDepartment;
            case INVOLVED ->
                user.can(Permissions.TICKET_DISPATCH)
                        || (user.can(Permissions.TICKET_HANDLE) && ticket.involves(user.departmentId()))
                        || leadOfficial(ticket, user);
            // a leader who instructed rates his instruction's ticket, as a reporter rates his report
            case REPORTER ->
                user.id() == ticket.getReporterId()
                        && (user.can(Permissions.TICKET_REPORT) || user.can(Permissions.TICKET_INSTRUCT));
            case LEAD_OFFICIAL -> leadOfficial(ticket, user);
        };
    }

    private boolean leadOfficial(Ticket ticket, CurrentUser user) {
        return user.can(Permissions.TICKET_SUSPEND)
                && (user.dataScope() == DataScope.ALL
                        || Objects.equals(queries.project(ticket.getProjectId()).leadOfficialId(), user.id()));
    }
}
