package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every download of a ledger or document leaves an audit record: who, which ledger, which filters, how many rows. */
@IntegrationTest
class ExportTrailTests {

    /** Downloads that write their own, more particular audit record. */
    private static final Set<String> AUDITED_ELSEWHERE = Set.of("/talent/candidates/export");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aLedgerDownloadIsRecordedWithItsFiltersAndRowsButNoSearchText() throws Exception {
        var session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/tickets/export").session(session).param("q", "王某").param("open", "true"))
                .andExpect(status().isOk());
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/tickets/export", null);
        List<String> summaries = jdbc.sql("""
                        select summary from audit_record
                        where action = 'ledger.exported' and entity_id = '/tickets/export' and actor = 'dispatch'""").query(String.class).list();
        assertThat(summaries)
                .anySatisfy(summary -> assertThat(summary)
                        .contains("open: true", "q: 2 characters", "rows: ")
                        .doesNotContain("王某"));
    }

    @Test
    void aMonthlyLedgerExportedWithoutAMonthIsRecordedWithTheMonthItCovers() throws Exception {
        var session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/investment-reports/export").session(session)).andExpect(status().isOk());
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/investment-reports/export", null);
        assertThat(jdbc.sql("""
                        select summary from audit_record
                        where action = 'ledger.exported' and entity_id = '/investment-reports/export'""").query(String.class).list())
                .anySatisfy(summary -> assertThat(summary).matches("month: [0-9]{4}-[0-9]{2}; rows: [0-9]+"));
        String page = mvc.perform(get("/audit")
                        .session(WebTestSupport.login(mvc, "auditor"))
                        .param("entityType", "ledger")
                        .param("entityId", "/investment-reports/export"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("title=\"/investment-reports/export\">投资月报台账</span>");
    }

    @Test
    void anExportClickedOnAPageAnswersWithTheReadyCookieItsScriptWaitsFor() throws Exception {
        var session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(get("/projects/export").session(session).param("_download", "k3x9q"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("zb-download", "k3x9q"))
                .andExpect(cookie().maxAge("zb-download", 60))
                .andExpect(cookie().httpOnly("zb-download", false));
        mvc.perform(get("/projects/export").session(session).param("_download", "<script>"))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("zb-download"));
        AuditTrail.awaitRecord(jdbc, "ledger.exported", "/projects/export", null);
        assertThat(jdbc.sql("""
                        select summary from audit_record
                        where action = 'ledger.exported' and entity_id = '/projects/export'""").query(String.class).list())
                .noneMatch(summary -> summary.contains("k3x9q") || summary.contains("_download"));
    }

    @Test
    void aPlanExportedAsProjectXmlAnswersWithTheReadyCookieToo() throws Exception {
        var session = WebTestSupport.login(mvc, "dispatch");
        long project = jdbc.sql("select min(project_id) from project_plan")
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/projects/" + project + "/plan/export")
                        .session(session)
                        .param("format", "mspdi")
                        .param("_download", "p1an"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("zb-download", "p1an"));
    }

    @Test
    void everyDownloadOfALedgerOrDocumentIsAudited() {
        List<String> unaudited = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            for (String path : info.getPatternValues()) {
                // By the path, or by the controller: the investment statistics sheet sat at a path without "export".
                boolean download = path.contains("export")
                        || path.endsWith(".docx")
                        || path.endsWith(".svg")
                        || path.endsWith("/file")
                        || path.endsWith("/template")
                        || method.getBeanType().getSimpleName().endsWith("ExportController");
                if (get
                        && download
                        && !method.hasMethodAnnotation(AuditedExport.class)
                        && !AUDITED_ELSEWHERE.contains(path)) {
                    unaudited.add(path);
                }
            }
        });
        assertThat(unaudited).isEmpty();
    }

    @Test
    void theSummaryKeepsFiltersAndOnlyTheLengthOfFreeText() {
        assertThat(ExportTrail.summary(
                        Map.of("q", new String[] {" 张三 "}, "peopleQ", new String[] {"李"}, "state", new String[] {"OPEN"
                        }),
                        12))
                .isEqualTo("peopleQ: 1 characters, q: 2 characters, state: OPEN; rows: 12");
        assertThat(ExportTrail.summary(Map.of("_csrf", new String[] {"x"}), null))
                .isEqualTo("filters: none");
    }

    @Test
    void emptyFiltersAndPagingAreLeftOut() {
        assertThat(ExportTrail.summary(
                        Map.of(
                                "chainId", new String[] {""},
                                "stage", new String[] {" "},
                                "level", new String[] {"PROVINCIAL"},
                                "size", new String[] {"2"},
                                "page", new String[] {"3"},
                                "sort", new String[] {"name"}),
                        4))
                .isEqualTo("level: PROVINCIAL; rows: 4");
        assertThat(ExportTrail.summary(Map.of("size", new String[] {"2"}), 4)).isEqualTo("filters: none; rows: 4");
    }
}
