package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.TestDatabase;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V159 takes out of a later month's fixed target the finished rows an earlier month's target holds, as months fixed
 * before the proposal left them out kept them twice (caught up in one month, met in the next). Seeded on a database of
 * its own migrated up to V158, then migrated on: in-memory H2, or a schema of its own in the PostgreSQL test database
 * when {@code ZHUANBAN_TEST_DB=postgres} (the same migration runs on both).
 */
class MonthTargetDuplicatesMigrationTests {

    private final String schema = "v159_" + UUID.randomUUID().toString().substring(0, 8);
    private final DataSource database = database();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @AfterEach
    void dropDatabase() {
        if (TestDatabase.postgres()) {
            jdbc.execute("drop schema " + schema + " cascade");
        } else {
            jdbc.execute("drop all objects");
        }
    }

    @Test
    void aFinishedRowHeldByAnEarlierMonthLeavesTheLaterMonthsItWasFixedInToo() {
        migrate("158");
        plan(1, 10);
        row(10, 0, "A", "2026-11-10");
        row(10, 1, "B", "2026-12-02"); // last month's, finished late this month: its catch-up
        row(10, 2, "C", null); // last month's, still missed, moved into this month by a changed plan
        row(10, 3, "D", "2026-12-05");
        target(1, "2026-11", "A,B,C", true);
        target(1, "2026-12", "B,C,D", true);
        target(1, "2027-01", "B", true);
        target(1, "2027-02", "D,B", false);
        plan(2, 20); // another project's rows of the same keys are its own
        row(20, 0, "B", "2026-12-02");
        target(2, "2026-12", "B", true);

        migrate(null);

        assertThat(keys(1, "2026-11")).as("the earliest month keeps it").isEqualTo("A,B,C");
        assertThat(keys(1, "2026-12"))
                .as("the catch-up leaves, the missed row carried forward stays, the order is kept")
                .isEqualTo("C,D");
        assertThat(keys(1, "2027-01")).as("left without rows, still fixed").isEmpty();
        assertThat(keys(1, "2027-02")).as("typed by hand: as typed").isEqualTo("D,B");
        assertThat(keys(2, "2026-12")).isEqualTo("B");
    }

    private void migrate(String target) {
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .outOfOrder(true);
        if (TestDatabase.postgres()) {
            flyway.schemas(schema);
        }
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private void plan(long project, long plan) {
        jdbc.update(
                "insert into project_plan (id, project_id, start_date) values (?, ?, date '2026-10-01')",
                plan,
                project);
    }

    private void row(long plan, int index, String key, String actualFinish) {
        jdbc.update(
                "insert into plan_task (project_plan, row_index, task_key, name, kind, duration, actual_finish)"
                        + " values (?, ?, ?, ?, 'TASK', 3, cast(? as date))",
                plan,
                index,
                key,
                "任务" + key,
                actualFinish);
    }

    private void target(long project, String month, String keys, boolean proposed) {
        jdbc.update(
                "insert into plan_monthly_target (project_id, target_month, task_keys, updated_at, proposed)"
                        + " values (?, ?, ?, current_timestamp, ?)",
                project,
                month,
                keys,
                proposed);
    }

    private String keys(long project, String month) {
        return jdbc.queryForObject(
                "select task_keys from plan_monthly_target where project_id = ? and target_month = ?",
                String.class,
                project,
                month);
    }

    private DataSource database() {
        if (TestDatabase.postgres()) {
            String url = env("ZHUANBAN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/zhuanban_test");
            return new DriverManagerDataSource(
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    env("ZHUANBAN_TEST_DB_USER", "postgres"),
                    env("ZHUANBAN_TEST_DB_PASSWORD", ""));
        }
        return new DriverManagerDataSource(
                "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
