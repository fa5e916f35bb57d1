package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarChanged;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.DayException;
import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.StatusLight;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A calendar change while a light refresh holds its lock (on this node or another) is not lost until the nightly run:
 * the refresh it asks for fails instead of being skipped, so its event publication stays incomplete and is resubmitted
 * until a refresh takes the lock.
 */
@IntegrationTest
class CalendarRefreshWhileLockedTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectReads projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanLightJob job;

    @Autowired
    LockProvider locks;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    IncompleteEventPublications incomplete;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aRefreshAskedForWhileAnotherRunsFailsAndRunsOnceTheLockIsFree() throws Exception {
        long id = judgedGreenDueToday();

        SimpleLock running = heldByAnotherRun();
        try {
            assertThatThrownBy(job::runNow).isInstanceOf(IllegalStateException.class);
            assertThat(light(id))
                    .as("not re-judged while the other run holds the lock")
                    .isEqualTo(StatusLight.GREEN);
        } finally {
            running.unlock();
        }
        job.runNow();

        assertThat(light(id)).isEqualTo(StatusLight.RED);
    }

    @Test
    void aCalendarChangeDuringARunIsResubmittedAndRejudgesThePlans() throws Exception {
        long id = judgedGreenDueToday();
        jdbc.sql("update plan_light_review set due_on = :d where project_id = :p")
                .param("d", TODAY.plusDays(30))
                .param("p", id)
                .update();

        long failedBefore = failedRefreshes();
        SimpleLock running = heldByAnotherRun();
        try {
            calendar.importYear(
                    new HolidayCnJson.Year(2069, List.of(new DayException(LocalDate.of(2069, 3, 4), false, "测试"))));
            await().atMost(Duration.ofSeconds(20)).until(() -> failedRefreshes() > failedBefore);
            assertThat(light(id)).isEqualTo(StatusLight.GREEN);
        } finally {
            running.unlock();
        }
        try {
            incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof CalendarChanged);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(light(id)).isEqualTo(StatusLight.RED));
        } finally {
            calendar.importYear(new HolidayCnJson.Year(2069, List.of()));
            await().atMost(Duration.ofSeconds(20)).until(() -> unfinishedRefreshes() == 0);
        }
    }

    /** A late plan whose light was judged green (on a calendar since changed) and that is due for a look today. */
    private long judgedGreenDueToday() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, TODAY);
        lighting.setLight(id, StatusLight.GREEN, null);
        jdbc.sql("update plan_light_review set due_on = :d where project_id = :p")
                .param("d", TODAY)
                .param("p", id)
                .update();
        return id;
    }

    private SimpleLock heldByAnotherRun() {
        return locks.lock(new LockConfiguration(Instant.now(), PlanLightJob.LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
    }

    private StatusLight light(long id) {
        return projects.summary(id).orElseThrow().statusLight();
    }

    private long failedRefreshes() {
        return jdbc.sql("select count(*) from event_publication where listener_id = :id and status = 'FAILED'")
                .param("id", CalendarLightRefresh.ID)
                .query(Long.class)
                .single();
    }

    private long unfinishedRefreshes() {
        return jdbc.sql("select count(*) from event_publication where listener_id = :id and completion_date is null")
                .param("id", CalendarLightRefresh.ID)
                .query(Long.class)
                .single();
    }
}
