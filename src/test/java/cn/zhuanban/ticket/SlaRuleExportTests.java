package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SLA rules as XLSX: every rule with its category and severity in words (a severity's default rule as the default
 * of all categories), for who may export tickets; a lead official, who reads the limits but exports no tickets, has no
 * link and no file.
 */
@IntegrationTest
class SlaRuleExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SlaRuleManagement rules;

    @Test
    void theRulesFileHoldsEveryRuleWithItsCategoryAndSeverityInWords() throws Exception {
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/sla")).contains("id=\"sla-export\"");

        ExportedSheet sheet = ExportedSheet.download(mvc, "dispatch", "/tickets/sla/export");

        assertThat(sheet.header()).containsExactly("问题类别", "紧急程度", "签收（工作日）", "首次反馈（工作日）", "办结（工作日）");
        List<SlaRule> all = rules.all();
        assertThat(sheet.rows()).hasSize(all.size() + 1);
        SlaRule normal = all.stream()
                .filter(r -> r.category() == null && r.severity() == TicketSeverity.NORMAL)
                .findFirst()
                .orElseThrow();
        assertThat(sheet.rows())
                .contains(List.of(
                        "默认（所有类别）",
                        "一般",
                        Integer.toString(normal.signDays()),
                        Integer.toString(normal.feedbackDays()),
                        Integer.toString(normal.resolveDays())));
        assertThat(sheet.rows().stream().skip(1).flatMap(List::stream)).doesNotContain("NORMAL", "URGENT", "COMPLEX");
    }

    @Test
    void aLeadOfficialTakesTheFileOfTheLimitsHeReadsAndAnEnterpriseContactNeither() throws Exception {
        // every ledger can be exported by whoever reads it: lead officials export the ticket ledgers since V173
        assertThat(WebTestSupport.page(mvc, "lead", "/tickets/sla")).contains("sla-export");
        mvc.perform(get("/tickets/sla/export").session(WebTestSupport.login(mvc, "lead")))
                .andExpect(status().isOk());
        mvc.perform(get("/tickets/sla/export").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }
}
