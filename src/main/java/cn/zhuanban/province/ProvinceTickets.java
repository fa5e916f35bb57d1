package cn.zhuanban.province;

import static cn.zhuanban.province.ProvinceBatch.date;
import static cn.zhuanban.province.ProvinceBatch.min;
import static cn.zhuanban.province.ProvinceBatch.ts;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToLongFunction;

/**
 * The generated tickets with their histories: states drawn with realistic weights, and for each state the
 * dates, card, outcome and rating it implies, with the steps along the state machine's path that lead there
 * (reported → assigned → signed → resolved → reviewed → rated, or rejected, return requested, suspended).
 */
final class ProvinceTickets {

    static final String TICKET_INSERT = """
                            insert into ticket (id, project_id, category, severity, title, description, reporter_id, state,
                                suspended_from, suspended_on, department_id, assigned_on, sign_by, feedback_by, resolve_by,
                                rating_by, deadline_round, extensions, return_blocked, return_count, reopen_count,
                                first_feedback_at, outcome, resolution, resolved_on, resolved_on_time,
                                resolve_working_days, rating, closure, closed_at, card, escalation_level, step_count,
                                reported_month, created_at, updated_at, version, rejection_proposal)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, false, ?, 0, ?, ?, ?, ?, ?,
                                ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, null)""";

