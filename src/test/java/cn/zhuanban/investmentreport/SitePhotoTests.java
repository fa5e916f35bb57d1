package cn.zhuanban.investmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.domain.PhotoStore;
import cn.zhuanban.schedule.PlanFixtures;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A site photo is given once and shown wherever the project's site progress photos are (多头填报 was the complaint): one
 * given with progress on a plan's row appears on the project page's photo strip and on the investment reports' project
 * page beside the monthly reports' photos, the latest taken first, with the day, the place, the task and who gave it.
 * Its file stays within the project's scope: a user outside the project gets 404 for it as for the lists.
 */
@IntegrationTest
class SitePhotoTests {

    static final byte[] PNG = ReportPhotoTests.PNG;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    PhotoStore reportPhotos;

    @Autowired
    StoredFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aPhotoGivenWithPlanProgressIsShownWithTheReportsPhotosAndOnlyWithinTheProjectsScope() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var contact = directory.findByUsername("enterprise").orElseThrow();
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        MockHttpSession enterprise = WebTestSupport.login(mvc, "enterprise");
        long project = PlanFixtures.project(
                mvc,
                dispatch,
                contact.enterpriseId(),
                today.minusDays(70).toString(),
                today.plusDays(200).toString());
        PlanFixtures.edit(
                mvc, dispatch, project, "/rows", "key", "A", "name", "主体结构施工", "kind", "TASK", "duration", "40");
        // a monthly report's photo of last month, then the plan's photo of today: the plan's comes first
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        long report = reporting.report(
                project,
                InvestmentFixtures.form(lastMonth.getYear(), lastMonth.getMonthValue(), "10", "10", "10"),
                InvestmentFixtures.districtWide());
        reportPhotos.add(
                report,
                files.store(List.of(new UploadedFile("month.png", PNG)), 1).getFirst(),
                lastMonth.atDay(1),
                "月报照片地点",
                contact.id(),
                Instant.now(clock));
        long reportPhoto = jdbc.sql("select id from investment_report_photo where report_id = :r")
                .param("r", report)
                .query(Long.class)
                .single();

        mvc.perform(multipart("/projects/" + project + "/plan/rows/A/progress")
                        .file(new MockMultipartFile("photos", "site.png", "image/png", PNG))
                        .param("percentComplete", "30")
                        .param("actualStart", today.minusDays(20).toString())
                        .param("photosTakenOn", today.toString())
                        .param("photosPlace", "二号楼塔吊东侧")
                        .session(enterprise)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long planPhoto = jdbc.sql("select f.id from plan_progress_photo f join plan_progress p on p.id = f.progress_id"
                        + " where p.project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
        String planPhotoUrl = "/projects/" + project + "/plan/photos/" + planPhoto;
        String reportPhotoUrl = "/investment-reports/photos/" + reportPhoto;

        for (String user : List.of("enterprise", "dispatch")) {
            for (String page : List.of(
                    "/investment-reports/fragments/project-photos/" + project,
                    "/investment-reports/projects/" + project)) {
                String html = WebTestSupport.page(mvc, user, page);
                assertThat(html)
                        .as(user + " " + page)
                        .contains(planPhotoUrl, "二号楼塔吊东侧", today.toString(), "计划任务：主体结构施工")
                        .contains("上传：" + contact.fullName())
                        .contains(reportPhotoUrl, "月报照片地点", "投资月报：" + lastMonth);
                assertThat(html.indexOf(planPhotoUrl)).as("newest first").isLessThan(html.indexOf(reportPhotoUrl));
            }
        }
        assertThat(WebTestSupport.page(mvc, "enterprise", "/investment-reports/fragments/project-photos/" + project))
                .contains("全部照片（2 张）", "/investment-reports/projects/" + project + "#photos");
        mvc.perform(get(planPhotoUrl).session(enterprise)).andExpect(status().isOk());

        MockHttpSession stranger = WebTestSupport.login(mvc, "enterprise2");
        mvc.perform(get(planPhotoUrl).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(get(reportPhotoUrl).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/investment-reports/fragments/project-photos/" + project)
                        .session(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/investment-reports/projects/" + project).session(stranger))
                .andExpect(status().isNotFound());
        // the plan photo's id under a project the stranger may see is no way around the scope either
        long strangersProject = jdbc.sql("select min(id) from project where enterprise_id = :e")
                .param(
                        "e",
                        directory.findByUsername("enterprise2").orElseThrow().enterpriseId())
                .query(Long.class)
                .single();
        mvc.perform(get("/projects/" + strangersProject + "/plan/photos/" + planPhoto)
                        .session(stranger))
                .andExpect(status().isNotFound());
    }
}
