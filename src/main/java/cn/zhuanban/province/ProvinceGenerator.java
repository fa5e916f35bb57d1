package cn.zhuanban.province;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
    private final ProvinceLightReasons reasons;
    private final String password;
    private final String auditAlgorithm;

    ProvinceGenerator(
            DataSource dataSource,
            PasswordEncoder encoder,
            Clock clock,
            MessageSource messages,
            @Value("${zhuanban.bootstrap.admin-password:Zhuanban@2026}") String password,
            @Value("${zhuanban.audit.algorithm:SHA-256}") String auditAlgorithm) {
        this.dataSource = dataSource;
        this.encoder = encoder;
        this.clock = clock;
        this.reasons = new ProvinceLightReasons(messages);
        this.password = password;
        this.auditAlgorithm = "SM3".equalsIgnoreCase(auditAlgorithm) ? "SM3" : "SHA-256";
    }

    public Summary generate(Scale scale) {
        long started = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Summary summary = run(new ProvinceTables(c), scale, started);
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

    /** One run on one connection and transaction: the organisation first, then the ledgers on it. */
    private Summary run(ProvinceTables tables, Scale s, long started) throws SQLException {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Long> roles = tables.roleIds();
        if (tables.exists("select count(*) from department where code = ?", s.tag() + "-D01")) {
            throw new IllegalStateException("tag " + s.tag() + " was generated already; choose another tag");
        }
        ProvinceOrganisation.Ids org =
                new ProvinceOrganisation(tables, s, roles, encoder.encode(password), Timestamp.from(now)).write();
        new ProvinceLedgers(tables, s, org, today, now, reasons).write(auditAlgorithm);
        for (String table : List.of(
                "department",
                "app_user",
                "enterprise",
                "task_force",
                "project",
                "project_plan",
                "ticket",
                "investment_report")) {
            tables.restartIdentity(table);
        }
        long millis = System.currentTimeMillis() - started;
        log.info("Province '{}' generated in {} ms: {}", s.tag(), millis, tables.rows());
        return new Summary(s.tag(), tables.rows(), millis);
    }
}