    static final String STEP_INSERT = """
                            insert into ticket_step (ticket_id, step, action, actor_id, actor_name, from_state, to_state,
                                detail, result_code, at, department_id, resolve_by, sign_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String[] STATES = {
        "REPORTED",
        "ASSIGNED",
        "IN_PROGRESS",
        "RETURN_REQUESTED",
        "RESOLVED",
        "AWAITING_FEEDBACK",
        "CLOSED",
        "REJECTED",
        "SUSPENDED"
    };
    private static final int[] WEIGHTS = {5, 10, 25, 2, 5, 5, 43, 3, 2};
    private static final String[] CATEGORIES = {
        "WATER",
        "POWER",
        "GAS_HEAT",
        "LABOUR",
        "MATERIALS",
        "TRANSPORT",
        "MUNICIPAL",
        "APPROVAL",
        "LAND",
        "FINANCING",
        "POLICY",
        "OTHER"
    };
    private static final String[] SEVERITIES = {"NORMAL", "COMPLEX", "URGENT"};
    private static final int[] SEVERITY_WEIGHTS = {70, 20, 10};

    /** Who acts on the tickets: ids of the generated people, by the generator's numbering. */
    record People(
            long dispatch,
            long[] tfMembers,
            long[] contacts,
            long[] handlers,
            long deptBase,
            int departments,
            IntToLongFunction leadOf) {}

    private final Random random;
    private final LocalDate today;
    private final Instant now;
    private final String tag;
    private final People people;

    ProvinceTickets(Random random, LocalDate today, Instant now, String tag, People people) {
        this.random = random;
        this.today = today;
        this.now = now;
        this.tag = tag;
        this.people = people;
    }

    /** {@code perProject} tickets for each of {@code projects} projects, ids from {@code firstId}. */
    void write(ProvinceBatch b, ProvinceBatch steps, long firstId, long projectBase, int projects, int perProject)
            throws SQLException {
        long id = firstId;
        for (int p = 0; p < projects; p++) {
            for (int k = 0; k < perProject; k++) {
                String state = ProvinceBatch.pick(random, STATES, WEIGHTS);
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                String severity = ProvinceBatch.pick(random, SEVERITIES, SEVERITY_WEIGHTS);
                int tf = p / 10;
                long reporter = k % 2 == 0 ? people.tfMembers()[tf] : people.contacts()[p / 2];
                String reporterName = k % 2 == 0 ? "专班成员" + (tf + 1) : "企业联络员" + (p / 2 + 1);
                long dept = people.deptBase() + (tf + (k % 3) * 7L) % people.departments();
                LocalDate reported = today.minusDays(2 + random.nextInt(360));
                if (!state.equals("CLOSED") && !state.equals("REJECTED")) {
                    reported = today.minusDays(1 + random.nextInt(45)); // open ones are recent
                }
                Instant reportedAt =
                        reported.atTime(9, random.nextInt(60)).atZone(ZONE).toInstant();
                int resolveDays = severity.equals("URGENT") ? 3 : severity.equals("COMPLEX") ? 22 : 7;
                boolean assigned = !state.equals("REPORTED") && !state.equals("REJECTED");
                LocalDate assignedOn = assigned ? reported.plusDays(1) : null;
                LocalDate signBy = assigned ? assignedOn.plusDays(1) : null;
                LocalDate feedbackBy = assigned ? assignedOn.plusDays(4) : null;
                LocalDate resolveBy = assigned ? assignedOn.plusDays(resolveDays * 7L / 5 + 1) : null;
                boolean done = state.equals("RESOLVED") || state.equals("AWAITING_FEEDBACK") || state.equals("CLOSED");
                LocalDate resolvedOn = done ? min(assignedOn.plusDays(1 + random.nextInt(25)), today) : null;
                boolean onTime = done && !resolvedOn.isAfter(resolveBy);
                boolean running =
                        state.equals("ASSIGNED") || state.equals("IN_PROGRESS") || state.equals("RETURN_REQUESTED");
                String card = running && resolveBy.isBefore(today)
                        ? (resolveBy.isBefore(today.minusDays(5)) ? "RED" : "YELLOW")
                        : "NONE";
                boolean closed = state.equals("CLOSED");
                boolean rejected = state.equals("REJECTED");
                Instant closedAt = closed
                        ? resolvedOn.plusDays(2).atTime(16, 0).atZone(ZONE).toInstant()
                        : rejected ? reportedAt.plus(1, ChronoUnit.DAYS) : null;
                if (closedAt != null && closedAt.isAfter(now)) {
                    closedAt = now;
                }
                String rating = closed ? (random.nextInt(10) < 8 ? "SATISFIED" : "BASICALLY_SATISFIED") : null;
                List<Object[]> history = new ArrayList<>();
                history.add(new Object[] {"ticket.reported", reporter, reporterName, null, "REPORTED", null});
                if (rejected) {
                    history.add(new Object[] {
                        "ticket.rejected", people.dispatch(), "省调度员", "REPORTED", "REJECTED", "不属于服务范围"
                    });
                }
                if (assigned) {
                    history.add(
                            new Object[] {"ticket.assigned", people.dispatch(), "省调度员", "REPORTED", "ASSIGNED", null});
                }
                if (state.equals("RETURN_REQUESTED")) {
                    history.add(new Object[] {
                        "ticket.return-requested", handlerOf(dept), "经办人", "ASSIGNED", "RETURN_REQUESTED", "非本部门职责"
                    });
                }
                if (state.equals("IN_PROGRESS") || state.equals("SUSPENDED") || done) {
                    history.add(
                            new Object[] {"ticket.signed", handlerOf(dept), "经办人", "ASSIGNED", "IN_PROGRESS", null});
                }
                if (state.equals("SUSPENDED")) {
                    history.add(new Object[] {
                        "ticket.suspended", people.leadOf().applyAsLong(p), "分包领导", "IN_PROGRESS", "SUSPENDED", "等待上级政策"
                    });
                }
                if (done) {
                    history.add(new Object[] {
                        "ticket.resolved", handlerOf(dept), "经办人", "IN_PROGRESS", "RESOLVED", "已协调解决", "SOLVED"
                    });
                }
                if (state.equals("AWAITING_FEEDBACK") || closed) {
                    history.add(new Object[] {
                        "ticket.review-passed", people.dispatch(), "省调度员", "RESOLVED", "AWAITING_FEEDBACK", null
                    });
                }
                if (closed) {
                    history.add(new Object[] {
                        "ticket.rated", reporter, reporterName, "AWAITING_FEEDBACK", "CLOSED", null, rating
                    });
                }
                b.row(
                        id,
                        projectBase + p,
                        category,
                        severity,
                        ticketTitle(category, k),
                        "企业反映：" + ticketTitle(category, k) + "，请协调解决。（生成数据 " + tag + "）",
                        reporter,
                        state,
                        state.equals("SUSPENDED") ? "IN_PROGRESS" : null,
                        state.equals("SUSPENDED") ? date(today.minusDays(3)) : null,
                        assigned ? dept : null,
                        date(assignedOn),
                        date(signBy),
                        date(feedbackBy),
                        date(resolveBy),
                        state.equals("AWAITING_FEEDBACK") || closed ? date(resolvedOn.plusDays(5)) : null,
                        state.equals("RETURN_REQUESTED") ? 1 : 0,
                        assigned && !state.equals("ASSIGNED") && !state.equals("RETURN_REQUESTED")
                                ? ts(reportedAt.plus(2, ChronoUnit.DAYS))
                                : null,
                        done ? "SOLVED" : null,
                        done ? "已协调解决" : null,
                        date(resolvedOn),
                        done ? onTime : null,
                        done ? (int) (ChronoUnit.DAYS.between(assignedOn, resolvedOn) * 5 / 7) : null,
                        rating,
                        closed ? "RATED" : null,
                        closedAt == null ? null : ts(closedAt),
                        card,
                        card.equals("RED") ? "SUPERVISION" : card.equals("YELLOW") ? "REMINDER" : "NONE",
                        history.size(),
                        YearMonth.from(reported).toString(),
                        ts(reportedAt),
                        Timestamp.from(now));
                for (int n = 0; n < history.size(); n++) {
                    Object[] h = history.get(n);
                    Instant at = n == history.size() - 1 && closedAt != null
                            ? closedAt
                            : reportedAt.plus(n, ChronoUnit.HOURS);
                    // Generated tickets are never reassigned: every step after the assignment is under its department.
                    Long under = assigned && n > 0 ? dept : null;
                    // the assignment's step keeps the deadlines it set, as the application's steps do (V167, V193)
                    boolean assignment = "ticket.assigned".equals(h[0]);
                    Object setResolveBy = assignment ? date(resolveBy) : null;
                    steps.row(
                            id,
                            n + 1,
                            h[0],
                            h[1],
                            h[2],
                            h[3],
                            h[4],
                            h[5],
                            h.length > 6 ? h[6] : null,
                            ts(at),
                            under,
                            setResolveBy,
                            assignment ? date(signBy) : null);
                }
                id++;
            }
        }
    }

    private long handlerOf(long dept) {
        return people.handlers()[(int) (dept - people.deptBase())];
    }

    private String ticketTitle(String category, int k) {
        return switch (category) {
            case "WATER" -> "施工用水接入延迟";
            case "POWER" -> "临时用电容量不足";
            case "GAS_HEAT" -> "燃气管线迁改";
            case "LABOUR" -> "用工短缺" + (k + 1) + "人";
            case "MATERIALS" -> "建材运输受限";
            case "TRANSPORT" -> "进场道路未打通";
            case "MUNICIPAL" -> "市政管网配套滞后";
            case "APPROVAL" -> "施工许可办理缓慢";
            case "LAND" -> "用地指标未落实";
            case "FINANCING" -> "项目贷款审批慢";
            case "POLICY" -> "奖补政策未兑现";
            default -> "其他问题" + (k + 1);
        };
    }
}
