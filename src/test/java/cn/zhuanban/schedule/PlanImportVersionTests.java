package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A file imported on the plan page replaces the plan only if it is the plan the page showed: like every edit of the
 * plan table, the import carries the plan's version, and one made on a stale version is refused with nothing changed.
 */
@IntegrationTest
class PlanImportVersionTests {

    private static final String CHANGED_MEANWHILE = "数据在您打开页面后已被修改";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

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
    void anImportOnAVersionSomeoneChangedMeanwhileIsRefusedAndChangesNothing() throws Exception {
        byte[] file = export(templated());
        long id = templated();
        String seen = PlanFixtures.version(mvc, dispatch, id);
        // someone changes the plan after the page was shown, and saves a baseline of it
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A02/duration", "duration", "33");
        mvc.perform(post("/projects/" + id + "/plan/baselines")
                        .param("name", "导入前基线")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        AuditTrail.awaitRecord(jdbc, "plan.baseline-saved", Long.toString(id), null);
        String current = PlanFixtures.version(mvc, dispatch, id);
        String before = plan(id);
        long baselines = count("plan_baseline", id);
        long reports = count("plan_progress", id);

        importOnPage(id, seen, file).andExpect(flash().attribute("error", containsString(CHANGED_MEANWHILE)));
        // without a version, or with the empty one of a plan not stored yet, it would skip the check: refused as well
        importOnPage(id, null, file).andExpect(flash().attribute("error", containsString(CHANGED_MEANWHILE)));
        importOnPage(id, "", file).andExpect(flash().attribute("error", containsString(CHANGED_MEANWHILE)));

        assertThat(plan(id)).isEqualTo(before);
        assertThat(PlanFixtures.version(mvc, dispatch, id)).isEqualTo(current);
        assertThat(count("plan_baseline", id)).isEqualTo(baselines);
        assertThat(count("plan_progress", id)).isEqualTo(reports);
        // the audit is written after the commit: an edit after the refusals, once recorded, shows none was recorded
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A02/duration", "duration", "34");
        AuditTrail.awaitRecord(jdbc, "plan.duration-changed", Long.toString(id), "A02 duration: 33 → 34");
        assertThat(AuditTrail.count(jdbc, "plan.imported", Long.toString(id), null))
                .isZero();
    }

    @Test
    void anImportOnTheVersionThePageShowsReplacesThePlan() throws Exception {
        long source = templated();
        PlanFixtures.edit(mvc, dispatch, source, "/rows/A02/duration", "duration", "33");
        long id = templated();
        String version = PlanFixtures.version(mvc, dispatch, id);
        assertThat(plan(id)).isNotEqualTo(plan(source));

        importOnPage(id, version, export(source)).andExpect(flash().attributeCount(0));

        assertThat(plan(id)).isEqualTo(plan(source));
        assertThat(PlanFixtures.version(mvc, dispatch, id)).isNotEqualTo(version);
        AuditTrail.awaitRecord(jdbc, "plan.imported", Long.toString(id), null);
    }

    @Test
    void aFirstImportOntoAProjectWithoutAPlanSendsTheEmptyVersionAndIsAccepted() throws Exception {
        long source = templated();
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        assertThat(PlanFixtures.version(mvc, dispatch, id)).as("no plan stored").isEmpty();

        importOnPage(id, "", export(source)).andExpect(flash().attributeCount(0));

        assertThat(plan(id)).isEqualTo(plan(source));
        assertThat(PlanFixtures.version(mvc, dispatch, id)).isNotEmpty();
    }

    /**
     * API clients get the plan's version as its {@code ETag} and send it back as {@code If-Match}: a file on a stale
     * tag is refused (409) with nothing changed, one on the current tag replaces the plan and answers the new tag;
     * without {@code If-Match} the contract's plain import still works.
     */
    @Test
    void anApiImportWithAStaleIfMatchIsRefusedAndTheCurrentOneAccepted() throws Exception {
        long source = templated();
        PlanFixtures.edit(mvc, dispatch, source, "/rows/A02/duration", "duration", "33");
        byte[] file = export(source);
        long id = templated();
        String seen = etag(id);
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A03/duration", "duration", "9");
        String current = etag(id);
        assertThat(current).isNotEqualTo(seen);
        String before = plan(id);

        importOnApi(id, seen, file).andExpect(status().isConflict());
        importOnApi(id, "\"no-tag-of-ours\"", file).andExpect(status().isConflict());
        assertThat(plan(id)).isEqualTo(before);
        assertThat(etag(id)).isEqualTo(current);

        String after = importOnApi(id, current, file)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(plan(id)).isEqualTo(plan(source));
        assertThat(after).isEqualTo(etag(id)).isNotEqualTo(current);
        importOnApi(id, null, export(templated())).andExpect(status().isOk());
    }

    /**
     * An {@code If-Match} that is no entity tag at all is a malformed request (400 naming the header), not a plan
     * changed meanwhile: fetching the plan again would not help the client. A well-formed tag of no version of ours stays
     * the 409 above, and nothing is imported either way.
     */
    @Test
    void anApiImportWithAMalformedIfMatchIsABadRequest() throws Exception {
        long source = templated();
        byte[] file = export(source);
        long id = templated();
        String before = plan(id);
        String current = etag(id);

        for (String malformed : new String[] {"garbage", current.replace("\"", ""), "\"1", "W/1", "\"1\" \"2\""}) {
            importOnApi(id, malformed, file)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("validation"))
                    .andExpect(jsonPath("$.field").value("If-Match"));
        }
        importOnApi(id, "W/\"no-tag-of-ours\"", file).andExpect(status().isConflict());

        assertThat(plan(id)).isEqualTo(before);
        assertThat(etag(id)).isEqualTo(current);
    }

