package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.domain.LightReasonText;
import cn.zhuanban.project.domain.Project;
import cn.zhuanban.project.domain.ProjectRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The status light is judged by other modules, often several at once for one project (ticket steps landing
 * together); the judgements queue on the project and never fail for each other, and a user editing the project
 * meanwhile neither fails nor writes back the light the form was opened with.
 */
@IntegrationTest
@RecordApplicationEvents
class ProjectLightTests {

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectLighting lighting;

    @Autowired
    ProjectRepository repository;

    @Autowired
    cn.zhuanban.enterprise.EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    UserDirectory directory;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LightReasonText reasons;

    @Test
    void judgementsOfOneProjectAtOnceAllLand() throws Exception {
        long project = newProject();
        int judges = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(judges);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int j = 0; j < judges; j++) {
                StatusLight light = j % 2 == 0 ? StatusLight.RED : StatusLight.YELLOW;
                String reason = "第" + j + "次研判";
                runs.add(pool.submit(() -> {
                    go.await();
                    lighting.setLight(project, light, reason);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(); // a lost race would throw here
            }
        } finally {
            pool.shutdown();
        }

        Project judged = repository.findById(project).orElseThrow();
        String last = judged.getLightReason();
        assertThat(last).matches("第\\d次研判");
        int lastJudge = last.charAt(1) - '0';
        assertThat(judged.getStatusLight()).isEqualTo(lastJudge % 2 == 0 ? StatusLight.RED : StatusLight.YELLOW);
    }

    @Test
    void anEditOpenedBeforeTheLightChangedSavesAndKeepsTheNewLight() {
        long project = newProject();
        Project opened = repository.findById(project).orElseThrow();

        lighting.setLight(project, StatusLight.RED, "2项红牌问题");
        repository.save(opened);

        Project saved = repository.findById(project).orElseThrow();
        assertThat(saved.getStatusLight()).isEqualTo(StatusLight.RED);
        assertThat(saved.getLightReason()).isEqualTo("2项红牌问题");
    }

    @Test
    void onlyAChangeOfTheLightItselfMovesTheTimeItChanged() {
        long project = newProject();
        lighting.setLight(project, StatusLight.RED, "滞后5个工作日");
        Instant turnedRed = lighting.lightChangedAt(List.of(project)).get(project);

        lighting.setLight(project, StatusLight.RED, "滞后6个工作日");
        assertThat(lighting.lightChangedAt(List.of(project)).get(project)).isEqualTo(turnedRed);
        assertThat(events.stream(ProjectLightChanged.class).filter(e -> e.projectId() == project))
                .extracting(ProjectLightChanged::reason)
                .containsExactly("滞后5个工作日", "滞后6个工作日");

        lighting.setLight(project, StatusLight.RED, "滞后6个工作日");
        assertThat(events.stream(ProjectLightChanged.class).filter(e -> e.projectId() == project))
                .hasSize(2);
    }

    /**
     * A reason stored as text alone (before V190) gets its message keys at the project's next judgement; it reads the
     * same, so no change is announced or recorded, and English readers read it in English from then on.
     */
    @Test
    void aReasonStoredAsTextGetsItsKeysAtTheNextJudgementWithNoChangeAnnounced() {
        long project = newProject();
        lighting.setLight(project, StatusLight.RED, "2件问题亮红牌未解决");

        lighting.setJudgedLight(
                project,
                StatusLight.RED,
                new LightReason(List.of(LightReason.Message.of("plan.light-reason.red-tickets", 2))));

        assertThat(events.stream(ProjectLightChanged.class).filter(e -> e.projectId() == project))
                .hasSize(1);
        var stored = jdbc.queryForMap("select light_reason, light_reason_code from project where id = ?", project);
        assertThat(stored.get("light_reason")).isEqualTo("2件问题亮红牌未解决");
        assertThat(reasons.of("2件问题亮红牌未解决", (String) stored.get("light_reason_code"), Locale.ENGLISH))
                .isEqualTo("2 unresolved problem(s) with a red card");
    }

    private long newProject() {
        var fixtures = new ServiceFixtures(enterprises, taskForces, projects, directory);
        return fixtures.project(fixtures.enterprise(), null);
    }
}
