package cn.zhuanban.investmentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.HtmlParts;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investmentreport.domain.PhotoStore;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.shared.files.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Site progress photos on a monthly report: uploaded by the enterprise contact with date and place,
 * shown on the report's page and on the project page; a future date, a missing place or a file that is
 * not an image by content (a PDF too) are refused and store nothing; a file that is no image, stored before, is
 * downloaded rather than shown; another enterprise's contact cannot see them.
 */
@IntegrationTest
class ReportPhotoTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    InvestmentReporting reporting;

    @Autowired
    ReportPhotos photos;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoredFiles files;

    @Autowired
    PhotoStore photoRows;

    @Test
    void photosWithDateAndPlaceAreShownOnTheReportAndTheProject() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = InvestmentFixtures.project(
                projects, own, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "900");
        long report = reporting.report(
                project, InvestmentFixtures.form(2025, 3, "10", "10", "10"), InvestmentFixtures.districtWide());
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");

        mvc.perform(upload(
                                project,
                                report,
                                "2025-03-20",
                                "1号车间屋面",
                                new MockMultipartFile("photos", "roof.png", "image/png", PNG))
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "investment.photos.added"));
        List<ReportPhoto> stored = photos.ofProject(project, InvestmentFixtures.districtWide());
        assertThat(stored)
                .extracting(p -> p.takenOn() + " " + p.place() + " " + p.contentType() + " " + p.month())
                .containsExactly("2025-03-20 1号车间屋面 image/png 3");
        long photo = stored.getFirst().id();
        AuditTrail.awaitRecord(jdbc, "investment.photos-added", Long.toString(report), null);

        mvc.perform(get("/investment-reports/projects/" + project).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/investment-reports/photos/" + photo)))
                .andExpect(content().string(Matchers.containsString("1号车间屋面")));
        mvc.perform(get("/investment-reports/fragments/project-photos/" + project)
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/investment-reports/photos/" + photo)));
        mvc.perform(get("/projects/" + project).session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("/investment-reports/fragments/project-photos/" + project)));
        mvc.perform(get("/investment-reports/photos/" + photo).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(PNG));

        MockHttpSession stranger = WebTestSupport.login(mvc, "enterprise2");
        mvc.perform(get("/investment-reports/photos/" + photo).session(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/investment-reports/fragments/project-photos/" + project)
                        .session(stranger))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFutureDateAMissingPlaceOrAFileThatIsNoImageStoreNothing() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = InvestmentFixtures.project(
                projects, own, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "900");
        long report = reporting.report(
                project, InvestmentFixtures.form(2025, 4, "10", "10", "10"), InvestmentFixtures.districtWide());
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");
        MockMultipartFile png = new MockMultipartFile("photos", "a.png", "image/png", PNG);

        mvc.perform(upload(project, report, "2999-01-01", "工地", png).session(session))
                .andExpect(flash().attributeExists("photoErrors"));
        mvc.perform(upload(project, report, "2025-04-02", " ", png).session(session))
                .andExpect(flash().attributeExists("photoErrors"));
        mvc.perform(upload(
                                project,
                                report,
                                "2025-04-02",
                                "工地",
                                new MockMultipartFile("photos", "fake.png", "image/png", "not an image".getBytes()))
                        .session(session))
                .andExpect(flash().attributeExists("photoErrors"));

        assertThat(photos.ofProject(project, InvestmentFixtures.districtWide())).isEmpty();
    }

    @Test
    void aRefusedPhotoKeepsTheTypedPlaceDayAndMonthInTheForm() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = InvestmentFixtures.project(
                projects, own, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "900");
        long april = reporting.report(
                project, InvestmentFixtures.form(2025, 4, "10", "10", "10"), InvestmentFixtures.districtWide());
        reporting.report(
                project, InvestmentFixtures.form(2025, 5, "10", "20", "20"), InvestmentFixtures.districtWide());
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");

        var refused = mvc.perform(upload(
                                project,
                                april,
                                "2025-04-02",
                                "一号厂房东侧",
                                new MockMultipartFile("photos", "fake.png", "image/png", "not an image".getBytes()))
                        .session(session))
                .andExpect(flash().attributeExists("photoErrors"))
                .andReturn();
        String page = mvc.perform(get("/investment-reports/projects/" + project)
                        .session(session)
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(HtmlParts.input(page, "photo-form", "place")).contains("value=\"一号厂房东侧\"");
        assertThat(HtmlParts.input(page, "photo-form", "takenOn")).contains("value=\"2025-04-02\"");
        assertThat(HtmlParts.form(page, "photo-form"))
                .containsPattern("<option value=\"" + april + "\" selected=\"selected\"");
        // a page not coming from a refusal offers today and an empty place
        String fresh = WebTestSupport.page(mvc, "enterprise", "/investment-reports/projects/" + project);
        assertThat(HtmlParts.input(fresh, "photo-form", "place")).doesNotContain("一号厂房东侧");
    }

    /**
     * A photo of a month's progress was taken in that month: one of the 1st of December under November's report was
     * taken, and the day before November began too. The message stands beside the day, the form keeps what was typed.
     */
    @Test
    void aPhotoTakenOutsideTheReportsMonthIsRefusedBesideTheDayKeepingTheForm() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = InvestmentFixtures.project(
                projects, own, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "900");
        long november = reporting.report(
                project, InvestmentFixtures.form(2025, 11, "10", "10", "10"), InvestmentFixtures.districtWide());
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");
        MockMultipartFile png = new MockMultipartFile("photos", "a.png", "image/png", PNG);

        var refused = mvc.perform(
                        upload(project, november, "2025-12-01", "三号楼北侧", png).session(session))
                .andExpect(flash().attribute(
                                "photoErrors",
                                Matchers.hasEntry(
                                        Matchers.is("takenOn"), Matchers.containsString("拍摄日期须在所选月报的月份 2025-11 之内"))))
                .andReturn();
        mvc.perform(upload(project, november, "2025-10-31", "三号楼北侧", png).session(session))
                .andExpect(flash().attribute("photoErrors", Matchers.hasKey("takenOn")));
        assertThat(photos.ofProject(project, InvestmentFixtures.districtWide())).isEmpty();

        String page = mvc.perform(get("/investment-reports/projects/" + project)
                        .session(session)
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlParts.input(page, "photo-form", "takenOn"))
                .contains("value=\"2025-12-01\"")
                .contains("is-invalid");
        assertThat(HtmlParts.input(page, "photo-form", "place")).contains("value=\"三号楼北侧\"");
        assertThat(HtmlParts.form(page, "photo-form"))
                .containsPattern("id=\"takenOn-error\"[^>]*>[^<]*拍摄日期须在所选月报的月份 2025-11 之内<");

        mvc.perform(upload(project, november, "2025-11-30", "三号楼北侧", png).session(session))
                .andExpect(flash().attribute("flash", "investment.photos.added"));
        assertThat(photos.ofProject(project, InvestmentFixtures.districtWide())).hasSize(1);
    }

    @Test
    void aPdfIsNoPhotoAndIsRefusedInChinese() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = InvestmentFixtures.project(
                projects, own, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "900");
        long report = reporting.report(
                project, InvestmentFixtures.form(2025, 5, "10", "10", "10"), InvestmentFixtures.districtWide());

        mvc.perform(upload(
                                project,
                                report,
                                "2025-05-02",
                                "工地",
                                new MockMultipartFile("photos", "js.pdf", "application/pdf", PDF))
                        .session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "photoErrors",
                                Matchers.hasEntry(Matchers.is("files"), Matchers.containsString("js.pdf"))))
                .andExpect(flash().attribute(
                                "photoErrors",
                                Matchers.hasEntry(Matchers.is("files"), Matchers.containsString("只接受"))));

        assertThat(photos.ofProject(project, InvestmentFixtures.districtWide())).isEmpty();
    }

    @Test
    void aFileStoredBeforePhotosWereImagesOnlyIsDownloadedNotShown() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long project = InvestmentFixtures.project(
                projects, own, ProjectLevel.DISTRICT, ProjectStage.UNDER_CONSTRUCTION, "900");
        long report = reporting.report(
                project, InvestmentFixtures.form(2025, 6, "10", "10", "10"), InvestmentFixtures.districtWide());
        long by = directory.findByUsername("enterprise").orElseThrow().id();
        for (UploadedFile f : List.of(new UploadedFile("old.pdf", PDF), new UploadedFile("roof.png", PNG))) {
            photoRows.add(
                    report, files.store(List.of(f), 1).getFirst(), LocalDate.of(2025, 6, 2), "工地", by, Instant.now());
        }
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");
        List<ReportPhoto> stored = photos.ofProject(project, InvestmentFixtures.districtWide());

        for (ReportPhoto photo : stored) {
            String disposition = mvc.perform(
                            get("/investment-reports/photos/" + photo.id()).session(session))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andReturn()
                    .getResponse()
                    .getHeader("Content-Disposition");
            assertThat(disposition)
                    .as(photo.originalName())
                    .startsWith(photo.originalName().equals("old.pdf") ? "attachment;" : "inline;");
        }
        assertThat(stored).hasSize(2);
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            long project, long report, String takenOn, String place, MockMultipartFile file) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
                multipart("/investment-reports/projects/" + project + "/photos")
                        .file(file)
                        .param("reportId", Long.toString(report))
                        .param("takenOn", takenOn)
                        .param("place", place)
                        .with(csrf());
    }
}
