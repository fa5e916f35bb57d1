package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketVisibility;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' instructions kept beside their tickets ({@code ticket_instruction}) and a ticket's source: what the
 * ticket page shows first (批示人, 批示内容), and the open tickets a leader instructed, for his workbench. The source
 * is a column the ticket entity does not map ({@link MeetingTickets}), so it is read here.
 */
@Service
@Transactional(readOnly = true)
public class InstructionRecords {

    private static final String OPEN = "t.state not in ('CLOSED', 'MERGED', 'REJECTED')";

    /** One instruction: who gave it, its words, when. */
    public record Instruction(String leaderName, String content, Instant givenAt) {}

    /**
     * Where the ticket came from and the instructions given on it, oldest first (empty for most tickets);
     * {@code mayInstruct}: the user may add one (a leader, the ticket open, its project his);
     * {@code escalatedByDissatisfaction}: closed by the reporter's second dissatisfaction and escalated to the lead
     * official, whose instruction (批示) is how he handles it ({@link TicketTodo#ESCALATED_BY_DISSATISFACTION}).
     */
    public record Panel(
            TicketSource source,
            List<Instruction> instructions,
            boolean mayInstruct,
            boolean escalatedByDissatisfaction) {

        public boolean isInstruction() {
            return source == TicketSource.INSTRUCTION;
        }
    }

    /** A ticket the leader instructed that is still open, as his workbench lists it. */
    public record OpenInstruction(long id, String title, TicketState state, TicketCard card, LocalDate resolveBy) {}

    private static final Set<TicketState> ENDED =
            EnumSet.of(TicketState.CLOSED, TicketState.MERGED, TicketState.REJECTED);

    private record Facts(TicketSource source, TicketState state, long projectId, boolean escalated) {}

    private final JdbcClient jdbc;
    private final TicketVisibility visibility;
    private final ProjectReads projects;

    InstructionRecords(JdbcClient jdbc, TicketVisibility visibility, ProjectReads projects) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.projects = projects;
    }

    /** The ticket's source and instructions, within the user's scope (outside it: not found, as the ticket is). */
    public Panel panel(long ticketId, CurrentUser user) {
        if (!visibility.visible(ticketId, TicketScope.forTickets(user))) {
            throw new NotFoundException("ticket", ticketId);
        }
        Facts facts = jdbc.sql("select source, state, project_id, closure from ticket where id = :id")
                .param("id", ticketId)
                .query((rs, n) -> new Facts(
                        TicketSource.of(rs.getString(1)),
                        TicketState.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        TicketClosure.DISSATISFIED_ESCALATED.name().equals(rs.getString(4))))
                .single();
        List<Instruction> instructions = jdbc.sql("""
                        select leader_name, content, given_at from ticket_instruction
                        where ticket_id = :id order by id""")
                .param("id", ticketId)
                .query((rs, n) -> new Instruction(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
        // closed by the second dissatisfaction, the ticket takes the lead official's instruction (批示) as his handling
        boolean escalated = facts.state() == TicketState.CLOSED && facts.escalated();
        boolean mayInstruct = user.can(Permissions.TICKET_INSTRUCT)
                && (!ENDED.contains(facts.state()) || escalated)
                && projects.isVisible(facts.projectId(), user);
        return new Panel(facts.source(), instructions, mayInstruct, escalated);
    }

    /** How many tickets the user instructed are still open. */
    public long openCount(CurrentUser user) {
        return jdbc.sql("select count(*) from ticket t where t.source = :source and t.reporter_id = :me and " + OPEN)
                .param("source", TicketSource.INSTRUCTION.name())
                .param("me", user.id())
                .query(Long.class)
                .single();
    }

    /** The newest {@code limit} of them, red and yellow cards first. */
    public List<OpenInstruction> openOf(CurrentUser user, int limit) {
        return jdbc.sql("""
                        select t.id, t.title, t.state, t.card, t.resolve_by from ticket t
                        where t.source = :source and t.reporter_id = :me and %s
                        order by case t.card when 'RED' then 0 when 'YELLOW' then 1 else 2 end, t.id desc
                        limit :limit""".formatted(OPEN))
                .param("source", TicketSource.INSTRUCTION.name())
                .param("me", user.id())
                .param("limit", limit)
                .query((rs, n) -> new OpenInstruction(
                        rs.getLong(1),
                        rs.getString(2),
                        TicketState.valueOf(rs.getString(3)),
                        TicketCard.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    @Transactional
    void add(long ticketId, CurrentUser leader, String content, Instant at) {
        jdbc.sql("""
                        insert into ticket_instruction (ticket_id, leader_id, leader_name, content, given_at)
                        values (:ticket, :leader, :name, :content, :at)""")
                .param("ticket", ticketId)
                .param("leader", leader.id())
                .param("name", leader.fullName())
                .param("content", content)
                .param("at", Timestamp.from(at))
                .update();
    }
}
