package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The talent service ledger and the recruitment events download as Excel with the lists' filters and columns. */
@IntegrationTest
class RecruitmentExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RecruitmentManagement recruitment;

    @Autowired
    UserDirectory directory;

    @Test
    void theServiceLedgerHoldsWhatTheListFindsWithItsFilters() throws Exception {
        CurrentUser dispatch = new ServiceFixtures(null, null, null, directory).user("dispatch");
        String overdue = TestCodes.unique("导出超期服务");
        String done = TestCodes.unique("导出已办结服务");
        recruitment.openService(dispatch, service(overdue, dispatch.id()));
        recruitment.serviceDone(dispatch, recruitment.openService(dispatch, service(done, dispatch.id())));
        long overdueCount = recruitment
                .services(new ServiceFilter(null, true, null, null, null), new PageQuery(0, 1))
                .totalElements();
        long all = recruitment
                .services(new ServiceFilter(null, null, null, null, null), new PageQuery(0, 1))
                .totalElements();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/services?overdue=true"))
                .contains("/talent/services/export?overdue=true");
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        try (XSSFWorkbook book = download(session, "/talent/services/export?overdue=true")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("办理内容");
            assertThat(sheet.getLastRowNum()).isEqualTo(overdueCount);
            Row row = rowWith(sheet, 1, overdue);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(dispatch.fullName());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("已超期");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("办理中");
            assertThat(column(sheet, 1)).doesNotContain(done);
        }
        try (XSSFWorkbook book = download(session, "/talent/services/export")) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(all);
            assertThat(rowWith(book.getSheetAt(0), 1, done).getCell(5).getStringCellValue())
                    .endsWith("办结");
        }
    }

    @Test
    void theEventFileHoldsEveryEventWithTheListsColumns() throws Exception {
        CurrentUser dispatch = new ServiceFixtures(null, null, null, directory).user("dispatch");
        String name = TestCodes.unique("导出招聘会");
        recruitment.createEvent(
                dispatch,
                new EventForm(name, EventKind.JOB_FAIR, LocalDate.of(2026, 3, 14), "人才市场", 120, 9, null, List.of(), 0));
        long all = recruitment.events(null, new PageQuery(0, 1)).totalElements();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/events")).contains("/talent/events/export");
        try (XSSFWorkbook book = download(WebTestSupport.login(mvc, "dispatch"), "/talent/events/export")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("活动名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(all);
            Row row = rowWith(sheet, 0, name);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("招聘会");
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("人才市场");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(120);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(9);
        }
    }

    @Test
    void theEventListAndItsFileFindEventsByNameOrPlaceWithWildcardsAsTyped() throws Exception {
        CurrentUser dispatch = new ServiceFixtures(null, null, null, directory).user("dispatch");
        String base = TestCodes.unique("检索招聘会");
        event(dispatch, base + "_春季", "人才市场");
        event(dispatch, base + "甲春季", "体育馆");
        event(dispatch, TestCodes.unique("别的活动"), base + "会展中心");

        assertThat(eventNames(base)).hasSize(3);
        assertThat(eventNames(base + "_春")).containsExactly(base + "_春季");
        assertThat(eventNames(base + "会展")).hasSize(1);
        String page = WebTestSupport.page(mvc, "dispatch", "/talent/events?q=" + base + "_春");
        assertThat(page).contains(base + "_春季").doesNotContain(base + "甲春季");
        try (XSSFWorkbook book =
                download(WebTestSupport.login(mvc, "dispatch"), "/talent/events/export?q=" + base + "_春")) {
            assertThat(column(book.getSheetAt(0), 0)).contains(base + "_春季").doesNotContain(base + "甲春季");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    /** The ledger searches the description, a typed % as itself, and its download holds what the search found. */
    @Test
    void theServiceLedgerSearchesItsDescriptionsAndTheDownloadFollows() throws Exception {
        CurrentUser dispatch = new ServiceFixtures(null, null, null, directory).user("dispatch");
        String base = TestCodes.unique("检索服务");
        recruitment.openService(dispatch, service(base + "%甲", dispatch.id()));
        recruitment.openService(dispatch, service(base + "乙甲", dispatch.id()));

        assertThat(recruitment
                        .services(new ServiceFilter(null, null, null, null, base + "%甲"), new PageQuery(0, 20))
                        .content())
                .extracting(TalentViews.ServiceView::description)
                .containsExactly(base + "%甲");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/services?q=" + base))
                .contains("id=\"services-search\"", base + "%甲", base + "乙甲");
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        try (XSSFWorkbook book = download(session, "/talent/services/export?q=" + base)) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
    }

    private List<String> eventNames(String q) {
        return recruitment.events(q, new PageQuery(0, 20)).content().stream()
                .map(TalentViews.EventView::name)
                .toList();
    }

    private void event(CurrentUser user, String name, String place) {
        recruitment.createEvent(
                user,
                new EventForm(name, EventKind.JOB_FAIR, LocalDate.of(2026, 4, 11), place, 50, 2, null, List.of(), 0));
    }

    private static ServiceForm service(String description, long ownerId) {
        return new ServiceForm(ServiceKind.HOUSING, null, null, ownerId, LocalDate.of(2025, 1, 6), description, 0);
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && text.equals(cell(row, column))) {
                return row;
            }
        }
        throw new AssertionError(text + " not in the file");
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        sheet.forEach(row -> values.add(cell(row, column)));
        return values;
    }

    private static String cell(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private XSSFWorkbook download(MockHttpSession session, String url) throws Exception {
        byte[] body = mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }
}
