package cn.zhuanban.province;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * The generated plans: per project five stages of eight tasks and a stage goal each (50 rows), a finish-to-start
 * chain the engine schedules. Tasks that would have started before today are done or under way, so the progress
 * figures and lights have something to show.
 */
final class ProvincePlans {

    static final String PLAN_INSERT = """
            insert into project_plan (id, project_id, start_date, target_finish, data_date,
                seven_day_week, updated_at, version)
            values (?, ?, ?, ?, null, false, ?, 1)""";

    static final String TASK_INSERT = """
            insert into plan_task (project_plan, row_index, task_key, name, kind, parent_key, duration,
                department, constraint_type, constraint_date, actual_start, actual_finish,
                percent_complete)
            values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?)""";

    static final String LINK_INSERT = """
            insert into plan_link (project_plan, row_index, from_key, to_key, link_type, lag_days)
            values (?, ?, ?, ?, 'FS', 0)""";

    /** The five stages of every generated plan; each ends in its goal M1..M5, named "…完成". */
    static final String[] STAGE_NAMES = {"前期手续", "设计审查", "土建施工", "设备安装", "竣工投产"};

    private final Random random;
    private final LocalDate today;
    private final Instant now;

    ProvincePlans(Random random, LocalDate today, Instant now) {
        this.random = random;
        this.today = today;
        this.now = now;
    }

    /** Plan {@code planBase + i} for project {@code projectBase + i}, which starts on {@code projectStart[i]}. */
    void write(
            ProvinceBatch p,
            ProvinceBatch t,
            ProvinceBatch l,
            long planBase,
            long projectBase,
            LocalDate[] projectStart)
            throws SQLException {
        String[] depts = {"发改", "自然资源", "住建", "生态环境", "供电", "水务", null, null};
        Timestamp planUpdated = ProvinceBatch.ts(now);
        for (int i = 0; i < projectStart.length; i++) {
            long plan = planBase + i;
            p.row(plan, projectBase + i, Date.valueOf(projectStart[i]), null, planUpdated);
            int row = 0;
            int link = 0;
            String previous = null;
            // the tasks that started before today are done or under way
            long elapsed = ChronoUnit.DAYS.between(projectStart[i], today) * 5 / 7;
            long cursor = 0;
            for (int st = 1; st <= 5; st++) {
                String stage = "S" + st;
                t.row(plan, row++, stage, STAGE_NAMES[st - 1], "STAGE", null, 0, null, null, null, null);
                for (int k = 1; k <= 8; k++) {
                    String key = "T" + st + String.format("%02d", k);
                    int duration = 3 + random.nextInt(20);
                    Date actualStart = null;
                    Date actualFinish = null;
                    Integer percent = null;
                    if (cursor + duration <= elapsed) {
                        actualStart = Date.valueOf(projectStart[i].plusDays(cursor * 7 / 5));
                        actualFinish = Date.valueOf(projectStart[i].plusDays((cursor + duration) * 7 / 5));
                        percent = 100;
                    } else if (cursor < elapsed) {
                        actualStart = Date.valueOf(projectStart[i].plusDays(cursor * 7 / 5));
                        percent = (int) ((elapsed - cursor) * 100 / duration);
                    }
                    cursor += duration;
                    t.row(
                            plan,
                            row++,
                            key,
                            STAGE_NAMES[st - 1] + "工作" + k,
                            "TASK",
                            stage,
                            duration,
                            depts[(k + st) % depts.length],
                            actualStart,
                            actualFinish,
                            percent);
                    if (previous != null) {
                        l.row(plan, link++, previous, key);
                    }
                    previous = key;
                }
                String goal = "M" + st;
                t.row(plan, row++, goal, STAGE_NAMES[st - 1] + "完成", "MILESTONE", stage, 0, null, null, null, null);
                l.row(plan, link++, previous, goal);
                previous = goal;
            }
        }
    }
}
