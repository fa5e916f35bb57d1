package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.schedule.domain.PlanTemplates;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Administrators edit plan templates on a page; a change that would break a plan is refused and stores nothing. */
@IntegrationTest
class PlanTemplateEditingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanTemplates templates;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDispatchOfficeCopiesATemplateEditsItsRowsAndAProjectGetsTheEditedPlan() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        String name = "t" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(get("/plan-templates/industrial").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("template-row-A01")));
        mvc.perform(post("/plan-templates/industrial/copy")
                        .param("newName", name)
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(redirectedUrl("/plan-templates/" + name));

        row(dispatch, name, null, "X1", "试运行", "TASK", "S3", "4", "C01")
                .andExpect(flash().attribute("flash", "plan.templates.saved"));
        row(dispatch, name, "X1", "X1", "试运行", "TASK", "S3", "6", "C01");
        row(dispatch, name, "M3", "M3", "投产", "MILESTONE", "S3", "0", "X1");
        assertThat(templates.rows(name)).anyMatch(r -> r.taskKey().equals("X1") && r.duration() == 6);
        assertThat(templates.rows(name)).anyMatch(r -> r.taskKey().equals("M3") && "X1".equals(r.predecessors()));

        row(dispatch, name, "C01", "C01", "试生产准备", "TASK", "S3", "20", "M2,M3")
                .andExpect(flash().attribute("error", containsString("循环")));
        assertThat(templates.rows(name)).anyMatch(r -> r.taskKey().equals("C01") && "M2".equals(r.predecessors()));
        row(dispatch, name, null, "A01", "重复", "TASK", "S1", "1", null)
                .andExpect(flash().attribute("error", containsString("A01")));

        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-09-29");
        mvc.perform(post("/projects/" + project + "/plan/template")
                        .param("template", name)
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, project)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("row-X1")));

        mvc.perform(post("/plan-templates/" + name + "/rows/X1/delete")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "plan.templates.saved"));
        assertThat(templates.rows(name)).noneMatch(r -> r.taskKey().equals("X1"));
        assertThat(templates.rows(name)).anyMatch(r -> r.taskKey().equals("M3") && r.predecessors() == null);
        AuditTrail.awaitRecord(jdbc, "plan.template-row-removed", name, "X1");
        AuditTrail.awaitRecord(
                jdbc,
                "plan.template-row-saved",
                name,
                "key: — → X1; name: — → 试运行; kind: — → TASK; parent: — → S3; duration: — → 4; predecessors: — → C01");
        AuditTrail.awaitRecord(jdbc, "plan.template-row-saved", name, "X1 duration: 4 → 6");
    }

    @Test
    void onlyTheTemplateAdministratorsMayOpenTheTemplatesPage() throws Exception {
        MockHttpSession taskforce = WebTestSupport.login(mvc, "taskforce");
        mvc.perform(get("/plan-templates/industrial").session(taskforce)).andExpect(status().isForbidden());
        mvc.perform(post("/plan-templates/industrial/rows/A01/delete")
                        .session(taskforce)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(templates.rows("industrial")).anyMatch(r -> r.taskKey().equals("A01"));
    }

    ResultActions row(
            MockHttpSession session,
            String template,
            String originalKey,
            String key,
            String name,
            String kind,
            String parent,
            String duration,
            String predecessors)
            throws Exception {
        var request = post("/plan-templates/" + template + "/rows")
                .param("key", key)
                .param("rowName", name)
                .param("kind", kind)
                .param("parentKey", parent)
                .param("duration", duration)
                .session(session)
                .with(csrf());
        if (originalKey != null) {
            request.param("originalKey", originalKey);
        }
        if (predecessors != null) {
            request.param("predecessors", predecessors);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
