package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lead official (分包领导) oversees his projects: his workbench shows the stage goals past their date and the
 * suspended problems beside the overdue ones and the rejections to confirm, and no longer "待更新进度的任务 23", the task
 * force's data entry: by permission, the lead official role no longer enters progress.
 */
@IntegrationTest
class LeadOfficialWorkbenchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgressItems progress;

    @Autowired
    OversightItems oversight;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeadOfficialsSeeWhatTheyOverseeAndNoProgressToEnter() throws Exception {
        for (String lead : List.of("lead", "lead2")) {
            String workbench = WebTestSupport.page(mvc, lead, "/");
            assertThat(workbench)
                    .as(lead)
                    .contains("href=\"/stage-goals?status=MISSED\"")
                    .contains("href=\"/tickets?state=SUSPENDED\"")
                    .contains("href=\"/tickets?todo=TO_CONFIRM_REJECTION\"")
                    .contains("href=\"/tickets?todo=OVERDUE\"")
                    .doesNotContain("待更新进度的任务");
            assertThat(progress.itemsFor(user(lead))).as(lead).isEmpty();
        }
    }

    @Test
    void theTaskForceKeepsItsProgressDutyAndHasNoOversightCards() throws Exception {
        assertThat(oversight.itemsFor(user("taskforce"))).isEmpty();
        assertThat(WebTestSupport.page(mvc, "taskforce", "/")).doesNotContain("/stage-goals?status=MISSED");
        assertThat(user("taskforce").can(Permissions.PLAN_PROGRESS)).isTrue();
        assertThat(user("lead").can(Permissions.PLAN_PROGRESS)).isFalse();
    }

    @Test
    void theMissedStageGoalsListOpensForTheLeadOfficial() throws Exception {
        assertThat(WebTestSupport.page(mvc, "lead", "/stage-goals?status=MISSED"))
                .contains("stage-goal-statuses");
    }

    /** The demo user as he logs in: the permissions his roles hold in the database. */
    private CurrentUser user(String username) {
        UserView u = directory.findByUsername(username).orElseThrow();
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope(),
                java.util.Set.copyOf(u.roles()),
                new java.util.HashSet<>(
                        jdbc.sql("""
                                select rp.permission from user_role ur join role_permission rp on rp.app_role = ur.role_id
                                where ur.app_user = :id""").param("id", u.id()).query(String.class).list()));
    }
}
