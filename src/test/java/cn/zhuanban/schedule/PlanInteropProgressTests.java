package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.domain.PlanRow;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Reported progress survives an export and an import of the same plan: the files carry each task's actual dates and
 * percent complete; a file without progress (another tool's, an older export) keeps what the plan records for its
 * keys; the reports' history is left as it is.
 */
@IntegrationTest
class PlanInteropProgressTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    PlanManagement plans;

    @Autowired
    ProjectReads projects;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void aPlanExportedAndImportedBackKeepsItsStartedAndCompletedTasksAndItsLight() throws Exception {
        for (String format : List.of("mspdi", "xer")) {
            long id = lateProgressedPlan();
            List<PlanRow> before = rows(id);
            String schedule = plan(id);
            long reports = reports(id);

            importFile(id, export(id, format)).andExpect(status().isOk());

            assertThat(rows(id)).as(format).isEqualTo(before);
            assertThat(plan(id)).as(format).isEqualTo(schedule);
            assertThat(rows(id))
                    .extracting(PlanRow::actualStart, PlanRow::actualFinish, PlanRow::percentComplete)
                    .as(format)
                    .isEqualTo(before.stream()
                            .map(r -> org.assertj.core.groups.Tuple.tuple(
                                    r.actualStart(), r.actualFinish(), r.percentComplete()))
                            .toList());
            assertThat(rows(id)).extracting(PlanRow::duration).containsExactly(3, 0, 30);
            assertThat(plans.storedRow(id, "A").percentComplete()).isEqualTo(100);
            assertThat(plans.storedRow(id, "A").actualFinish()).isEqualTo(TODAY.minusDays(50));
            assertThat(plans.storedRow(id, "B").percentComplete()).isEqualTo(40);
            assertThat(plans.storedRow(id, "B").actualStart()).isEqualTo(TODAY.minusDays(10));
            assertThat(plans.storedRow(id, "B").actualFinish()).isNull();
            assertThat(projects.summary(id).orElseThrow().statusLight())
                    .as(format)
                    .isEqualTo(StatusLight.GREEN);
            assertThat(reports(id)).as("history as it was").isEqualTo(reports);
        }
    }

    @Test
    void aFileWithoutProgressKeepsTheProgressThePlanRecordsForItsKeys() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, TODAY);
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "B", "name", "设计", "kind", "TASK", "duration", "30");
        byte[] older = export(id, "mspdi"); // exported before any report, as another tool's file would be
        assertThat(new String(older, StandardCharsets.UTF_8)).doesNotContain("<ActualStart>");
        progress(id);
        List<PlanRow> before = rows(id);

        importFile(id, older).andExpect(status().isOk());

        assertThat(rows(id)).isEqualTo(before);
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.GREEN);
    }

    @Test
    void progressThePlanCannotHoldRefusesTheFileNamingTheTaskAndChangesNothing() throws Exception {
        long id = lateProgressedPlan();
        List<PlanRow> before = rows(id);
        byte[] file = ("<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\">"
                        + "<StartDate>2027-03-01T08:00:00</StartDate><Tasks><Task><UID>1</UID><ID>1</ID>"
                        + "<Name>只有百分比</Name><Duration>PT40H0M0S</Duration><PercentComplete>50</PercentComplete>"
                        + "</Task></Tasks></Project>")
                .getBytes(StandardCharsets.UTF_8);

        importFile(id, file)
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail", containsString("只有百分比")));

        assertThat(rows(id)).isEqualTo(before);
    }

    /** The late plan (A, then the stage goal M 20 days ago) with A and M finished and B started: green. */
    private long lateProgressedPlan() throws Exception {
        long id = PlanFixtures.latePlan(mvc, dispatch, enterpriseId, TODAY);
        PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", "B", "name", "设计", "kind", "TASK", "duration", "30");
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.RED);
        progress(id);
        assertThat(projects.summary(id).orElseThrow().statusLight()).isEqualTo(StatusLight.GREEN);
        return id;
    }

    private void progress(long id) throws Exception {
        String start = TODAY.minusDays(58).toString();
        String finish = TODAY.minusDays(50).toString();
        report(id, "A", "percentComplete", "100", "actualStart", start, "actualFinish", finish);
        report(id, "M", "actualFinish", finish);
        report(
                id,
                "B",
                "percentComplete",
                "40",
                "actualStart",
                TODAY.minusDays(10).toString());
    }

    private void report(long id, String key, String... params) throws Exception {
        var request = multipart("/projects/" + id + "/plan/rows/" + key + "/progress")
                .session(dispatch)
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private List<PlanRow> rows(long id) {
        return List.of(plans.storedRow(id, "A"), plans.storedRow(id, "M"), plans.storedRow(id, "B"));
    }

    private long reports(long id) {
        return jdbc.sql("select count(*) from plan_progress where project_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private String plan(long id) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private byte[] export(long id, String format) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan/export?format=" + format)
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private ResultActions importFile(long id, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/projects/" + id + "/plan/import")
                .file(new MockMultipartFile("file", "plan.bin", "application/octet-stream", content))
                .session(dispatch)
                .with(csrf()));
    }
}
