package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API pages the audit log by the contract's page numbers or, from any page's {@code nextCursor}, by seeking from
 * where that page ended: the same records, newest first, none shifted by records appended meanwhile, with the
 * contract's exact {@code totalElements} either way (the auditor's page stops counting at a limit; the API does not).
 */
@IntegrationTest
class AuditApiCursorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    AuditRecordPages pages;

    MockHttpSession auditor;
    long department;
    String code;

    /** Five records of one department: created and four edits (its deletion is the sixth, appended meanwhile). */
    @BeforeEach
    void fiveRecordsOfOneDepartment() throws Exception {
        auditor = WebTestSupport.login(mvc, "auditor");
        code = "AUDAPI-" + UUID.randomUUID().toString().substring(0, 8);
        department = departments.create(new DepartmentForm(null, "审计接口翻页测试部门", code, 996, 0));
        for (int i = 1; i <= 4; i++) {
            edit(i);
        }
        awaitRecords(5);
    }

    @AfterEach
    void deleteTheDepartment() {
        if (departments.find(department).isPresent()) {
            departments.delete(department);
        }
    }

    @Test
    void theCursorOfEachPageLeadsToTheNextUntilTheLastWhichHasNone() throws Exception {
        List<Long> all = newestFirst();
        assertThat(all).hasSize(5);

        String first = json(records().param("size", "2"));
        assertThat(ids(first)).containsExactly(all.get(0), all.get(1));
        assertThat(JsonPath.<Integer>read(first, "$.page")).isZero();
        String second = json(records().param("size", "2").param("cursor", next(first)));
        assertThat(ids(second)).containsExactly(all.get(2), all.get(3));
        assertThat(JsonPath.<Integer>read(second, "$.page")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(second, "$.size")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(second, "$.totalElements")).isEqualTo(5);
        String third = json(records().param("size", "2").param("cursor", next(second)));

        assertThat(ids(third)).containsExactly(all.get(4));
        assertThat(JsonPath.<Integer>read(third, "$.page")).isEqualTo(2);
        assertThat(JsonPath.<Object>read(third, "$.nextCursor")).isNull();
        assertThat(JsonPath.<Object>read(json(records().param("size", "2").param("page", "2")), "$.nextCursor"))
                .as("the last page by number has none either")
                .isNull();
        assertThat(ids(json(records().param("size", "2").param("page", "1").param("cursor", next(second)))))
                .as("a cursor stands for the page number")
                .containsExactly(all.get(4));
    }

    @Test
    void aRecordAppendedMeanwhileShiftsTheNumberedPagesButNotTheCursors() throws Exception {
        List<Long> before = newestFirst();
        String first = json(records().param("size", "2"));

        Thread.sleep(5);
        departments.delete(department);
        awaitRecords(6);

        String byCursor = json(records().param("size", "2").param("cursor", next(first)));
        assertThat(ids(byCursor)).containsExactly(before.get(2), before.get(3));
        assertThat(JsonPath.<Integer>read(byCursor, "$.totalElements"))
                .as("the exact count, the new record too")
                .isEqualTo(6);
        assertThat(ids(json(records().param("size", "2").param("page", "1"))))
                .as("by number, the second page now starts one record earlier")
                .containsExactly(before.get(1), before.get(2));
    }

    @Test
    void theTotalIsExactBeyondTheLimitTheAuditorsPageCountsTo() throws Exception {
        AuditRecordPages target = AopTestUtils.getTargetObject(pages);
        int limit = target.countUpTo;
        try {
            target.countUpTo = 3;
            String first = json(records().param("size", "2"));
            String second = json(records().param("size", "2").param("cursor", next(first)));

            assertThat(JsonPath.<Integer>read(first, "$.totalElements")).isEqualTo(5);
            assertThat(JsonPath.<Integer>read(second, "$.totalElements")).isEqualTo(5);
        } finally {
            target.countUpTo = limit;
        }
    }

    @Test
    void aCursorThisApiDidNotGiveIsA400NamingIt() throws Exception {
        String unknownRecord = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("1." + Long.MAX_VALUE + ".1").getBytes(StandardCharsets.US_ASCII));
        for (String cursor : List.of("not a cursor!", "Mi41LjE" /* another version: 2.5.1 */, unknownRecord)) {
            mvc.perform(records().param("cursor", cursor))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("validation"))
                    .andExpect(jsonPath("$.field").value("cursor"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("游标")));
        }
    }

    private void edit(int i) throws InterruptedException {
        Thread.sleep(5); // times are kept to the millisecond: distinct ones give a known order
        departments.edit(
                department,
                new DepartmentForm(
                        null,
                        "审计接口翻页测试部门" + i,
                        code,
                        996,
                        departments.find(department).orElseThrow().version()));
    }

    private void awaitRecords(int count) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> newestFirst().size() == count);
    }

    private List<Long> newestFirst() {
        return jdbc.sql("select id from audit_record where entity_type = 'department' and entity_id = :id"
                        + " order by occurred_at desc, id desc")
                .param("id", Long.toString(department))
                .query(Long.class)
                .list();
    }

    private MockHttpServletRequestBuilder records() {
        return get("/api/v1/audit/records")
                .session(auditor)
                .param("entityType", "department")
                .param("entityId", Long.toString(department));
    }

    private String json(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String next(String json) {
        String cursor = JsonPath.read(json, "$.nextCursor");
        assertThat(cursor).as("a next page").isNotBlank();
        return cursor;
    }

    private static List<Long> ids(String json) {
        return JsonPath.<List<Number>>read(json, "$.content[*].id").stream()
                .map(Number::longValue)
                .toList();
    }
}
