package cn.zhuanban.investmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.investmentreport.domain.ReminderStore;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Missing monthly reports are reminded near the end of the window (deadline day 25, from three days
 * before): the enterprise's contact gets one inbox notice per project and month however often the job
 * runs; a project that reported, or a day outside the window, gets none.
 */
@IntegrationTest
class InvestmentReminderTests {

    @Autowired
    InvestmentReminders reminders;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReminderStore store;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aMissingReportIsRemindedOncePerProjectAndMonth() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long missing = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "500");
        long reported = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "500");
        reporting.store(
                reporting.visibleProject(reported, InvestmentFixtures.districtWide()),
                InvestmentFixtures.form(2031, 5, "10", "10", "10"),
                InvestmentFixtures.districtWide(),
                Actor.current());
        long contact = contactOf(enterprise);

        assertThat(reminders.remind(LocalDate.of(2031, 5, 10), enterprise)).isZero();
        assertThat(reminders.remind(LocalDate.of(2031, 5, 23), enterprise)).isEqualTo(1);
        reminders.remind(LocalDate.of(2031, 5, 24), enterprise);
        reminders.remind(LocalDate.of(2031, 5, 25), enterprise);

        assertThat(reminderRows(missing)).isEqualTo(1);
        assertThat(reminderRows(reported)).isZero();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(notices(contact)).isEqualTo(1));
        assertThat(jdbc.sql("select link from notification_inbox where user_id = :u")
                        .param("u", contact)
                        .query(String.class)
                        .single())
                .isEqualTo("/investment-reports/projects/" + missing);
    }

    /**
     * The scheduled entry point, on an instance without Spring's proxy (as the job calls it on itself): the reminder
     * reaches the inbox within seconds, not only when the resubmission job picks up an event published outside a
     * transaction (15 minutes later).
     */
    @Test
    void theDailyJobDeliversItsRemindersPromptly() {
        long enterprise = InvestmentFixtures.enterprise(enterprises);
        long missing = InvestmentFixtures.project(
                projects, enterprise, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "500");
        long contact = contactOf(enterprise);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock onTheDay =
                Clock.fixed(LocalDate.of(2032, 3, 24).atTime(9, 0).atZone(zone).toInstant(), zone);
        var job = new InvestmentReminders(store, events, transactions, onTheDay, 25, 3);

        job.daily();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(notices(contact)).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from investment_reminder where project_id = :p and report_year = 2032")
                        .param("p", missing)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long reminderRows(long project) {
        return jdbc.sql("select count(*) from investment_reminder where project_id = :p and report_year = 2031"
                        + " and report_month = 5")
                .param("p", project)
                .query(Long.class)
                .single();
    }

    private long notices(long user) {
        return jdbc.sql("select count(*) from notification_inbox where user_id = :u"
                        + " and message_key = 'notification.investment.missing'")
                .param("u", user)
                .query(Long.class)
                .single();
    }

    private long contactOf(long enterprise) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into app_user (username, username_key, password_hash, full_name, enterprise_id, data_scope, created_at)
                        values (:u, lower(:u), 'x', '月报联络员', :e, 'ENTERPRISE', :now)""")
                .param("u", TestCodes.unique("remind"))
                .param("e", enterprise)
                .param("now", Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
