package cn.zhuanban.province;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/**
 * The ledgers written on the generated organisation, in the order their rows point at each other: projects with the
 * history of their lights, their plans, tickets with their histories, monthly investment reports and plan amounts, and the audit records that
 * name all of them. One random, seeded by the run's tag and size, draws them all.
 */
final class ProvinceLedgers {

    private final ProvinceTables tables;
    private final ProvinceGenerator.Scale s;
    private final ProvinceOrganisation.Ids org;
    private final Random random;
    private final LocalDate today;
    private final Instant now;
    private final ProvinceLightReasons reasons;

    // first ids and facts of the rows later ledgers point to
    private long projectBase;
    private long ticketBase;
    private long reportBase;
    private LocalDate[] projectStart;
    private BigDecimal[] projectTotal;

    ProvinceLedgers(
            ProvinceTables tables,
            ProvinceGenerator.Scale s,
            ProvinceOrganisation.Ids org,
            LocalDate today,
            Instant now,
            ProvinceLightReasons reasons) {
        this.tables = tables;
        this.s = s;
        this.org = org;
        this.random = new Random(s.tag().hashCode() * 31L + s.projects());
        this.today = today;
        this.now = now;
        this.reasons = reasons;
    }

    void write(String auditAlgorithm) throws SQLException {
        projects();
        plans();
        tickets();
        reports();
        audit(auditAlgorithm);
    }

    private void projects() throws SQLException {
        projectBase = tables.nextId("project");
        try (ProvinceBatch b = tables.batch("project", ProvinceProjects.INSERT);
                ProvinceBatch history = tables.batch("project_light_change", ProvinceLights.INSERT)
                        .after(b)) {
            ProvinceProjects.Facts facts = new ProvinceProjects(random, today, now, s.tag(), reasons)
                    .write(b, history, s.projects(), projectBase, org.entBase(), org.tfBase(), org.people()::leadOf);
            projectStart = facts.start();
            projectTotal = facts.total();
        }
        lightsKnownSince(Arrays.stream(projectStart).min(LocalDate::compareTo).orElse(today));
    }

    /**
     * The generated lights are known from each project's registration on, so the history of lights (whose start
     * V171 set to the day it was introduced) starts no later than the first generated registration: a past month's
     * briefing then reads the lights of its end. Projects that were there before keep their current light for those
     * days (V171 knew nothing earlier of them), the figure the briefing showed as today's before.
     */
    private void lightsKnownSince(LocalDate first) throws SQLException {
        try (PreparedStatement ps = tables.connection().prepareStatement("""
                insert into project_light_history (started_on) select ?
                where not exists (select 1 from project_light_history where started_on <= ?)""")) {
            ps.setDate(1, Date.valueOf(first));
            ps.setDate(2, Date.valueOf(first));
            ps.executeUpdate();
        }
    }

    private void plans() throws SQLException {
        long planBase = tables.nextId("project_plan");
        try (ProvinceBatch p = tables.batch("project_plan", ProvincePlans.PLAN_INSERT);
                ProvinceBatch t =
                        tables.batch("plan_task", ProvincePlans.TASK_INSERT).after(p);
                ProvinceBatch l =
                        tables.batch("plan_link", ProvincePlans.LINK_INSERT).after(p)) {
            new ProvincePlans(random, today, now).write(p, t, l, planBase, projectBase, projectStart);
        }
    }

    private void tickets() throws SQLException {
        ticketBase = tables.nextId("ticket");
        ProvincePeople.Ids people = org.people();
        ProvinceTickets.People ticketPeople = new ProvinceTickets.People(
                people.dispatch(),
                people.taskForceMembers(),
                people.contacts(),
                people.handlers(),
                org.deptBase(),
                s.departments(),
                people::leadOf);
        try (ProvinceBatch b = tables.batch("ticket", ProvinceTickets.TICKET_INSERT);
                ProvinceBatch steps =
                        tables.batch("ticket_step", ProvinceTickets.STEP_INSERT).after(b)) {
            new ProvinceTickets(random, today, now, s.tag(), ticketPeople)
                    .write(
                            b,
                            steps,
                            ticketBase,
                            projectBase,
                            s.projects(),
                            ProvinceGenerator.Scale.TICKETS_PER_PROJECT);
        }
    }

    private void reports() throws SQLException {
        reportBase = tables.nextId("investment_report");
        ProvinceReports.People reportPeople =
                new ProvinceReports.People(org.people().contacts(), org.people().dispatch());
        try (ProvinceBatch b = tables.batch("investment_report", ProvinceReports.REPORT_INSERT);
                ProvinceBatch plan = tables.batch("investment_plan", ProvinceReports.PLAN_INSERT)) {
            new ProvinceReports(random, today, reportPeople).write(b, plan, reportBase, projectBase, projectTotal);
        }
    }

    /** Appended to the real chain under its head's lock, so verification still passes. */
    private void audit(String algorithm) throws SQLException {
        ProvinceAudit.Entities entities = new ProvinceAudit.Entities(
                projectBase,
                s.projects(),
                ticketBase,
                (long) s.projects() * ProvinceGenerator.Scale.TICKETS_PER_PROJECT,
                reportBase,
                (long) s.projects() * ProvinceGenerator.Scale.REPORT_MONTHS);
        new ProvinceAudit(tables.connection(), algorithm, now, s.tag())
                .append((long) s.projects() * ProvinceGenerator.Scale.AUDIT_PER_PROJECT, entities, tables::batch);
    }
}
