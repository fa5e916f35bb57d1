package cn.zhuanban.dashboard.reports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Prepared rows for the briefings of a past month, written straight to the tables with the dates a month's end is
 * read against: when a project was registered, a ticket's timeline step by step (with the resolve date a step set),
 * a task force's meeting and the actions it decided, closed or not. Times are the district's wall clock.
 */
@Component
class MonthEndRows {

    /** A step of a ticket's timeline: when, the state it left, and what it was (the resolve date it set, if any). */
    record Step(String at, String state, String action, String result, String resolveBy) {}

    private final JdbcClient jdbc;

    MonthEndRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A step that sets no deadline. */
    static Step step(String at, String state) {
        return new Step(at, state, "test.step", null, null);
    }

    /** A step that set the deadlines to {@code resolveBy}, as an assignment or an approved extension records it. */
    static Step setting(String at, String state, String action, String result, String resolveBy) {
        return new Step(at, state, action, result, resolveBy);
    }

    void registered(long project, String at) {
        jdbc.sql("update project set created_at = :at where id = :id")
                .param("at", Timestamp.valueOf(LocalDateTime.parse(at)))
                .param("id", project)
                .update();
    }

    /** A ticket with its timeline; its row's state and resolve date are today's, as the timeline's last step left them. */
    long ticket(
            long project,
            long department,
            String state,
            String resolveBy,
            String outcome,
            String rating,
            String closedAt,
            Step... steps) {
        Timestamp reported = Timestamp.valueOf(LocalDateTime.parse(steps[0].at()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ticket (project_id, category, severity, title, description, reporter_id, state,
                                            department_id, resolve_by, outcome, rating, closed_at, reported_month,
                                            created_at, updated_at)
                        values (:p, 'POWER', 'NORMAL', '月报测试工单', '测试', -1, :state, :dept, :resolveBy, :outcome,
                                :rating, :closedAt, :month, :reported, :reported)""")
                .param("p", project)
                .param("state", state)
                .param("dept", department)
                .param("resolveBy", LocalDate.parse(resolveBy))
                .param("outcome", outcome)
                .param("rating", rating)
                .param("closedAt", closedAt == null ? null : Timestamp.valueOf(LocalDateTime.parse(closedAt)))
                .param("month", steps[0].at().substring(0, 7))
                .param("reported", reported)
                .update(key, "id");
        long id = key.getKey().longValue();
        String from = null;
        for (int i = 0; i < steps.length; i++) {
            Step s = steps[i];
            jdbc.sql("""
                            insert into ticket_step (ticket_id, step, action, actor_name, from_state, to_state,
                                                     result_code, resolve_by, at)
                            values (:t, :n, :action, '测试', :from, :to, :result, :resolveBy, :at)""")
                    .param("t", id)
                    .param("n", i + 1)
                    .param("action", s.action())
                    .param("from", from)
                    .param("to", s.state())
                    .param("result", s.result())
                    .param("resolveBy", s.resolveBy() == null ? null : Date.valueOf(LocalDate.parse(s.resolveBy())))
                    .param("at", Timestamp.valueOf(LocalDateTime.parse(s.at())))
                    .update();
            from = s.state();
        }
        return id;
    }

    /** A task force serving the project (so that the project's enterprise sees it); its id. */
    long taskForce(long project) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into task_force (name) values ('月报测试专班')").update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("update project set task_force_id = :tf where id = :p")
                .param("tf", id)
                .param("p", project)
                .update();
        return id;
    }

    /** A confirmed meeting of the task force held on {@code heldOn}; its id. */
    long meeting(long taskForce, int number, String heldOn) {
        GeneratedKeyHolder series = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_series (task_force_id, weekday, start_time, place)
                        values (:tf, 'MONDAY', time '09:00:00', '会议室')""").param("tf", taskForce).update(series, "id");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting (series_id, task_force_id, number, held_on, status)
                        values (:s, :tf, :n, :on, 'CONFIRMED')""")
                .param("s", series.getKey().longValue())
                .param("tf", taskForce)
                .param("n", number)
                .param("on", Date.valueOf(LocalDate.parse(heldOn)))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** An action the meeting decided, due by {@code deadline}; closed on {@code closedOn} (null: still open). */
    void action(long meeting, long taskForce, long project, String decision, String deadline, String closedOn) {
        jdbc.sql("""
                        insert into meeting_action (meeting_id, task_force_id, decision, deadline, status, closed_on,
                                                    project_id)
                        values (:m, :tf, :decision, :deadline, :status, :closedOn, :p)""")
                .param("m", meeting)
                .param("tf", taskForce)
                .param("decision", decision)
                .param("deadline", Date.valueOf(LocalDate.parse(deadline)))
                .param("status", closedOn == null ? "OPEN" : "CLOSED")
                .param("closedOn", closedOn == null ? null : Date.valueOf(LocalDate.parse(closedOn)))
                .param("p", project)
                .update();
    }
}
