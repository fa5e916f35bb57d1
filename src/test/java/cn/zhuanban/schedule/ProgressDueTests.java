package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.EnterpriseContacts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Progress owed: plan rows that should have started or finished by today with no actual saying so, listed on the
 * workbench of whoever reports progress on his own projects (an enterprise's contact), not of the district offices.
 */
@IntegrationTest
class ProgressDueTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanOverviews overviews;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    IdentityManagement identity;

    @Test
    void rowsThatShouldHaveStartedOrBeenReachedAreOwedUntilAnActualSaysSo() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long enterprise = new ServiceFixtures(enterprises, taskForces, projects, directory).enterprise();
        long id = PlanFixtures.project(
                mvc,
                dispatch,
                enterprise,
                TODAY.minusDays(60).toString(),
                TODAY.plusDays(400).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "B", "name", "主体施工", "kind", "TASK", "duration", "5");
        PlanFixtures.edit(
                mvc,
                dispatch,
                id,
                "/rows",
                "key",
                "M",
                "name",
                "取得施工许可",
                "kind",
                "MILESTONE",
                "targetDate",
                TODAY.minusDays(10).toString());
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "C", "name", "设备安装", "kind", "TASK", "duration", "5");
        PlanFixtures.edit(mvc, dispatch, id, "/rows/C/predecessors", "predecessors", "B");
        done(dispatch, id, "A");

        assertThat(overviews.progressDue(List.of(id), TODAY))
                .extracting(d -> d.key() + (d.finish() ? " finish" : " start"))
                .contains("B start")
                .doesNotContain("A start", "A finish", "C start");

        String contact = EnterpriseContacts.create(identity, directory, enterprise);
        assertThat(WebTestSupport.page(mvc, contact, "/"))
                .contains("待更新进度的任务", "主体施工（", "应开工）· ")
                .contains("href=\"/projects/" + id + "/plan/rows/B/progress\"")
                .doesNotContain("场地平整（");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/")).doesNotContain("待更新进度的任务");
    }

    @Test
    void onARestDayWhatShouldHaveStartedIsOwedAsOnTheDayWorkResumes() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long enterprise = new ServiceFixtures(enterprises, taskForces, projects, directory).enterprise();
        long id = PlanFixtures.project(mvc, dispatch, enterprise, "2026-08-03", "2027-12-31");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "A", "name", "场地平整", "kind", "TASK", "duration", "3");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "B", "name", "主体施工", "kind", "TASK", "duration", "5");
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "C", "name", "设备安装", "kind", "TASK", "duration", "5");
        PlanFixtures.edit(mvc, dispatch, id, "/rows/C/predecessors", "predecessors", "B");
        mvc.perform(multipart("/projects/" + id + "/plan/rows/A/progress")
                        .param("percentComplete", "100")
                        .param("actualStart", "2026-08-03")
                        .param("actualFinish", "2026-08-05")
                        .param("dataDate", "2026-08-07")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        // a working Tuesday, National Day (work resumes on Thursday 8 October), a Sunday
        for (LocalDate day : List.of(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 6))) {
            assertThat(overviews.progressDue(List.of(id), day))
                    .as("owed on " + day)
                    .extracting(d -> d.key() + (d.finish() ? " finish" : " start"))
                    .containsExactly("B start");
        }
    }

    private void done(MockHttpSession dispatch, long id, String key) throws Exception {
        mvc.perform(multipart("/projects/" + id + "/plan/rows/" + key + "/progress")
                        .param("percentComplete", "100")
                        .param("actualStart", TODAY.minusDays(50).toString())
                        .param("actualFinish", TODAY.minusDays(45).toString())
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
