package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
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
        // A department handler neither sees the registry nor takes it away as a file (RegistryAccessTests).
        mvc.perform(get("/investment/referrers/export").session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePartnerListAndItsFileFindPartnersByNameOrContactWithWildcardsAsTyped() throws Exception {
        String base = TestCodes.unique("检索机构");
        registry.createPartner(new PartnerForm(base + "_基金", PartnerKind.FUND, null, null, null, 0));
        registry.createPartner(new PartnerForm(base + "甲基金", PartnerKind.FUND, null, null, null, 0));
        registry.createPartner(new PartnerForm(TestCodes.unique("别的机构"), PartnerKind.FUND, base + "经理", null, null, 0));

        assertThat(registry.partners(base, new PageQuery(0, 20)).content()).hasSize(3);
        assertThat(registry.partners(base + "_基", new PageQuery(0, 20)).content())
                .extracting(PartnerView::name)
                .containsExactly(base + "_基金");
        String query = "?q=" + base + "_基";
        assertThat(WebTestSupport.page(mvc, "dispatch", "/investment/partners" + query))
                .contains(base + "_基金")
                .doesNotContain(base + "甲基金");
        try (XSSFWorkbook book =
                download(WebTestSupport.login(mvc, "dispatch"), "/investment/partners/export" + query)) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            rowWith(book.getSheetAt(0), base + "_基金");
        }
    }

    @Test
    void theReferrerListAndItsFileFindReferrersByNameOrOrganisationButNotByPhone() throws Exception {
        String base = TestCodes.unique("检索引荐");
        LocalDate on = LocalDate.of(2026, 2, 2);
        registry.registerReferrer(new ReferrerForm(base + "%张", null, "13711112222", on, null, 0));
        registry.registerReferrer(new ReferrerForm(base + "甲张", null, null, on, null, 0));
        registry.registerReferrer(new ReferrerForm(TestCodes.unique("李"), base + "商会", null, on, null, 0));

        assertThat(registry.referrers(base, new PageQuery(0, 20)).content()).hasSize(3);
        assertThat(registry.referrers(base + "%张", new PageQuery(0, 20)).content())
                .extracting(ReferrerView::name)
                .containsExactly(base + "%张");
        assertThat(registry.referrers("13711112222", new PageQuery(0, 20)).content())
                .isEmpty();
        String query = "?q=" + base + "商会";
        try (XSSFWorkbook book =
                download(WebTestSupport.login(mvc, "dispatch"), "/investment/referrers/export" + query)) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(base + "商会");
        }
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
