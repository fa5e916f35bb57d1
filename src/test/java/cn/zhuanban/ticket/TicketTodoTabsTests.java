package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What waits for whom shows on the workbench and as a tab of the ticket list, counted in the database: a ticket
 * reopened after 不满意 for its department, extension and return requests for the dispatch office, red cards and
 * escalations for the supervision office and the district leader, who follow them. An enterprise
 * contact's list has his own tabs only, no department filter and no link to the internal time limits, which he may
 * not open.
 */
@IntegrationTest
class TicketTodoTabsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TicketLists lists;

    /** Unresolved, as the supervision lists count: a resolved ticket keeps its red card but is not late any more. */
    /** Extension requests the office may decide: of tickets in work, not suspended, not resolved. */
    private static final String PENDING_EXTENSION = "extension_until is not null and state = 'IN_PROGRESS'";

    private static final String UNRESOLVED =
            "state in ('REPORTED', 'ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS', 'SUSPENDED')";

    @Test
    void aTicketReopenedAfterDissatisfactionWaitsOnTheHandlersWorkbenchAndTab() throws Exception {
        long id = flows.signedByPower();
        flows.resolveByPower(id);
        flows.management().act(id, TicketMove.REVIEW, MoveCommand.review(true), flows.user("dispatch"));
        flows.management()
                .act(
                        id,
                        TicketMove.FEEDBACK,
                        MoveCommand.rate(TicketRating.DISSATISFIED, "没有解决"),
                        flows.user("dispatch"));
        assertThat(flows.view(id).state()).isEqualTo(TicketState.IN_PROGRESS);

        String workbench = WebTestSupport.page(mvc, "handler-power", "/");
        long inProgress = jdbc.sql("select count(*) from ticket where state = 'IN_PROGRESS' and department_id = :d")
                .param("d", data.department("GD"))
                .query(Long.class)
                .single();
        assertThat(cardCount(workbench, "TO_HANDLE")).isEqualTo(inProgress);
        assertThat(card(workbench, "TO_HANDLE")).contains("href=\"/tickets/" + id + "\"");

        String list = WebTestSupport.page(mvc, "handler-power", "/tickets?todo=TO_HANDLE");
        assertThat(tabCount(list, "TO_HANDLE")).isEqualTo(inProgress);
        assertThat(list).contains("href=\"/tickets/" + id + "\"");
    }

    @Test
    void extensionAndReturnRequestsWaitOnTheDispatchWorkbenchAndTabsNotAmongTheResolutionsToReview() throws Exception {
        long extension = extensionRequested();
        long returned = flows.assignedToPower();
        flows.management()
                .act(
                        returned,
                        TicketMove.REQUEST_RETURN,
                        MoveCommand.withReason("不属本部门职责"),
                        flows.user("handler-power"));

        String workbench = WebTestSupport.page(mvc, "dispatch", "/");
        long extensions = count(PENDING_EXTENSION);
        long returns = count("state = 'RETURN_REQUESTED'");
        assertThat(cardCount(workbench, "TO_DECIDE_EXTENSION")).isEqualTo(extensions);
        assertThat(card(workbench, "TO_DECIDE_EXTENSION")).contains("href=\"/tickets/" + extension + "\"");
        assertThat(cardCount(workbench, "TO_DECIDE_RETURN")).isEqualTo(returns);
        assertThat(card(workbench, "TO_DECIDE_RETURN")).contains("href=\"/tickets/" + returned + "\"");

        String tab = WebTestSupport.page(mvc, "dispatch", "/tickets?todo=TO_DECIDE_EXTENSION");
        assertThat(tabCount(tab, "TO_DECIDE_EXTENSION")).isEqualTo(extensions);
        assertThat(tabCount(tab, "TO_DECIDE_RETURN")).isEqualTo(returns);
        assertThat(tabCount(tab, "TO_REVIEW")).isEqualTo(count("state = 'RESOLVED'"));
        assertThat(tab)
                .contains("href=\"/tickets/" + extension + "\"")
                .doesNotContain("href=\"/tickets/" + returned + "\"");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets?todo=TO_REVIEW"))
                .doesNotContain("href=\"/tickets/" + extension + "\"")
                .doesNotContain("href=\"/tickets/" + returned + "\"");
    }

    @Test
    void anExtensionRequestLeavesTheOfficesListWhenTheTicketIsResolvedAndWaitsOutASuspension() throws Exception {
        long lapsed = extensionRequested();
        long suspended = extensionRequested();
        flows.resolveByPower(lapsed);
        flows.management().act(suspended, TicketMove.SUSPEND, MoveCommand.withReason("停工待料"), flows.user("lead"));

        assertThat(flows.view(lapsed).extensionUntil())
                .as("ended with the resolution")
                .isNull();
        assertThat(flows.view(suspended).extensionUntil())
                .as("kept for the resumption")
                .isNotNull();
        long extensions = count(PENDING_EXTENSION);
        String workbench = WebTestSupport.page(mvc, "dispatch", "/");
        assertThat(cardCount(workbench, "TO_DECIDE_EXTENSION")).isEqualTo(extensions);
        String tab = WebTestSupport.page(mvc, "dispatch", "/tickets?todo=TO_DECIDE_EXTENSION");
        assertThat(tabCount(tab, "TO_DECIDE_EXTENSION")).isEqualTo(extensions);
        assertThat(tab)
                .doesNotContain("href=\"/tickets/" + lapsed + "\"")
                .doesNotContain("href=\"/tickets/" + suspended + "\"");
        assertThat(lists.todo(flows.user("dispatch")).toDecideExtension()).isEqualTo(extensions);

        flows.management().act(suspended, TicketMove.RESUME, MoveCommand.empty(), flows.user("lead"));
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets?todo=TO_DECIDE_EXTENSION"))
                .contains("href=\"/tickets/" + suspended + "\"");
    }

    @Test
    void redCardsAndEscalationsWaitOnTheSupervisorsAndLeadersWorkbenchAndTabsReadOnly() throws Exception {
        long red = mark(flows.signedByPower(), "RED", "SUPERVISION");
        long keptLevel = mark(flows.signedByPower(), "NONE", "LEAD_OFFICIAL");
        long toLeader = mark(flows.signedByPower(), "RED", "MEETING");
        long reminded = mark(flows.signedByPower(), "YELLOW", "REMINDER");
        long resolved = flows.signedByPower();
        flows.resolveByPower(resolved);
        mark(resolved, "RED", "MEETING");

        List<Long> supervised = ids(
                UNRESOLVED + " and (card = 'RED' or escalation_level in ('SUPERVISION', 'LEAD_OFFICIAL', 'MEETING'))");
        List<Long> escalated = ids(UNRESOLVED + " and escalation_level = 'MEETING'");
        assertThat(supervised).contains(red, keptLevel, toLeader).doesNotContain(reminded, resolved);
        assertThat(escalated).contains(toLeader).doesNotContain(red, keptLevel, resolved);

        for (String follower : List.of("supervisor", "leader")) {
            String workbench = WebTestSupport.page(mvc, follower, "/");
            assertThat(cardCount(workbench, "SUPERVISED")).as(follower).isEqualTo(supervised.size());
            assertThat(rowIds(card(workbench, "SUPERVISED"))).as(follower).isEqualTo(first(supervised, 5));
            assertThat(cardCount(workbench, "ESCALATED_TO_LEADER")).as(follower).isEqualTo(escalated.size());
            assertThat(rowIds(card(workbench, "ESCALATED_TO_LEADER")))
                    .as(follower)
                    .isEqualTo(first(escalated, 5));

            String tab = WebTestSupport.page(mvc, follower, "/tickets?todo=SUPERVISED");
            assertThat(tabCount(tab, "SUPERVISED")).as(follower).isEqualTo(supervised.size());
            assertThat(rowIds(table(tab))).as(follower).isEqualTo(first(supervised, 20));
            String leaderTab = WebTestSupport.page(mvc, follower, "/tickets?todo=ESCALATED_TO_LEADER");
            assertThat(tabCount(leaderTab, "ESCALATED_TO_LEADER")).as(follower).isEqualTo(escalated.size());
            assertThat(rowIds(table(leaderTab))).as(follower).isEqualTo(first(escalated, 20));
        }
        // following is not acting: the supervision office has no move on the ticket it follows
        assertThat(lists.find(red, flows.user("supervisor")).nextMoves()).isEmpty();

        for (String other : List.of("dispatch", "handler-power", "lead", "audit-office")) {
            assertThat(WebTestSupport.page(mvc, other, "/"))
                    .as(other)
                    .doesNotContain("/tickets?todo=SUPERVISED")
                    .doesNotContain("/tickets?todo=ESCALATED_TO_LEADER");
        }
    }

    @Test
    void anEnterpriseContactsListHasNoStaffTabsNoDepartmentFilterAndNoTimeLimits() throws Exception {
        String page = WebTestSupport.page(mvc, "enterprise", "/tickets");

        assertThat(page).contains("id=\"todo-TO_RATE\"");
        for (TicketTodo staffOnly : TicketTodo.values()) {
            if (staffOnly != TicketTodo.TO_RATE) {
                assertThat(page).as(staffOnly.name()).doesNotContain("id=\"todo-" + staffOnly + "\"");
            }
        }
        assertThat(page).doesNotContain("name=\"departmentId\"").doesNotContain("href=\"/tickets/sla\"");
        mvc.perform(get("/tickets/sla").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tickets/sla/export").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffKeepTheDepartmentFilterAndTheTimeLimits() throws Exception {
        String page = WebTestSupport.page(mvc, "supervisor", "/tickets");

        assertThat(page).contains("name=\"departmentId\"").contains("href=\"/tickets/sla\"");
        assertThat(WebTestSupport.page(mvc, "handler", "/tickets/sla")).contains("sla-read");
    }

    private long extensionRequested() {
        long id = flows.signedByPower();
        flows.management()
                .act(
                        id,
                        TicketMove.REQUEST_EXTENSION,
                        MoveCommand.requestExtension(
                                "设备未到", flows.view(id).resolveBy().plusDays(14)),
                        flows.user("handler-power"));
        return id;
    }

    /**
     * Each user's tabs and cards are the lists of his duty (TicketTodo#isDutyOf), the same on the workbench and the
     * ticket list: a department's handler and the read-only supervision and audit offices are not offered the dispatch
     * office's lists, whose counts they can do nothing about.
     */
    @Test
    void eachUserIsOfferedTheListsOfHisDutyOnlyOnTheListAndTheWorkbench() throws Exception {
        Map<String, Set<TicketTodo>> duties = Map.of(
                "dispatch",
                        EnumSet.of(
                                TicketTodo.TO_ASSIGN,
                                TicketTodo.OVERDUE,
                                TicketTodo.TO_REVIEW,
                                TicketTodo.TO_DECIDE_EXTENSION,
                                TicketTodo.TO_DECIDE_RETURN,
                                TicketTodo.TO_RATE),
                "handler-power",
                        EnumSet.of(TicketTodo.TO_SIGN, TicketTodo.TO_HANDLE, TicketTodo.OVERDUE, TicketTodo.TO_RATE),
                "supervisor", EnumSet.of(TicketTodo.OVERDUE, TicketTodo.SUPERVISED, TicketTodo.ESCALATED_TO_LEADER),
                "audit-office", EnumSet.of(TicketTodo.OVERDUE));
        for (Map.Entry<String, Set<TicketTodo>> user : duties.entrySet()) {
            String list = WebTestSupport.page(mvc, user.getKey(), "/tickets");
            String workbench = WebTestSupport.page(mvc, user.getKey(), "/");
            for (TicketTodo todo : TicketTodo.values()) {
                boolean duty = user.getValue().contains(todo);
                String what = user.getKey() + " " + todo;
                assertThat(list.contains("id=\"todo-" + todo + "\""))
                        .as("tab of " + what)
                        .isEqualTo(duty);
                assertThat(workbench.contains("href=\"/tickets?todo=" + todo + "\""))
                        .as("card of " + what)
                        .isEqualTo(duty);
            }
        }
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from ticket where " + condition)
                .query(Long.class)
                .single();
    }

    private long mark(long ticket, String card, String level) {
        jdbc.sql("update ticket set card = :card, escalation_level = :level where id = :id")
                .param("card", card)
                .param("level", level)
                .param("id", ticket)
                .update();
        return ticket;
    }

    /** The tickets that meet the condition, newest first, as the lists order them. */
    private List<Long> ids(String condition) {
        return jdbc.sql("select id from ticket where " + condition + " order by id desc")
                .query(Long.class)
                .list();
    }

    private static List<Long> first(List<Long> ids, int n) {
        return ids.subList(0, Math.min(n, ids.size()));
    }

    /** The list's table (the phone's cards before it link the same tickets). */
    private static String table(String list) {
        return list.substring(list.indexOf("id=\"ticket-table\""));
    }

    /** The tickets a page or a card links, in their order. */
    private static List<Long> rowIds(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/tickets/(\\d+)\"").matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** The workbench card of a to-do list, from its count to the end of its rows. */
    private static String card(String workbench, String todo) {
        int start = workbench.indexOf("href=\"/tickets?todo=" + todo + "\"");
        assertThat(start).as("card " + todo).isNotNegative();
        String card = workbench.substring(start);
        return card.substring(0, card.indexOf("</ul>"));
    }

    /** The card's count; 0 when the list is named on the workbench's line of empty lists instead of a card. */
    private static long cardCount(String workbench, String todo) {
        String card = card(workbench, todo);
        if (!card.matches("(?s)^href=\"/tickets\\?todo=" + todo + "\">\\d+<.*")) {
            String quiet = workbench.substring(workbench.indexOf("id=\"workbench-quiet\""));
            assertThat(quiet).contains("href=\"/tickets?todo=" + todo + "\"");
            return 0;
        }
        return number(card, "^href=\"/tickets\\?todo=" + todo + "\">(\\d+)<");
    }

    private static long tabCount(String list, String todo) {
        int start = list.indexOf("id=\"todo-" + todo + "\"");
        assertThat(start).as("tab " + todo).isNotNegative();
        return number(list.substring(start), "(?s)class=\"badge[^\"]*\">(\\d+)<");
    }

    private static long number(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1));
    }
}
