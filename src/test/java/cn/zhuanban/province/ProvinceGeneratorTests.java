package cn.zhuanban.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.audit.AuditChain;
import cn.zhuanban.audit.AuditedEntityTypes;
import cn.zhuanban.project.LightReason;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.domain.LightReasonCode;
import cn.zhuanban.ticket.TicketState;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The generator at a tiny scale (20 projects) on its own in-memory H2 database with the real
 * migrations, so the shared test database and its demo district are not touched: counts, codes and
 * states, ticket histories that end in the ticket's state, reports that accumulate, plans whose
 * links join existing rows, and an audit chain that still verifies.
 */
class ProvinceGeneratorTests {

    private static JdbcTemplate jdbc;
    private static ProvinceGenerator generator;
    private static ProvinceGenerator.Summary summary;
    private static ResourceBundleMessageSource messages;

    @BeforeAll
    static void generate() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:province-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        jdbc = new JdbcTemplate(ds);
        for (String role : List.of(
                "DISTRICT_LEADER", "LEAD_OFFICIAL", "DISPATCH_OFFICE", "TASK_FORCE_MEMBER", "DEPARTMENT_HANDLER")) {
            jdbc.update(
                    "insert into app_role (code, name, builtin, data_scope) values (?, ?, true, 'ALL')", role, role);
        }
        PasswordEncoder plain = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "{noop}" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encoded.equals(encode(raw));
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        generator = new ProvinceGenerator(ds, plain, clock, messages, "Zhuanban@2026", "SHA-256");
        summary = generator.generate(new ProvinceGenerator.Scale("tiny", 20));
    }

    @Test
    void createsTheRowsOfItsScale() {
        Map<String, Long> rows = summary.rows();
        assertThat(rows)
                .containsEntry("project", 20L)
                .containsEntry("project_plan", 20L)
                .containsEntry("plan_task", 1000L)
                .containsEntry("ticket", 400L)
                .containsEntry("investment_report", 240L)
                .containsEntry("investment_plan", 240L)
                .containsEntry("audit_record", 4000L)
                .containsEntry("enterprise", 10L)
                .containsEntry("task_force", 2L);
        assertThat(count("select count(*) from project where project_code is not null"))
                .isEqualTo(20);
        assertThat(count("select count(*) from ticket_step")).isEqualTo(rows.get("ticket_step"));
        assertThat(count("select count(*) from app_user where username like 'tiny-%'"))
                .isEqualTo(rows.get("app_user"));
        assertThat(count("select count(*) from app_user u join user_role r on r.app_user = u.id"
                        + " where u.username in ('tiny-leader', 'tiny-lead-1', 'tiny-handler-1', 'tiny-tf-1')"))
                .isEqualTo(4);
    }

    /**
     * Generated rows start at version 1, as the application's own do: Spring Data JDBC takes an entity whose primitive
     * version is 0 for new, so an edit of a generated project (or a light the nightly job changes) inserted it again.
     */
    @Test
    void generatedRowsCanBeSavedByTheApplication() {
        for (String table : List.of(
                "department",
                "enterprise",
                "task_force",
                "app_user",
                "project",
                "project_plan",
                "investment_report",
                "ticket")) {
            assertThat(count("select count(*) from " + table + " where version < 1"))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void projectsHaveValidEnumsAndBelongToTheirTaskForceAndEnterprise() {
        jdbc.query(
                "select level, stage, status_light, task_force_id, enterprise_id, lead_official_id from project",
                rs -> {
                    ProjectLevel.valueOf(rs.getString(1));
                    ProjectStage.valueOf(rs.getString(2));
                    StatusLight.valueOf(rs.getString(3));
                    assertThat(rs.getLong(4)).isPositive();
                    assertThat(rs.getLong(5)).isPositive();
                    assertThat(rs.getLong(6)).isPositive();
                });
        assertThat(count("select count(*) from project p left join task_force t on t.id = p.task_force_id"
                        + " left join enterprise e on e.id = p.enterprise_id where t.id is null or e.id is null"))
                .isZero();
    }

    /**
     * Each project's light changes tell the story its row ends in: the first turned from green, each turned from the
     * light before it, the last is the project's light since its light_changed_at; a project that never changed is
     * green. The history starts by the first registration, so a past month's lights are read from it.
     */
    @Test
    void lightHistoriesEndInTheProjectsLight() {
        Map<Long, String> lastLight = new HashMap<>();
        Map<Long, Instant> lastAt = new HashMap<>();
        jdbc.query("""
                select c.project_id, c.light, c.previous_light, c.changed_at, c.on_day, p.created_at
                from project_light_change c join project p on p.id = c.project_id
                order by c.project_id, c.on_day, c.changed_at, c.id""", rs -> {
            long project = rs.getLong(1);
            Instant at = rs.getTimestamp(4).toInstant();
            assertThat(rs.getString(3)).isEqualTo(lastLight.getOrDefault(project, "GREEN"));
            assertThat(rs.getString(2)).isNotEqualTo(rs.getString(3));
            assertThat(at)
                    .isAfter(lastAt.getOrDefault(project, rs.getTimestamp(6).toInstant()));
            assertThat(at).isBeforeOrEqualTo(Instant.parse("2026-03-10T02:00:00Z"));
            assertThat(rs.getDate(5).toLocalDate()).isEqualTo(LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai")));
            lastLight.put(project, rs.getString(2));
            lastAt.put(project, at);
        });
        assertThat(summary.rows().get("project_light_change"))
                .isPositive()
                .isEqualTo(count("select count(*) from project_light_change"));
        jdbc.query("select id, status_light, light_changed_at from project", rs -> {
            long project = rs.getLong(1);
            if (lastLight.containsKey(project)) {
                assertThat(rs.getString(2)).isEqualTo(lastLight.get(project));
                assertThat(rs.getTimestamp(3).toInstant()).isEqualTo(lastAt.get(project));
            } else {
                assertThat(rs.getString(2)).isEqualTo("GREEN");
                assertThat(rs.getTimestamp(3)).isNull();
            }
        });
        assertThat(count("select count(*) from project where status_light <> 'GREEN'"))
                .isPositive()
                .isLessThanOrEqualTo(lastLight.size());
        Instant firstRegistered = jdbc.queryForObject("select min(created_at) from project", Timestamp.class)
                .toInstant();
        assertThat(jdbc.queryForObject("select min(started_on) from project_light_history", LocalDate.class))
                .isBeforeOrEqualTo(LocalDate.ofInstant(firstRegistered, ZoneId.of("Asia/Shanghai")));
    }

    /**
     * A generated light's reason is kept as message keys beside its Chinese text, as the application keeps a judged
     * one: an English reader read "节点滞后：12个工作日" until the nightly review judged the project again.
     */
    @Test
    void lightReasonsReadInEnglishAreEnglish() {
        List<Map<String, Object>> reasons = jdbc.queryForList("""
                select light_reason as text, light_reason_code as code from project where status_light <> 'GREEN'
                union all
                select cause, cause_code from project_light_change where light <> 'GREEN'""");
        assertThat(reasons).isNotEmpty().allSatisfy(r -> {
            LightReason reason = LightReasonCode.decode((String) r.get("code"));
            assertThat(reason).isNotNull();
            assertThat(reason.text(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo(r.get("text"));
            assertThat(reason.text(messages, Locale.ENGLISH))
                    .matches("(The plan cannot meet its target|At most 5 working days of float): M[1-5] .*")
                    .doesNotContain("工作日");
        });
    }

    @Test
    void ticketHistoriesEndInTheTicketsState() {
        jdbc.query(
                """
                select t.state, t.step_count, count(s.step), max(s.step),
                       (select s2.to_state from ticket_step s2 where s2.ticket_id = t.id and s2.step = t.step_count)
                from ticket t join ticket_step s on s.ticket_id = t.id
                join project p on p.id = t.project_id where p.name like '%（%'
                group by t.id, t.state, t.step_count""",
                rs -> {
                    TicketState state = TicketState.valueOf(rs.getString(1));
                    assertThat(rs.getInt(2)).isEqualTo(rs.getInt(3)).isEqualTo(rs.getInt(4));
                    assertThat(rs.getString(5)).isEqualTo(state.name());
                });
        assertThat(count("select count(*) from ticket where state in ('ASSIGNED', 'IN_PROGRESS', 'RETURN_REQUESTED')"
                        + " and (department_id is null or resolve_by is null or sign_by is null)"))
                .isZero();
        assertThat(count("select count(*) from ticket where state = 'CLOSED'"
                        + " and (rating is null or closed_at is null or resolved_on is null)"))
                .isZero();
    }

    @Test
    void reportsAccumulateMonthByMonth() {
        Map<Long, BigDecimal> since = new HashMap<>();
        Map<Long, BigDecimal> ytd = new HashMap<>();
        jdbc.query(
                "select project_id, report_year, report_month, this_month, year_to_date, since_start"
                        + " from investment_report order by project_id, report_year, report_month",
                rs -> {
                    long project = rs.getLong(1);
                    BigDecimal thisMonth = rs.getBigDecimal(4);
                    BigDecimal before =
                            rs.getInt(3) == 1 ? BigDecimal.ZERO : ytd.getOrDefault(project, BigDecimal.ZERO);
                    assertThat(rs.getBigDecimal(5)).isEqualByComparingTo(before.add(thisMonth));
                    if (since.containsKey(project)) {
                        assertThat(rs.getBigDecimal(6))
                                .isEqualByComparingTo(since.get(project).add(thisMonth));
                    }
                    assertThat(rs.getBigDecimal(6)).isGreaterThanOrEqualTo(rs.getBigDecimal(5));
                    ytd.put(project, rs.getBigDecimal(5));
                    since.put(project, rs.getBigDecimal(6));
                });
        // twelve months up to the month before the fixed clock's March 2026
        assertThat(count("select count(*) from investment_report where report_year = 2026 and report_month = 2"))
                .isEqualTo(20);
        assertThat(count("select count(*) from investment_report where report_year = 2026 and report_month = 3"))
                .isZero();
    }

    @Test
    void plansLinkExistingRowsOfTheirOwnPlan() {
        assertThat(count("select count(*) from plan_link l where not exists (select 1 from plan_task t"
                        + " where t.project_plan = l.project_plan and t.task_key = l.from_key)"
                        + " or not exists (select 1 from plan_task t where t.project_plan = l.project_plan"
                        + " and t.task_key = l.to_key)"))
                .isZero();
        assertThat(count("select count(distinct project_plan) from plan_task")).isEqualTo(20);
        assertThat(count("select count(*) from plan_task where kind = 'TASK' and duration <= 0"))
                .isZero();
    }

    @Test
    void auditRecordsContinueTheHashChain() {
        String[] previous = {"0".repeat(64)};
        long[] expectedId = {1};
        Set<String> algorithms = new HashSet<>();
        jdbc.query(
                "select id, occurred_at, actor, address, action, entity_type, entity_id, summary, algorithm,"
                        + " previous_hash, hash from audit_record order by id",
                rs -> {
                    assertThat(rs.getLong(1)).isEqualTo(expectedId[0]++);
                    assertThat(rs.getString(10)).isEqualTo(previous[0]);
                    String hash = AuditChain.hash(
                            rs.getString(9),
                            previous[0],
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8));
                    assertThat(rs.getString(11)).isEqualTo(hash);
                    assertThat(rs.getString(8)).startsWith("[generated]");
                    algorithms.add(rs.getString(9));
                    previous[0] = hash;
                });
        assertThat(expectedId[0]).isEqualTo(4001);
        assertThat(algorithms).containsExactly("SHA-256");
        assertThat(jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class))
                .isEqualTo(previous[0]);
    }

    @Test
    void auditRecordsUseTheActionsAndEntityTypesTheLogKnows() throws Exception {
        Properties labels = new Properties();
        try (var in = getClass().getResourceAsStream("/messages_zh_CN.properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> actions = jdbc.queryForList("select distinct action from audit_record", String.class);
        List<String> types = jdbc.queryForList("select distinct entity_type from audit_record", String.class);

        assertThat(actions).hasSizeGreaterThan(5).allMatch(a -> labels.containsKey("audit.action." + a));
        assertThat(AuditedEntityTypes.ALL).containsAll(types);
        assertThat(jdbc.queryForList("select entity_id from audit_record where entity_type = 'security'", String.class))
                .isNotEmpty()
                .allMatch(username -> username.startsWith("tiny-tf-"));
    }

    @Test
    void identitiesContinueAfterTheGeneratedIdsAndATagRunsOnce() {
        long max = count("select max(id) from enterprise");
        jdbc.update("insert into enterprise (name, credit_code, created_at, updated_at, version)"
                + " values ('after', '91110000000000001X', current_timestamp, current_timestamp, 1)");
        assertThat(count("select id from enterprise where name = 'after'")).isGreaterThan(max);
        assertThatThrownBy(() -> generator.generate(new ProvinceGenerator.Scale("tiny", 20)))
                .hasMessageContaining("tiny");
        assertThatThrownBy(() -> new ProvinceGenerator.Scale("Bad Tag", 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
