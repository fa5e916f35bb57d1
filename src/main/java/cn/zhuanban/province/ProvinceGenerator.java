package cn.zhuanban.province;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a province's worth of data by batched JDBC inserts (no domain services,
 * no events): at scale 5,000 projects, 250,000 plan tasks, 100,000 tickets with 450,000 history
 * steps, 60,000 monthly reports, 60,000 monthly plan amounts and 1,000,000 audit records, plus
 * 2,500 enterprises, 40 departments, 500 task forces and about 3,200 users. Everything it creates
 * carries the run's tag in its codes and usernames ({@code <tag>-lead-1} …), so it sits next to
 * the demo district and can run more than once. Ids are taken above the tables' current maximum
 * and the identity columns are moved past them afterwards.
 *
 * <p>States are valid for the pages that read them: tickets follow the state machine's paths
 * (their steps tell the same story, their deadlines are set where the state has a running clock),
 * reports accumulate month by month, plans are finish-to-start chains the engine schedules. The
 * audit records are appended to the real hash chain (the verification stays green); their summary
 * says {@code [generated]}. Not generated: escalation due dates (ticket_due), attachments, photos,
 * notifications.
 */
@Component
public class ProvinceGenerator {

    private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What one run creates per project, and its size. */
    public record Scale(String tag, int projects) {

        public static final int TASKS_PER_PROJECT = 50;
        public static final int TICKETS_PER_PROJECT = 20;
        public static final int REPORT_MONTHS = 12;
        public static final int AUDIT_PER_PROJECT = 200;

        public Scale {
            if (tag == null || !tag.matches("[a-z][a-z0-9]{0,7}")) {
                throw new IllegalArgumentException("tag: 1-8 lower-case letters or digits, e.g. prov");
            }
            if (projects < 10) {
                throw new IllegalArgumentException("at least 10 projects");
            }
        }

        public static Scale province() {
            return new Scale("prov", 5000);
        }

        int enterprises() {
            return projects / 2;
        }

        int taskForces() {
            return projects / 10;
        }

        int leads() {
            return Math.max(2, projects / 50);
        }

        int departments() {
            return Math.min(40, Math.max(4, projects / 5));
        }
    }

    /** Row counts of one run, by table. */
    public record Summary(String tag, Map<String, Long> rows, long millis) {}

    private final DataSource dataSource;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String password;
    private final String auditAlgorithm;

    ProvinceGenerator(
            DataSource dataSource,
            PasswordEncoder encoder,
            Clock clock,
            @Value("${zhuanban.bootstrap.admin-password:Zhuanban@2026}") String password,
            @Value("${zhuanban.audit.algorithm:SHA-256}") String auditAlgorithm) {
        this.dataSource = dataSource;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
        this.auditAlgorithm = "SM3".equalsIgnoreCase(auditAlgorithm) ? "SM3" : "SHA-256";
    }

