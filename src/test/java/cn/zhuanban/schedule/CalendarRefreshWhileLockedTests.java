package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.domain.LightReviews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A calendar change while a light refresh holds its lock (on this node or another) is not lost until the nightly run:
 * the refresh it asks for waits for the lock instead of being skipped, and held too long it fails, so its event
 * publication stays incomplete and is resubmitted until a refresh takes the lock.
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
    LightReviews reviews;

    @Autowired
    PlanManagement plans;

    @Autowired
    Clock clock;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aRefreshAskedForWhileAnotherRunsWaitsForItAndThenRuns() throws Exception {
        long id = judgedGreenDueToday();

        SimpleLock running = heldByAnotherRun();
        CompletableFuture<Void> asked;
        try {
            asked = CompletableFuture.runAsync(job::runNow);
            Thread.sleep(600);
            assertThat(asked).as("waits while the other run holds the lock").isNotDone();
            assertThat(light(id))
                    .as("not re-judged while the other run holds the lock")
                    .isEqualTo(StatusLight.GREEN);
        } finally {
            running.unlock();
        }
        asked.get(20, TimeUnit.SECONDS);

        assertThat(light(id)).isEqualTo(StatusLight.RED);
    }

    @Test
    void aRefreshThatCannotTakeTheLockInTimeFailsSoItsCalendarEventIsResubmitted() throws Exception {
        long id = judgedGreenDueToday();
        PlanLightJob impatient = new PlanLightJob(reviews, plans, locks, clock, Duration.ofMillis(300));

        SimpleLock running = heldByAnotherRun();
        try {
            assertThatThrownBy(impatient::runNow).isInstanceOf(IllegalStateException.class);
            assertThat(light(id)).isEqualTo(StatusLight.GREEN);
        } finally {
            running.unlock();
        }
        impatient.runNow();

        assertThat(light(id)).isEqualTo(StatusLight.RED);
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
}
