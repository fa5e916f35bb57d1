package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.ticket.domain.MergeTargets;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketRefusal;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketVisibility;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a move names besides the ticket, checked before the ticket makes it: the departments of an assignment and the
 * ticket a duplicate is merged into. A reference that does not hold is the form's error beside its field (400), or
 * the ticket's refusal (409) where the state or the target's state is what refuses.
 */
@Component
class MoveReferences {

    private final TicketRepository tickets;
    private final TicketVisibility visibility;
    private final DepartmentManagement departments;

    MoveReferences(TicketRepository tickets, TicketVisibility visibility, DepartmentManagement departments) {
        this.tickets = tickets;
        this.visibility = visibility;
        this.departments = departments;
    }

    /**
     * The lead department of an assignment, which must exist like every co-department: a stale page (a department
     * deleted meanwhile) or a tampered form would leave the ticket running its deadlines for a department nobody signs
     * for. Departments are not disabled, only deleted, so existing is the first check. Nor may one be a department
     * that only reads tickets (the supervision office, the audit bureau: {@link DepartmentManagement#readingTicketsOnly}),
     * where nobody could sign it; one the ticket already has stays choosable, so a reassignment keeps it.
     */
    long department(Ticket t, MoveCommand c) {
        if (c.departmentId() == null) {
            throw BusinessException.invalid("departmentId", "ticket.required.departmentId");
        }
        Map<Long, String> known =
                departments.namesOf(Stream.concat(Stream.of(c.departmentId()), c.coDepartmentIds().stream())
                        .toList());
        if (!known.containsKey(c.departmentId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "departmentId", c.departmentId());
        }
        c.coDepartmentIds().stream()
                .filter(id -> !known.containsKey(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "coDepartmentIds", id);
                });
        Set<Long> readOnly = departments.readingTicketsOnly();
        if (readOnly.contains(c.departmentId()) && !c.departmentId().equals(t.getDepartmentId())) {
            throw BusinessException.invalid(
                    "departmentId", "ticket.department.reads-only", known.get(c.departmentId()));
        }
        c.coDepartmentIds().stream()
                .filter(id -> readOnly.contains(id) && !hasDepartment(t, id))
                .findFirst()
                .ifPresent(id -> {
                    throw BusinessException.invalid("coDepartmentIds", "ticket.department.reads-only", known.get(id));
                });
        return c.departmentId();
    }

    private static boolean hasDepartment(Ticket t, long id) {
        return Long.valueOf(id).equals(t.getDepartmentId())
                || t.getCoDepartmentIds().contains(id);
    }

    /**
     * The ticket a duplicate is merged into: another one the dispatcher sees, on the same project (a duplicate is the
     * same problem of the same project, and the reporter must be able to follow the ticket it went into), and still
     * being worked on ({@link MergeTargets}). A merged target names the ticket it went into.
     */
    long mergeTarget(Ticket t, MoveCommand c, CurrentUser user) {
        if (!t.allowedMoves().contains(TicketMove.MERGE)) {
            throw TicketRefusal.of(t.getState(), TicketMove.MERGE, null); // the state's refusal comes first
        }
        Long into = c.mergeIntoId();
        if (into == null) {
            throw BusinessException.invalid("mergeIntoId", "ticket.required.mergeIntoId");
        }
        if (into.equals(t.getId()) || !visibility.visible(into, TicketScope.forTickets(user))) {
            throw BusinessException.invalid("mergeIntoId", "ticket.merge-into-invalid");
        }
        Ticket target = tickets.findById(into)
                .orElseThrow(() -> BusinessException.invalid("mergeIntoId", "ticket.merge-into-invalid"));
        if (target.getProjectId() != t.getProjectId()) {
            throw BusinessException.invalid("mergeIntoId", "ticket.merge-into-other-project", into.toString());
        }
        if (target.getState() == TicketState.MERGED) {
            throw TicketRefusal.of(
                    t.getState(),
                    TicketMove.MERGE,
                    "merge-target-merged",
                    into.toString(),
                    String.valueOf(target.getMergedIntoId()));
        }
        if (!MergeTargets.accepts(target.getState())) {
            throw TicketRefusal.of(
                    t.getState(),
                    TicketMove.MERGE,
                    "merge-target-ended",
                    into.toString(),
                    new DefaultMessageSourceResolvable(
                            "ticket.state." + target.getState().name()));
        }
        return into;
    }
}
