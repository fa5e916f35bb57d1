package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import cn.zhuanban.shared.PageQuery;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner and referrer registries download as Excel under the lead export permission, with the
 * columns their lists show: a referrer's phone number stays out of the file.
 */
@IntegrationTest
class RegistryExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvestmentRegistry registry;

    @Test
    void thePartnerFileHoldsEveryPartnerWithItsContact() throws Exception {
        String name = TestCodes.unique("导出合作基金");
        registry.createPartner(new PartnerForm(name, PartnerKind.FUND, "刘经理", "13800001111", "内部备注", 0));
        long all = registry.partners(new PageQuery(0, 1)).totalElements();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/partners"))
                .contains("/investment/partners/export");
        try (XSSFWorkbook book = download(WebTestSupport.login(mvc, "dispatch"), "/investment/partners/export")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("电话");
            assertThat(sheet.getLastRowNum()).isEqualTo(all);
            Row row = rowWith(sheet, name);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("基金");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("刘经理");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("13800001111");
            assertThat(row.getCell(4).getNumericCellValue()).isZero();
            assertThat(row.getLastCellNum()).isEqualTo((short) 6);
        }
    }

    @Test
    void theReferrerFileHoldsTheListsColumnsButNoPhoneNumbers() throws Exception {
        String name = TestCodes.unique("导出引荐人");
        String phone = "13912345678";
        registry.registerReferrer(new ReferrerForm(name, "某商会", phone, LocalDate.of(2026, 2, 2), "备注", 0));
        long all = registry.referrers(new PageQuery(0, 1)).totalElements();

        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/referrers"))
                .contains("/investment/referrers/export");
        try (XSSFWorkbook book = download(WebTestSupport.login(mvc, "dispatch"), "/investment/referrers/export")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 4);
            assertThat(sheet.getLastRowNum()).isEqualTo(all);
            Row row = rowWith(sheet, name);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("某商会");
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertThat(c.toString()).doesNotContain(phone);
                }
            }
        }
        // A department handler sees the registry but may not take it away as a file.
        assertThat(WebTestSupport.page(mvc, "handler", "/investment/referrers"))
                .doesNotContain("/investment/referrers/export");
        mvc.perform(get("/investment/referrers/export").session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isForbidden());
    }

    private static Row rowWith(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(name + " not in the file");
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
