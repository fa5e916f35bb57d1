package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.TestDatabase;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V191 puts the rows of plans saved before a row given a stage moved to that stage's rows in outline order: each
 * stage followed by its own rows, the others where they were. Seeded on a database of its own migrated up to V189,
 * then migrated on: in-memory H2, or a schema of its own in the PostgreSQL test database when
 * {@code ZHUANBAN_TEST_DB=postgres} (the same migration runs on both).
 */
class PlanRowOrderMigrationTests {

    private final String schema = "v191_" + UUID.randomUUID().toString().substring(0, 8);
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
    void aRowStoredAmongAnotherStagesRowsJoinsItsOwnStageAndTheRestKeepTheirOrder() {
        migrate("189");
        plan(1, 10);
        row(10, 0, "S1", "STAGE", null);
        row(10, 1, "A", "TASK", "S1");
        row(10, 2, "X", "TASK", "S2"); // given stage S2 in place, among S1's rows
        row(10, 3, "B", "TASK", "S1");
        row(10, 4, "S2", "STAGE", null);
        row(10, 5, "Y", "TASK", "S2");
        row(10, 6, "F", "MILESTONE", null);
        row(10, 7, "C", "TASK", "S1"); // given stage S1 at the bottom
        plan(2, 20); // in order already: left as it is
        row(20, 0, "S1", "STAGE", null);
        row(20, 1, "A", "TASK", "S1");
        row(20, 2, "X", "TASK", null);
        row(20, 3, "S2", "STAGE", null);
        row(20, 4, "B", "TASK", "S2");

        migrate(null);

        assertThat(order(10)).containsExactly("S1 -", "A S1", "B S1", "C S1", "S2 -", "X S2", "Y S2", "F -");
        assertThat(order(20)).containsExactly("S1 -", "A S1", "X -", "S2 -", "B S2");
        assertThat(jdbc.queryForObject("select count(*) from plan_task where project_plan = 10", Integer.class))
                .isEqualTo(8);
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

    private void row(long plan, int index, String key, String kind, String parent) {
        jdbc.update(
                "insert into plan_task (project_plan, row_index, task_key, name, kind, parent_key, duration)"
                        + " values (?, ?, ?, ?, ?, ?, 3)",
                plan,
                index,
                key,
                "任务" + key,
                kind,
                parent);
    }

    /** The plan's rows as "key stage" by row_index, which must run 0, 1, 2 … without gaps. */
    private List<String> order(long plan) {
        List<Integer> indexes = jdbc.queryForList(
                "select row_index from plan_task where project_plan = ? order by row_index", Integer.class, plan);
        assertThat(indexes)
                .isEqualTo(java.util.stream.IntStream.range(0, indexes.size())
                        .boxed()
                        .toList());
        return jdbc.query(
                "select task_key, parent_key from plan_task where project_plan = ? order by row_index",
                (rs, i) -> rs.getString(1) + " " + (rs.getString(2) == null ? "-" : rs.getString(2)),
                plan);
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
