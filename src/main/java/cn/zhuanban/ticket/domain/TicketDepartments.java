package cn.zhuanban.ticket.domain;

import static cn.zhuanban.ticket.TicketState.*;

import cn.zhuanban.ticket.TicketMove;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * Which departments work on the ticket: the lead department and its co-departments, and the lead department's one
 * return per assignment, which the office may refuse by insisting. Apart from {@link Ticket}, whose dispatch moves
 * choose them ({@link #sendTo}).
 */
abstract class TicketDepartments extends TicketExtensions {

    protected Long departmentId;

    @MappedCollection(idColumn = "ticket")
    protected Set<CoDepartment> coDepartments = new HashSet<>();

    protected boolean returnBlocked;
    protected int returnCount;

    /** A new assignment: these departments, the lead department free again to ask for a return. */
    protected void sendTo(long department, Collection<Long> co) {
        departmentId = department;
        coDepartments = new HashSet<>();
        co.stream().filter(d -> d != department).distinct().forEach(d -> coDepartments.add(new CoDepartment(d)));
        returnBlocked = false;
    }

    public Step requestReturn(String reason) {
        require(TicketMove.REQUEST_RETURN, returnBlocked ? "return-insisted" : null);
        requireInput("reason", reason);
        returnCount++;
        return move("ticket.return-requested", RETURN_REQUESTED, reason);
    }

    public Step insist(String reason) {
        require(TicketMove.INSIST, null);
        returnBlocked = true;
        return move("ticket.insisted", ASSIGNED, reason);
    }

    public boolean involves(Long department) {
        return department != null
                && (department.equals(departmentId)
                        || coDepartments.stream().anyMatch(c -> department.equals(c.departmentId())));
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Set<Long> getCoDepartmentIds() {
        return coDepartments.stream().map(CoDepartment::departmentId).collect(Collectors.toSet());
    }

    public int getReturnCount() {
        return returnCount;
    }

    public boolean isReturnBlocked() {
        return returnBlocked;
    }
}
