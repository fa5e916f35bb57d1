package cn.zhuanban.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.calendar.CalendarManagement;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger's export says what the list and the ticket page say of the deadlines: whether the office chose the
 * resolve date on assigning, and which deadline is to be met next, named as the list's badge names it.
 */
@IntegrationTest
class TicketExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketFlows flows;

    @Autowired
    TicketTestData data;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportFlagsAChosenResolveDateAndNamesTheNextDeadline() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate chosenDate = calendar.administrative().addWorkingDays(today, 5);
        long chosen = flows.reported(data.project("GD"));
        flows.management()
                .act(
                        chosen,
                        TicketMove.ASSIGN,
                        MoveCommand.assignTo(data.department("GD")).resolvingBy(chosenDate),
                        flows.user("dispatch"));
        long answered = flows.signedByPower();
        flows.noteByPower(answered);

        Map<String, Map<String, String>> rows =
                export("/tickets/export?q=" + flows.view(chosen).title());

        Map<String, String> chosenRow = rows.get(Long.toString(chosen));
        assertThat(chosenRow.get("办结时限人工指定")).isEqualTo("是");
        assertThat(chosenRow.get("当前时限")).startsWith("签收：");
        assertThat(chosenRow.get("当前时限日期"))
                .isEqualTo(flows.view(chosen).signBy().toString());
        Map<String, String> answeredRow = rows.get(Long.toString(answered));
        assertThat(answeredRow.get("办结时限人工指定")).isEqualTo("否");
        assertThat(answeredRow.get("当前时限")).startsWith("办结：");
        assertThat(answeredRow.get("当前时限日期"))
                .isEqualTo(flows.view(answered).resolveBy().toString());
    }

    @Test
    void theExportSaysByHowManyWorkingDaysAResolutionCameLateAsThePageDoes() throws Exception {
        String marker = "逾期导出" + System.nanoTime();
        long late = flows.signedByPower();
        flows.resolveByPower(late);
        long onTime = flows.signedByPower();
        flows.resolveByPower(onTime);
        long open = flows.signedByPower();
        // due Friday 2026-11-27, resolved Tuesday 12-01: two working days late (fixed past dates)
        jdbc.sql("update ticket set resolve_by = :due, resolved_on = :on where id = :id")
                .param("due", LocalDate.of(2026, 11, 27))
                .param("on", LocalDate.of(2026, 12, 1))
                .param("id", late)
                .update();
        jdbc.sql("update ticket set title = :title where id in (:ids)")
                .param("title", marker)
                .param("ids", List.of(late, onTime, open))
                .update();

        Map<String, Map<String, String>> rows = export("/tickets/export?q=" + marker);

        assertThat(flows.view(late).deadlineWatches())
                .filteredOn(w -> w.deadline() == TicketDeadline.RESOLVE)
                .singleElement()
                .satisfies(w -> assertThat(w.workingDaysLate()).isEqualTo(2));
        assertThat(rows.get(Long.toString(late)).get("逾期完成（工作日）")).isEqualTo("2");
        assertThat(rows.get(Long.toString(onTime)).get("逾期完成（工作日）")).isEmpty();
        assertThat(rows.get(Long.toString(open)).get("逾期完成（工作日）")).isEmpty();
    }

    /** The sheet's rows by ticket id, each as its cells by column header. */
    private Map<String, Map<String, String>> export(String path) throws Exception {
        byte[] xlsx = mvc.perform(get(path).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DataFormatter cells = new DataFormatter();
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> headers = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(c -> headers.add(cells.formatCellValue(c)));
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Map<String, String> byHeader = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    byHeader.put(headers.get(i), cells.formatCellValue(row.getCell(i)));
                }
                rows.put(byHeader.get(headers.getFirst()), byHeader);
            }
        }
        return rows;
    }
}
