package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The auditor pages through the log by seeking from the records shown, not by an offset: next and previous start
 * after the last and before the first record of the page, first and last go to either end, and every link keeps the
 * filters and the page size.
 */
@IntegrationTest
class AuditSeekPagingTests {

    private static final Pattern LINK = Pattern.compile("id=\"audit-(first|previous|next|last)\" href=\"([^\"]*)\"");

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td>(\\d+)</td>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    AuditRecordPages pages;

    MockHttpSession auditor;
    String departmentId;

    /** Five records of one department: created, three edits, deleted. */
    @BeforeEach
    void fiveRecordsOfOneDepartment() throws Exception {
        auditor = WebTestSupport.login(mvc, "auditor");
        String code = "AUDSK-" + UUID.randomUUID().toString().substring(0, 8);
        long id = departments.create(new DepartmentForm(null, "审计翻页测试部门", code, 997, 0));
        for (int i = 1; i <= 3; i++) {
            Thread.sleep(5); // times are kept to the millisecond: distinct ones give a known order
            departments.edit(
                    id,
                    new DepartmentForm(
                            null,
                            "审计翻页测试部门" + i,
                            code,
                            997,
                            departments.find(id).orElseThrow().version()));
        }
        Thread.sleep(5);
        departments.delete(id);
        departmentId = Long.toString(id);
        AuditTrail.awaitRecord(jdbc, "department.deleted", departmentId, null);
    }

    @Test
    void nextPreviousFirstAndLastSeekFromTheRecordsShownAndKeepFiltersAndSize() throws Exception {
        List<Long> all = jdbc.sql("select id from audit_record where entity_type = 'department' and entity_id = :id"
                        + " order by occurred_at desc, id desc")
                .param("id", departmentId)
                .query(Long.class)
                .list();
        assertThat(all).hasSize(5);

        String first = page("/audit?entityType=department&entityId=" + departmentId + "&size=2");
        assertThat(rows(first)).containsExactly(all.get(0), all.get(1));
        assertThat(first).contains("共 5 条").doesNotContain("id=\"audit-previous\" href");
        String next = link(first, "next");
        assertThat(next)
                .contains("entityType=department", "entityId=" + departmentId, "size=2", "after=" + all.get(1))
                .doesNotContain("page=");

        String second = page(next);
        assertThat(rows(second)).containsExactly(all.get(2), all.get(3));
        String third = page(link(second, "next"));
        assertThat(rows(third)).containsExactly(all.get(4));
        assertThat(third).doesNotContain("id=\"audit-next\" href", "id=\"audit-last\" href");

        String back = link(third, "previous");
        assertThat(back).contains("before=" + all.get(4)).doesNotContain("after=");
        assertThat(rows(page(back))).containsExactly(all.get(2), all.get(3));
        assertThat(rows(page(link(third, "first")))).containsExactly(all.get(0), all.get(1));
        // the last page holds the oldest records, as many as a page does
        String last = page(link(first, "last"));
        assertThat(rows(last)).containsExactly(all.get(3), all.get(4));
        assertThat(last).doesNotContain("id=\"audit-next\" href");
        assertThat(rows(page(link(last, "previous")))).containsExactly(all.get(1), all.get(2));
    }

    @Test
    void theTotalIsCountedOnlyUpToTheLimitAndShownAsMoreBeyondIt() throws Exception {
        String url = "/audit?entityType=department&entityId=" + departmentId + "&size=2";
        AuditRecordPages pages = AopTestUtils.getTargetObject(this.pages); // the field of the bean, not its proxy
        int limit = pages.countUpTo;
        try {
            pages.countUpTo = 5;
            String exactly = page(url);
            assertThat(exactly).contains("共 5 条").doesNotContain("5+");

            pages.countUpTo = 3;
            String more = page(url);
            assertThat(more).contains("共 3+ 条（超出部分不再计数").doesNotContain("共 5 条");
            assertThat(rows(more)).hasSize(2);
            String older = page(link(more, "next"));
            assertThat(older).contains("共 3+ 条");
            assertThat(rows(older)).hasSize(2);
            assertThat(rows(page(link(older, "next")))).hasSize(1);
        } finally {
            pages.countUpTo = limit;
        }
    }

    @Test
    void anHtmxPageCarriesItsPagerAndAnUnknownRecordStartsAtTheNewest() throws Exception {
        String htmx = mvc.perform(get("/audit?entityId=" + departmentId + "&size=2&after=" + Long.MAX_VALUE)
                        .session(auditor)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(htmx).doesNotContain("<html").contains("id=\"audit-pager\"");
        assertThat(rows(htmx)).hasSize(2);
        assertThat(link(htmx, "next")).contains("entityId=" + departmentId);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url.replace("&amp;", "&")).session(auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String link(String page, String which) {
        Matcher m = LINK.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(which)) {
                return "/audit" + m.group(2).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no " + which + " link");
    }

    private static List<Long> rows(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(page.substring(page.indexOf("<tbody")));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