    private String etag(long id) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private ResultActions importOnApi(long id, String ifMatch, byte[] file) throws Exception {
        var request = multipart("/api/v1/projects/" + id + "/plan/import")
                .file(new MockMultipartFile("file", "plan.xml", "application/xml", file))
                .session(dispatch)
                .with(csrf());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    /**
     * The import form is a plain post outside the sheet that htmx swaps on every edit; it sends the sheet's own
     * {@code #plan-version} (by its form attribute), so that it stays current after edits made on the page.
     */
    @Test
    void thePlanPagesImportFormSendsTheVersionTheSheetShows() throws Exception {
        long id = templated();
        String page = mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("<form[^>]*id=\"plan-import\"[^>]*action=\"/projects/" + id + "/plan/import\"");
        assertThat(versionField(page)).contains("form=\"plan-import\"");

        String sheet = PlanFixtures.edit(mvc, dispatch, id, "/rows/A02/duration", "duration", "33")
                .andReturn()
                .getResponse()
                .getContentAsString();
        String field = versionField(sheet);
        assertThat(field).contains("form=\"plan-import\"");
        assertThat(field).contains("value=\"" + PlanFixtures.version(mvc, dispatch, id) + "\"");
    }

    private static String versionField(String html) {
        Matcher field = Pattern.compile("<input[^>]*id=\"plan-version\"[^>]*>").matcher(html);
        assertThat(field.find()).as("#plan-version").isTrue();
        return field.group();
    }

    private ResultActions importOnPage(long id, String version, byte[] file) throws Exception {
        var request = multipart("/projects/" + id + "/plan/import")
                .file(new MockMultipartFile("file", "plan.xml", "application/xml", file))
                .session(dispatch)
                .with(csrf());
        if (version != null) {
            request.param("version", version);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private long templated() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        PlanFixtures.edit(mvc, dispatch, id, "/template", "template", "industrial");
        return id;
    }

    private long count(String table, long projectId) {
        return jdbc.sql("select count(*) from " + table + " where project_id = :id")
                .param("id", projectId)
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

    private byte[] export(long id) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan/export?format=mspdi")
                        .session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
