package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** MS Project XML and Primavera XER round trips, and files that must be refused without changing anything. */
@IntegrationTest
class PlanInteropTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    Scheduling scheduling;

    MockHttpSession dispatch;
    long enterpriseId;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
    }

    @Test
    void anMspdiRoundTripKeepsTasksLinksLagsDurationsAndConstraints() throws Exception {
        long source = templatedWithLag();
        String original = plan(source);
        byte[] xml = export(source, "mspdi");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<Project").contains("土地供应");
        long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(target, xml).andExpect(status().isOk());
        assertThat(plan(target)).isEqualTo(original);
    }

    @Test
    void anXerRoundTripKeepsTheSchedule() throws Exception {
        long source = templatedWithLag();
        byte[] xer = export(source, "xer");
        assertThat(new String(xer, StandardCharsets.UTF_8)).startsWith("ERMHDR");
        long target = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        importFile(target, xer).andExpect(status().isOk());
        assertThat(plan(target)).isEqualTo(plan(source));
    }

    @Test
    void bothFormatsCarryHolidaysAndMakeUpWorkingDaysSoTheImportCountsTheSameWorkingDays() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2026-01-05", "2027-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        WorkingCalendar district = scheduling.construction(false);
        LocalDate makeUpSaturday = LocalDate.of(2026, 2, 28); // worked for the Spring Festival
        LocalDate makeUpSunday = LocalDate.of(2026, 9, 20); // worked for National Day
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);
        assertThat(district.isWorkingDay(makeUpSaturday)).isTrue();
        assertThat(district.isWorkingDay(makeUpSunday)).isTrue();
        for (String format : List.of("mspdi", "xer")) {
            PlanFileReader.Content content = PlanFileReader.read(export(id, format));
            assertThat(content.workingDay().test(makeUpSaturday))
                    .as(format + " make-up Saturday")
                    .isTrue();
            assertThat(content.workingDay().test(makeUpSunday))
                    .as(format + " make-up Sunday")
                    .isTrue();
            assertThat(content.workingDay().test(nationalDay))
                    .as(format + " National Day")
                    .isFalse();
            for (LocalDate d = LocalDate.of(2026, 1, 5); d.isBefore(LocalDate.of(2027, 6, 30)); d = d.plusDays(1)) {
                assertThat(content.workingDay().test(d)).as(format + " " + d).isEqualTo(district.isWorkingDay(d));
            }
        }
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        importFile(id, "hello, not a plan".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"));
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <Project xmlns="http://schemas.microsoft.com/project"><Name>&x;</Name></Project>""";
        importFile(id, xxe.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("document type")));
        byte[] garbage = new byte[10 * 1024 * 1024 - 4096];
        new Random(7).nextBytes(garbage);
        importFile(id, garbage).andExpect(status().isBadRequest());
        importFile(id, "<Project><Tasks>".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest());
        assertThat(plan(id)).isEqualTo(before);
    }

    @Test
    void aFileWithACycleIsRefusedAndChangesNothing() throws Exception {
        long id = templatedWithLag();
        String before = plan(id);
        String xml = new String(export(id, "mspdi"), StandardCharsets.UTF_8);
        // make 项目备案 (A01) depend on 施工许可证 (A11) as well: A01 → … → A11 → A01
        String a11Uid = uidOf(xml, "A11");
        String cyclic = xml.replaceFirst(
                "(<WBS>A01</WBS>)",
                "$1<PredecessorLink><PredecessorUID>" + a11Uid + "</PredecessorUID><Type>1</Type></PredecessorLink>");
        importFile(id, cyclic.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("schedule.cycle"));
        assertThat(plan(id)).isEqualTo(before);
    }

    @Test
    void theXlsxExportIsAWorkbook() throws Exception {
        long id = templatedWithLag();
        byte[] xlsx = export(id, "xlsx");
        assertThat(xlsx).startsWith('P', 'K');
    }

    private static String uidOf(String xml, String key) {
        int wbs = xml.indexOf("<WBS>" + key + "</WBS>");
        int uid = xml.lastIndexOf("<UID>", wbs);
        return xml.substring(uid + 5, xml.indexOf("</UID>", uid));
    }

    private long templatedWithLag() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/" + id + "/plan/rows/B02/predecessors")
                        .session(dispatch)
                        .with(csrf())
                        .param("predecessors", "B01SS+20"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/" + id + "/plan/rows/A09/predecessors")
                        .session(dispatch)
                        .with(csrf())
                        .param("predecessors", "A01FS-1"))
                .andExpect(status().isOk());
        return id;
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
