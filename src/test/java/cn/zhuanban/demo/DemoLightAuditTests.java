package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log tells each demo project's light once, as set by the seeding (the system, 演示数据设定项目亮灯), as
 * its history of lights does: the judgements seeding made on the way (绿灯 → 红灯 for approvals done a year before,
 * then back) read as changes that never happened. (A judgement that a listener makes after the seeding committed, in
 * its own thread, is still audited as a change: seen once for one project.)
 */
@IntegrationTest
class DemoLightAuditTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDemoProjectsLightIsAuditedOnceAsSetBySeeding() {
        List<Long> ids = jdbc.sql("select id from project where name in (:names)")
                .param(
                        "names",
                        DemoProjects.PROJECTS
                                .lines()
                                .map(l -> l.split("\\|", -1)[0])
                                .toList())
                .query(Long.class)
                .list();
        assertThat(ids).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (long id : ids) {
                List<Map<String, Object>> seeded = jdbc.sql("select id, actor, summary from audit_record"
                                + " where action = 'project.light-seeded' and entity_id = :id")
                        .param("id", Long.toString(id))
                        .query()
                        .listOfRows();
                assertThat(seeded).as("project " + id).hasSize(1);
                assertThat(seeded.getFirst().get("actor")).isEqualTo("system");
                assertThat((String) seeded.getFirst().get("summary")).startsWith("statusLight: ");
            }
        });
    }
}
