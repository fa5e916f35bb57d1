package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.shared.ClockConfiguration;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A ticket prints as the assignment sheet a department signs for, with its deadlines and steps; once red it is a
 * supervision notice. Moments print on the district's clock, whatever zone the server runs in.
 */
@IntegrationTest
class TicketPrintTests {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final DateTimeFormatter OFFICIAL_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketTestData data;

    @Autowired
    LeaderInstructions instructions;

    @Test
    void anAssignedTicketPrintsAsAnAssignmentSheetWithItsDeadlinesAndStepsInDistrictTime() throws Exception {
        long id = flows.signedByPower();
        TicketView ticket = flows.view(id);
        Instant signed = jdbc.sql("select max(at) from ticket_step where ticket_id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .single()
                .toInstant();

        String sheet = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id + "/print");

        assertThat(sheet)
                .contains("重点项目问题交办单", "编号：第 " + id + " 号", "施工用电接入", "需要临时用电")
                .contains(
                        ticket.departmentName(),
                        ticket.resolveBy().format(OFFICIAL_DATE),
                        ticket.signBy().format(OFFICIAL_DATE))
                .doesNotContain("日期：" + ticket.assignedOn())
                .contains("日期：" + ticket.assignedOn().format(OFFICIAL_DATE))
                .contains("签收人", "签收日期", "办理过程", "签收")
                .contains(signed.atZone(ClockConfiguration.DISTRICT_ZONE).format(MINUTES))
                .doesNotContain("督办单");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).contains("/tickets/" + id + "/print");
        assertThat(sheet)
                .as("signed in the system: the sheet says by whom and on which day")
                .containsPattern("id=\"ticket-sheet-signed-by\">[^<]+</td>")
                .contains("id=\"ticket-sheet-signed-on\">"
                        + signed.atZone(ClockConfiguration.DISTRICT_ZONE).format(OFFICIAL_DATE) + "</td>");
    }

    @Test
    void aSheetNotYetSignedLeavesTheSignOffLinesBlank() throws Exception {
        long id = flows.assignedToPower();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id + "/print"))
                .contains("id=\"ticket-sheet-signed-by\"></td>", "id=\"ticket-sheet-signed-on\"></td>");
    }

    @Test
    void aRedTicketPrintsAsASupervisionNotice() throws Exception {
        long id = flows.assignedToPower();
        jdbc.sql("update ticket set card = 'RED' where id = :id")
                .param("id", id)
                .update();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id + "/print"))
                .contains("重点项目问题督办单", "红牌督办");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).contains("打印督办单");
    }

    @Test
    void anInstructionsSupervisionNoticeNamesWhoInstructedAndWhatAndAReportsNoOne() throws Exception {
        long id = instructions.open(
                new InstructionCommand(
                        data.project("GD"),
                        TicketCategory.POWER,
                        "施工用电迟迟未接入",
                        "请供电公司三日内拿出接电方案",
                        data.department("GD"),
                        null,
                        null,
                        null),
                flows.user("leader"));
        jdbc.sql("update ticket set card = 'RED' where id = :id")
                .param("id", id)
                .update();

        String sheet = WebTestSupport.page(mvc, "dispatch", "/tickets/" + id + "/print");

        assertThat(sheet)
                .contains("重点项目问题督办单")
                .contains("<th>批示人</th><td class=\"ticket-sheet-instructed-by\">"
                        + flows.user("leader").fullName() + "</td>")
                .contains("<th>批示时间</th>")
                .containsPattern("<th>批示内容</th>\\s*<td[^>]*ticket-sheet-instruction-content[^>]*>请供电公司三日内拿出接电方案</td>");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + flows.assignedToPower() + "/print"))
                .doesNotContain("批示人", "批示内容");
    }

    @Test
    void thePrintButtonHasNoInlineHandlerTheSecurityPolicyWouldRefuse() throws Exception {
        String sheet = WebTestSupport.page(mvc, "dispatch", "/tickets/" + flows.assignedToPower() + "/print");

        assertThat(sheet).doesNotContain("onclick").contains("id=\"ticket-sheet-print\"", "/js/ticket-print.js");
    }

    @Test
    void aTicketNotYetAssignedOffersNoSheet() throws Exception {
        long id = flows.reported(data.project("GD"));

        assertThat(WebTestSupport.page(mvc, "dispatch", "/tickets/" + id)).doesNotContain("id=\"ticket-print\"");
    }

    @Test
    void aTicketOutsideTheScopePrintsNothing() throws Exception {
        long id = flows.assignedToPower();

        mvc.perform(get("/tickets/" + id + "/print").session(WebTestSupport.login(mvc, "enterprise2")))
                .andExpect(status().isNotFound());
    }
}
