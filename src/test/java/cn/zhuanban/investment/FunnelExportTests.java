package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentViews.ChannelConversion;
import cn.zhuanban.investment.InvestmentViews.FunnelStep;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The funnel page's two tables download as Excel, like the cohort report, under the lead export permission. */
@IntegrationTest
class FunnelExportTests {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate TO = LocalDate.of(2035, 12, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentReports reports;

    @Test
    void theFileHoldsTheStagesAndChannelsOfThePeriodWithChineseHeadersAndNumbers() throws Exception {
        String query = "?from=" + FROM + "&to=" + TO;
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/funnel" + query))
                .contains("/investment/funnel/export?from=" + FROM + "&amp;to=" + TO);

        byte[] body = mvc.perform(
                        get("/investment/funnel/export" + query).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        CurrentUser all =
                new CurrentUser(0, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));
        List<FunnelStep> steps = reports.funnel(all, FROM, TO);
        List<ChannelConversion> channels = reports.byChannel(all, FROM, TO);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("阶段");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("到达数");
            for (int i = 0; i < steps.size(); i++) {
                assertThat(sheet.getRow(i + 1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) sheet.getRow(i + 1).getCell(1).getNumericCellValue())
                        .isEqualTo(steps.get(i).reached());
            }
            int channelHeader = steps.size() + 2;
            assertThat(sheet.getRow(channelHeader).getCell(0).getStringCellValue())
                    .isEqualTo("招商渠道");
            assertThat(sheet.getRow(channelHeader).getCell(1).getStringCellValue())
                    .isEqualTo("线索数");
            for (int i = 0; i < channels.size(); i++) {
                assertThat((long) sheet.getRow(channelHeader + 1 + i).getCell(1).getNumericCellValue())
                        .isEqualTo(channels.get(i).leads());
            }
        }
    }

    /** Every built-in role that reads the leads may export them (V189), so the refusal is shown with a reader of none. */
    @Test
    void aUserWithoutTheExportPermissionGetsNoFile() throws Exception {
        mvc.perform(get("/investment/funnel/export").session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isForbidden());
    }
}
