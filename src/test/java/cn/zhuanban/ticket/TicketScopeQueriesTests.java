package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.domain.MetricsQueries;
import cn.zhuanban.ticket.domain.TicketQueries;
import cn.zhuanban.ticket.domain.TicketScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ticket lists, to-do counts and cockpit ticket figures read the scope as index-driven branches
 * ({@link TicketScope#tickets()}) and build only the conditions a filter sets. They must give what the
 * former single queries gave, which this test keeps as the reference: the scope as one OR condition on
 * each ticket row and every filter in one text. Compared for every demo role, over the demo tickets and
 * tickets prepared for the edges: assigned and co-assigned to the same department, co-assigned only,
 * reported by a user outside his own scope, a rejection proposal (the reference reads the proposal's text,
 * the lists its flag), extension requests on open and closed
 * tickets, missed sign and resolve deadlines, red cards and escalation levels on unresolved and resolved tickets.
 */
@IntegrationTest
class TicketScopeQueriesTests {

    static final List<String> USERS = List.of(
            "leader",
            "dispatch",
            "supervisor",
            "lead",
            "lead2",
            "taskforce",
            "handler",
            "handler-power",
            "enterprise",
            "enterprise2");

    /** The former scope conditions on a ticket row {@code t} (project {@code p}), word for word. */
    static String formerScope(CurrentUser user) {
        String own = " or t.reporter_id = :scopeUser";
        String inTaskForce = """
                exists (select 1 from task_force tf where tf.id = p.task_force_id and (tf.lead_user_id = :scopeUser
                        or tf.chief_service_officer_id = :scopeUser
                        or exists (select 1 from task_force_member m where m.task_force = tf.id and m.user_id = :scopeUser)))""";
        String ticketDepartment = """
                (t.department_id = :scopeDepartment
                 or exists (select 1 from ticket_co_department c where c.ticket = t.id and c.department_id = :scopeDepartment))""";
        String projects = switch (user.dataScope()) {
            case ALL -> "1 = 1";
            case LED_PROJECTS -> "p.lead_official_id = :scopeUser";
            case TASK_FORCE -> inTaskForce;
            case DEPARTMENT -> "1 = 0";
            case ENTERPRISE -> user.enterpriseId() == null ? "1 = 0" : "p.enterprise_id = :scopeEnterprise";
        };
        return switch (user.dataScope()) {
            case ALL -> "1 = 1";
            case DEPARTMENT -> (user.departmentId() == null ? "1 = 0" : ticketDepartment) + own;
            default -> "exists (select 1 from project p where p.id = t.project_id and (" + projects + "))" + own;
        };
    }

    /**
     * The to-do conditions of the list filter as single conditions (what used to be one "to review" list is three
     * now: resolutions, extension requests and return requests, each the dispatch office's own decision).
     */
    static final Map<TicketTodo, String> FORMER_TODO = new EnumMap<>(Map.ofEntries(
            Map.entry(TicketTodo.TO_ASSIGN, "t.state = 'REPORTED' and t.rejection_proposal is null"),
            Map.entry(TicketTodo.TO_CONFIRM_REJECTION, "t.state = 'REPORTED' and t.rejection_proposal is not null"),
            Map.entry(TicketTodo.TO_SIGN, "t.state = 'ASSIGNED' and t.department_id = :myDept"),
            Map.entry(
                    TicketTodo.OVERDUE,
                    "t.state in ('ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS')"
                            + " and (t.resolve_by < :today or (t.state = 'ASSIGNED' and t.sign_by < :today))"),
            Map.entry(TicketTodo.TO_HANDLE, "t.state = 'IN_PROGRESS' and t.department_id = :myDept"),
            Map.entry(TicketTodo.TO_REVIEW, "t.state = 'RESOLVED'"),
            Map.entry(
                    TicketTodo.TO_DECIDE_EXTENSION,
                    "t.extension_until is not null and t.state not in ('CLOSED', 'MERGED', 'REJECTED')"),
            Map.entry(TicketTodo.TO_DECIDE_RETURN, "t.state = 'RETURN_REQUESTED'"),
            Map.entry(TicketTodo.TO_RATE, "t.state = 'AWAITING_FEEDBACK' and t.reporter_id = :me"),
            Map.entry(
                    TicketTodo.SUPERVISED,
                    "t.state in ('REPORTED', 'ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS', 'SUSPENDED')"
                            + " and (t.card = 'RED' or t.escalation_level <> 'NONE' and t.escalation_level <> 'REMINDER')"),
            Map.entry(
                    TicketTodo.ESCALATED_TO_LEADER,
                    "t.state in ('REPORTED', 'ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS', 'SUSPENDED')"
                            + " and t.escalation_level = 'MEETING'"),
            Map.entry(
                    TicketTodo.ESCALATED_BY_DISSATISFACTION,
                    "t.state = 'CLOSED' and t.closure = 'DISSATISFIED_ESCALATED' and t.project_id in (select id from"
                            + " project where lead_official_id = :me) and not exists (select 1 from ticket_instruction"
                            + " i where i.ticket_id = t.id and i.given_at >= t.closed_at)")));

    static final String OPEN = " and t.state not in ('CLOSED', 'MERGED', 'REJECTED')";

    @Autowired
    TicketQueries queries;

    @Autowired
    MetricsQueries metrics;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void edges() {
        today = LocalDate.now(clock);
        long gd = data.department("GD");
        long zrzy = data.department("ZRZY");
        long project = data.project("GD");
        // the task-force member serves this project's task force as its chief officer
        jdbc.sql("update task_force set chief_service_officer_id = :u"
                        + " where id = (select task_force_id from project where id = :p)")
                .param("u", data.user("taskforce"))
                .param("p", project)
                .update();

        long both = flows.assignedToPower();
        coAssign(both, gd);
        long coOnly = flows.assignedToPower();
        coAssign(coOnly, zrzy);
        long bothZrzy = flows.assignedToPower();
        jdbc.sql("update ticket set department_id = :d where id = :id")
                .param("d", zrzy)
                .param("id", bothZrzy)
                .update();
        coAssign(bothZrzy, zrzy);

        // reported by users on projects outside their own scope
        for (String reporter : List.of("handler", "lead2", "enterprise2", "taskforce")) {
            long own = flows.reported(project);
            jdbc.sql("update ticket set reporter_id = :u where id = :id")
                    .param("u", data.user(reporter))
                    .param("id", own)
                    .update();
        }
        long proposal = flows.reported(project);
        flows.management().act(proposal, TicketMove.REJECT, MoveCommand.withReason("不属于服务范围"), flows.user("dispatch"));
        long proposedThenAssigned = flows.reported(project);
        flows.management()
                .act(proposedThenAssigned, TicketMove.REJECT, MoveCommand.withReason("重复诉求"), flows.user("dispatch"));
        flows.management()
                .act(proposedThenAssigned, TicketMove.ASSIGN, MoveCommand.assignTo(gd), flows.user("dispatch"));
        long proposedThenRejected = flows.reported(project);
        flows.management()
                .act(proposedThenRejected, TicketMove.REJECT, MoveCommand.withReason("重复诉求"), flows.user("dispatch"));
        flows.management().act(proposedThenRejected, TicketMove.REJECT, MoveCommand.empty(), flows.user("lead"));
        long proposedThenDeclined = flows.reported(project);
        flows.management()
                .act(proposedThenDeclined, TicketMove.REJECT, MoveCommand.withReason("重复诉求"), flows.user("dispatch"));
        flows.management()
                .act(
                        proposedThenDeclined,
                        TicketMove.DECLINE_REJECTION,
                        MoveCommand.withReason("并非重复"),
                        flows.user("lead"));
        long extension = flows.signedByPower();
        jdbc.sql("update ticket set extension_until = :d where id = :id")
                .param("d", today.plusDays(20))
                .param("id", extension)
                .update();
        long closedExtension = flows.reported(project);
        jdbc.sql("update ticket set state = 'CLOSED', extension_until = :d where id = :id")
                .param("d", today.plusDays(20))
                .param("id", closedExtension)
                .update();
        long lateSign = flows.assignedToPower();
        jdbc.sql("update ticket set sign_by = :d where id = :id")
                .param("d", today.minusDays(3))
                .param("id", lateSign)
                .update();
        long lateResolve = flows.signedByPower();
        jdbc.sql("update ticket set resolve_by = :d where id = :id")
                .param("d", today.minusDays(1))
                .param("id", lateResolve)
                .update();
        // the ladder's marks: red and supervised, a level kept after a recount withdrew the card, a red card without
        // a level, the leader's rung, and a resolved ticket that keeps its red card and level
        String[][] marks = {{"RED", "SUPERVISION"}, {"NONE", "LEAD_OFFICIAL"}, {"RED", "NONE"}, {"RED", "MEETING"}};
        for (String[] mark : marks) {
            mark(flows.signedByPower(), mark[0], mark[1]);
        }
        long resolvedRed = flows.signedByPower();
        flows.resolveByPower(resolvedRed);
        mark(resolvedRed, "RED", "MEETING");
        mark(coOnly, "YELLOW", "REMINDER");
    }

    private void mark(long ticket, String card, String level) {
        jdbc.sql("update ticket set card = :card, escalation_level = :level where id = :id")
                .param("card", card)
                .param("level", level)
                .param("id", ticket)
                .update();
    }

    @Test
    void theRejectionFlagFollowsTheProposal() {
        assertThat(jdbc.sql("select count(*) from ticket where rejection_proposed = true")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql(
                                "select count(*) from ticket where (rejection_proposed = true and rejection_proposal is null)"
                                        + " or (rejection_proposed = false and rejection_proposal is not null)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void toDoCountsAndListsAreTheFormerOnesForEveryRole() {
        for (String username : USERS) {
            CurrentUser user = flows.user(username);
            TicketScope scope = TicketScope.forTickets(user);
            var counts = queries.todo(scope, user.departmentId(), user.id(), today);
            for (TicketTodo todo : TicketTodo.values()) {
                List<Long> former = former(user, " and " + FORMER_TODO.get(todo));
                assertThat(counts.of(todo)).as(username + " " + todo).isEqualTo(former.size());
                var page = queries.page(
                        TicketFilter.none().withTodo(todo),
                        scope,
                        user.departmentId(),
                        user.id(),
                        today,
                        new PageQuery(0, 200));
                assertThat(page.totalElements()).as(username + " " + todo).isEqualTo(former.size());
                assertThat(page.content().stream().map(TicketSummary::id).toList())
                        .as(username + " " + todo)
                        .isEqualTo(former.subList(0, Math.min(200, former.size())));
            }
        }
    }

    @Test
    void filteredListsAreTheFormerOnesForEveryRole() {
        long gd = data.department("GD");
        Map<String, TicketFilter> filters = new LinkedHashMap<>();
        filters.put("", TicketFilter.none());
        filters.put(OPEN, new TicketFilter(null, null, null, null, null, null, null, true, null));
        filters.put(
                " and t.state = 'ASSIGNED' and t.department_id = " + gd,
                new TicketFilter(null, TicketState.ASSIGNED, gd, null, null, null, null, null, null));
        filters.put(
                " and (lower(t.title) like '%用电%' or lower(t.description) like '%用电%') and t.category = 'POWER'",
                new TicketFilter(" 用电 ", null, null, null, TicketCategory.POWER, null, null, null, null));
        filters.put(
                " and t.card = 'NONE'" + OPEN + " and " + FORMER_TODO.get(TicketTodo.OVERDUE),
                new TicketFilter(null, null, null, null, null, TicketCard.NONE, TicketTodo.OVERDUE, true, null));
        filters.put(
                // solved as every metric counts it: not closed by the reporter's second dissatisfaction
                " and (t.state = 'CLOSED' and t.outcome = 'SOLVED' and (t.closure is null"
                        + " or t.closure <> 'DISSATISFIED_ESCALATED'))",
                new TicketFilter(null, null, null, null, null, null, null, null, TicketOutcome.SOLVED));
        for (String username : USERS) {
            CurrentUser user = flows.user(username);
            TicketScope scope = TicketScope.forTickets(user);
            filters.forEach((condition, filter) -> {
                List<Long> former = former(user, condition);
                var page = queries.page(filter, scope, user.departmentId(), user.id(), today, new PageQuery(0, 500));
                assertThat(page.totalElements()).as(username + condition).isEqualTo(former.size());
                assertThat(page.content().stream().map(TicketSummary::id).toList())
                        .as(username + condition)
                        .isEqualTo(former.subList(0, Math.min(500, former.size())));
            });
        }
    }

    @Test
    void cockpitTicketFiguresAreTheFormerOnesForEveryRole() {
        for (String username : USERS) {
            CurrentUser user = flows.user(username);
            TicketScope scope = TicketScope.forTickets(user);
            Map<String, Object> params = formerParams(user);
            TicketOverview formerOverview = jdbc.sql("select sum(case when t.state not in ('CLOSED', 'MERGED',"
                            + " 'REJECTED') then 1 else 0 end), sum(case when "
                            + FORMER_TODO.get(TicketTodo.OVERDUE) + " then 1 else 0 end),"
                            + " sum(case when t.state = 'CLOSED' then 1 else 0 end),"
                            + " sum(case when t.state = 'CLOSED' and t.outcome = 'SOLVED' and (t.closure is null"
                            + " or t.closure <> 'DISSATISFIED_ESCALATED') then 1 else 0 end),"
                            + " sum(case when t.state = 'CLOSED' and t.rating is not null then 1 else 0 end),"
                            + " sum(case when t.state = 'CLOSED' and t.rating in ('SATISFIED', 'BASICALLY_SATISFIED')"
                            + " then 1 else 0 end) from ticket t join project p on p.id = t.project_id where ("
                            + formerScope(user) + ")")
                    .params(params)
                    .query((rs, n) -> new TicketOverview(
                            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                    .single();
            assertThat(metrics.overview(scope, today)).as(username).isEqualTo(formerOverview);

            Map<Long, Long> formerOverdue = new LinkedHashMap<>();
            jdbc.sql("select t.department_id, count(*) from ticket t join project p on p.id = t.project_id where ("
                            + formerScope(user) + ") and t.department_id is not null and "
                            + FORMER_TODO.get(TicketTodo.OVERDUE)
                            + " group by t.department_id order by count(*) desc, t.department_id")
                    .params(params)
                    .query((rs, n) -> formerOverdue.put(rs.getLong(1), rs.getLong(2)))
                    .list();
            assertThat(metrics.overdueByDepartment(scope, today)).as(username).isEqualTo(formerOverdue);

            for (MetricsDimension dimension : MetricsDimension.values()) {
                List<String> formerRows = new ArrayList<>();
                String key = switch (dimension) {
                    case DEPARTMENT -> "cast(t.department_id as varchar(20))";
                    case PROJECT -> "cast(t.project_id as varchar(20))";
                    case CATEGORY -> "t.category";
                    case MONTH -> "t.reported_month";
                };
                jdbc.sql("select " + key + ", count(*), sum(case when t.state = 'CLOSED' then 1 else 0 end)"
                                + " from ticket t join project p on p.id = t.project_id where ("
                                + formerScope(user) + ") and " + key + " is not null group by " + key
                                + " order by " + key)
                        .params(params)
                        .query((rs, n) -> formerRows.add(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3)))
                        .list();
                // By department, a department known only from the timeline (it returned a ticket that went on to
                // another) has a row of return figures and no ticket: the scope's tickets are those with one.
                assertThat(metrics.by(dimension, scope).stream()
                                .filter(r -> dimension != MetricsDimension.DEPARTMENT || r.total() > 0)
                                .map(r -> r.key() + ":" + r.total() + ":" + r.closed())
                                .toList())
                        .as(username + " " + dimension)
                        .isEqualTo(formerRows);
            }
        }
    }

    /** Ticket ids in the user's scope under the former condition plus {@code condition}, newest first. */
    private List<Long> former(CurrentUser user, String condition) {
        return jdbc.sql("select t.id from ticket t join project p on p.id = t.project_id where (" + formerScope(user)
                        + ")" + condition + " order by t.id desc")
                .params(formerParams(user))
                .query(Long.class)
                .list();
    }

    private Map<String, Object> formerParams(CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeUser", user.id());
        params.put("scopeDepartment", user.departmentId() == null ? -1L : user.departmentId());
        params.put("scopeEnterprise", user.enterpriseId() == null ? -1L : user.enterpriseId());
        params.put("myDept", user.departmentId() == null ? -1L : user.departmentId());
        params.put("me", user.id());
        params.put("today", today);
        return params;
    }

    private void coAssign(long ticket, long department) {
        jdbc.sql("insert into ticket_co_department (ticket, department_id) values (:t, :d)")
                .param("t", ticket)
                .param("d", department)
                .update();
    }
}