    public Summary generate(Scale scale) {
        long started = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Summary summary = new Run(c, scale).go(started);
                c.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("province generation failed: " + e.getMessage(), e);
        }
    }

    /** One generation run on one connection and transaction. */
    private final class Run {

        private final Connection c;
        private final Scale s;
        private final Random random;
        private final LocalDate today;
        private final Instant now;
        private final Timestamp nowTs;
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private final Map<String, Long> roles = new HashMap<>();

        // ids of what later tables point to
        private long deptBase;
        private ProvincePeople.Ids people;
        private long entBase;
        private long tfBase;
        private long projectBase;
        private long planBase;
        private long ticketBase;
        private long reportBase;
        private LocalDate[] projectStart;
        private BigDecimal[] projectTotal;

        Run(Connection c, Scale s) {
            this.c = c;
            this.s = s;
            this.random = new Random(s.tag().hashCode() * 31L + s.projects());
            this.today = LocalDate.now(clock.withZone(ZONE));
            this.now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            this.nowTs = Timestamp.from(now);
        }

        Summary go(long started) throws SQLException {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select id, code from app_role")) {
                while (rs.next()) {
                    roles.put(rs.getString(2), rs.getLong(1));
                }
            }
            if (exists("select count(*) from department where code = ?", s.tag() + "-D01")) {
                throw new IllegalStateException("tag " + s.tag() + " was generated already; choose another tag");
            }
            departments();
            users();
            enterprises();
            taskForces();
            projects();
            plans();
            tickets();
            reports();
            audit();
            for (String table : List.of(
                    "department",
                    "app_user",
                    "enterprise",
                    "task_force",
                    "project",
                    "project_plan",
                    "ticket",
                    "investment_report")) {
                restartIdentity(table);
            }
            long millis = System.currentTimeMillis() - started;
            log.info("Province '{}' generated in {} ms: {}", s.tag(), millis, rows);
            return new Summary(s.tag(), rows, millis);
        }

        private void departments() throws SQLException {
            deptBase = nextId("department");
            try (ProvinceBatch b = batch(
                    "department",
                    "insert into department (id, name, code, sort_order, version) values (?, ?, ?, ?, 0)")) {
                for (int i = 0; i < s.departments(); i++) {
                    b.row(deptBase + i, "省直第" + (i + 1) + "厅局（" + s.tag() + "）", code("D", i + 1), 1000 + i);
                }
            }
        }

        private void users() throws SQLException {
            long userBase = nextId("app_user");
            entBase = nextId("enterprise");
            try (ProvinceBatch u = batch("app_user", ProvincePeople.USER_INSERT);
                    ProvinceBatch r =
                            batch("user_role", ProvincePeople.ROLE_INSERT).after(u)) {
                people = new ProvincePeople(u, r, roles, s.tag(), encoder.encode(password), nowTs, userBase)
                        .write(s, deptBase, entBase);
            }
        }

        private void enterprises() throws SQLException {
            try (ProvinceBatch b = batch("enterprise", """
                    insert into enterprise (id, name, credit_code, legal_representative, industry_code, address,
                        contact_name, contact_phone, created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
                String[] industries = {"C39", "C38", "C26", "C27", "C36", "E47", "I65", "M73"};
                for (int i = 0; i < s.enterprises(); i++) {
                    b.row(
                            entBase + i,
                            "省示范" + (i + 1) + "号科技有限公司（" + s.tag() + "）",
                            creditCode(i),
                            "法人" + (i + 1),
                            industries[i % industries.length],
                            "省示范园区" + (i % 90 + 1) + "号路",
                            "企业联络员" + (i + 1),
                            String.format("139%08d", i),
                            nowTs,
                            nowTs);
                }
            }
        }

        private void taskForces() throws SQLException {
            tfBase = nextId("task_force");
            try (ProvinceBatch b = batch(
                            "task_force",
                            "insert into task_force (id, name, lead_user_id, chief_service_officer_id, version)"
                                    + " values (?, ?, ?, ?, 0)");
                    ProvinceBatch m = batch(
                                    "task_force_member",
                                    "insert into task_force_member (task_force, user_id) values (?, ?)")
                            .after(b);
                    ProvinceBatch d = batch(
                                    "task_force_department",
                                    "insert into task_force_department (task_force, department_id) values (?, ?)")
                            .after(b)) {
                for (int i = 0; i < s.taskForces(); i++) {
                    long id = tfBase + i;
                    // a task force serves ten consecutive projects, led by the lead official of the first
                    b.row(id, "第" + (i + 1) + "服务专班（" + s.tag() + "）", leadOf(i * 10), people.taskForceMembers()[i]);
                    m.row(id, people.taskForceMembers()[i]);
                    for (int k = 0; k < 3; k++) {
                        d.row(id, deptBase + (i + k * 7L) % s.departments());
                    }
                }
            }
        }

        private long leadOf(int project) {
            return people.leads()[(project / 10) % people.leads().length];
        }

        private void projects() throws SQLException {
            projectBase = nextId("project");
            try (ProvinceBatch b = batch("project", ProvinceProjects.INSERT)) {
                ProvinceProjects.Facts facts = new ProvinceProjects(random, today, now, s.tag())
                        .write(b, s.projects(), projectBase, entBase, tfBase, this::leadOf);
                projectStart = facts.start();
                projectTotal = facts.total();
            }
        }

        private void plans() throws SQLException {
            planBase = nextId("project_plan");
            try (ProvinceBatch p = batch("project_plan", ProvincePlans.PLAN_INSERT);
                    ProvinceBatch t =
                            batch("plan_task", ProvincePlans.TASK_INSERT).after(p);
                    ProvinceBatch l =
                            batch("plan_link", ProvincePlans.LINK_INSERT).after(p)) {
                new ProvincePlans(random, today, now).write(p, t, l, planBase, projectBase, projectStart);
            }
        }

        private void tickets() throws SQLException {
            ticketBase = nextId("ticket");
            ProvinceTickets.People ticketPeople = new ProvinceTickets.People(
                    people.dispatch(),
                    people.taskForceMembers(),
                    people.contacts(),
                    people.handlers(),
                    deptBase,
                    s.departments(),
                    this::leadOf);
            try (ProvinceBatch b = batch("ticket", ProvinceTickets.TICKET_INSERT);
                    ProvinceBatch steps =
                            batch("ticket_step", ProvinceTickets.STEP_INSERT).after(b)) {
                new ProvinceTickets(random, today, now, s.tag(), ticketPeople)
                        .write(b, steps, ticketBase, projectBase, s.projects(), Scale.TICKETS_PER_PROJECT);
            }
        }

        private void reports() throws SQLException {
            reportBase = nextId("investment_report");
            try (ProvinceBatch b = batch("investment_report", ProvinceReports.REPORT_INSERT);
                    ProvinceBatch plan = batch("investment_plan", ProvinceReports.PLAN_INSERT)) {
                new ProvinceReports(random, today, new ProvinceReports.People(people.contacts(), people.dispatch()))
                        .write(b, plan, reportBase, projectBase, projectTotal);
            }
        }

        /** Appended to the real chain under its head's lock, so verification still passes. */
        private void audit() throws SQLException {
            ProvinceAudit.Entities entities = new ProvinceAudit.Entities(
                    projectBase,
                    s.projects(),
                    ticketBase,
                    (long) s.projects() * Scale.TICKETS_PER_PROJECT,
                    reportBase,
                    (long) s.projects() * 12,
                    people.taskForceMembers());
            new ProvinceAudit(c, auditAlgorithm, now, s.tag())
                    .append((long) s.projects() * Scale.AUDIT_PER_PROJECT, entities, this::batch);
        }

        private String code(String kind, int n) {
            return s.tag() + "-" + kind + String.format("%02d", n);
        }

        private String creditCode(int i) {
            // 18 characters: "9" + the tag's hash (7 digits) + the enterprise's number (10 digits)
            return String.format("9%07d%010d", Math.floorMod(s.tag().hashCode(), 10_000_000), i);
        }

        private long nextId(String table) throws SQLException {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                // leave room for rows the running application adds meanwhile
                return rs.getLong(1) + 1000;
            }
        }

        private void restartIdentity(String table) throws SQLException {
            long max;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                max = rs.getLong(1);
            }
            try (Statement st = c.createStatement()) {
                st.execute("alter table " + table + " alter column id restart with " + (max + 1));
            }
        }

        private boolean exists(String sql, Object arg) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        }

        private ProvinceBatch batch(String table, String sql) throws SQLException {
            return new ProvinceBatch(c.prepareStatement(sql), table, rows);
        }
    }
}
