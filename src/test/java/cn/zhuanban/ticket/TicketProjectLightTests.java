package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.project.StatusLight;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A project's light is the worst of its stage goals, critical tasks and red tickets (domain.md §4): a red card on
 * one of its unresolved tickets turns the project red at the ticket's next step, saying why, and the light follows
 * when the card goes. Red cards had no part in the project's light at all.
 */
@IntegrationTest
class TicketProjectLightTests {

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketLists lists;

    @Autowired
    ProjectReads projects;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRedTicketMakesItsProjectRedAndTheLightFollowsWhenTheCardGoes() {
        long id = flows.assignedToPower();
        long project = lists.find(id, flows.user("dispatch")).projectId();
        card(id, "RED");
        flows.management().act(id, TicketMove.SIGN, MoveCommand.empty(), flows.user("handler-power"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ProjectView view = projects.find(project, flows.user("dispatch"));
            assertThat(view.statusLight()).isEqualTo(StatusLight.RED);
            assertThat(view.lightReason()).contains("件问题亮红牌未解决");
        });

        card(id, "NONE");
        int stillRed = lists.redCards(project);
        flows.resolveByPower(id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ProjectView view = projects.find(project, flows.user("dispatch"));
            if (stillRed == 0) {
                assertThat(view.lightReason()).isNull();
            } else {
                assertThat(view.lightReason()).contains(stillRed + "件问题亮红牌未解决");
            }
        });
    }

    private void card(long id, String card) {
        jdbc.sql("update ticket set card = :card where id = :id")
                .param("card", card)
                .param("id", id)
                .update();
    }
}
