package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An enterprise contact sees and enters only their own enterprise's demands; another's is a 404. */
@IntegrationTest
class TalentDataScopeTests {

    static final CurrentUser STAFF =
            new CurrentUser(1, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL));

    @Autowired
    MockMvc mvc;

    @Autowired
    TalentManagement talent;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    UserDirectory directory;

    @Autowired
    TalentReports reports;

    @Autowired
    IndustryManagement industry;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projectManagement;

    /** Every section of the page, the 按产业链 one too (it was left out), each with every row in scope. */
    @Test
    void theFillRatesDownloadWithEverySectionOfThePage() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        assertThat(WebTestSupport.page(mvc, "dispatch", "/talent/fill-rates")).contains("/talent/fill-rates/export");
        long enterprises = reports.byEnterprise(STAFF, new PageQuery(0, 1)).totalElements();
        long projects = reports.byProject(STAFF, new PageQuery(0, 1)).totalElements();
        String chain = TestCodes.unique("满足率链");
        industry.createChain(new ChainForm(chain, null, null, 0, 0));
        long chains = industry.chains(new PageQuery(0, 1)).totalElements();
        try (var book = export(dispatch, "")) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + enterprises + projects + chains);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("合计");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("按企业");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("按产业链");
        }
    }

    /**
     * The page had no filter and cut 按项目 at 50 without a pager: a project name narrows that section, a chain every
     * section (a chain without members leaves none), and the projects page on in the database like any list.
     */
    @Test
    void theFillRatesFilterByProjectNameAndChainAndPageTheProjects() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projectManagement, directory);
        String prefix = TestCodes.unique("满足率项目");
        long enterprise = fx.enterprise();
        for (int i = 0; i < 21; i++) {
            long project = fx.project(prefix + "-" + i, enterprise, null, fx.userId("lead"));
            demand(enterprise, project, "岗位" + i);
        }
        String first = WebTestSupport.page(mvc, "dispatch", "/talent/fill-rates?q=" + prefix);
        assertThat(first).contains("id=\"fill-filter\"", "共 21 条，第 1/2 页", "projectPage=1");
        assertThat(Pattern.compile(prefix + "-\\d+").matcher(first).results().count())
                .isEqualTo(20);
        // the 合计 follows the filter over every page of rows (21 demands of 3), and says it is the filtered rows' total
        String card = first.substring(first.indexOf("id=\"fill-total\""), first.indexOf("id=\"fill-total-rate\""));
        assertThat(card).contains("当前筛选结果", "<strong>63</strong>", "<strong>0</strong>");
        String second = WebTestSupport.page(mvc, "dispatch", "/talent/fill-rates?q=" + prefix + "&projectPage=1");
        assertThat(second).contains("共 21 条，第 2/2 页");
        assertThat(Pattern.compile(prefix + "-\\d+").matcher(second).results().count())
                .isEqualTo(1);

        String name = TestCodes.unique("空链");
        long chain = industry.createChain(new ChainForm(name, null, null, 0, 0));
        String narrowed = WebTestSupport.page(mvc, "dispatch", "/talent/fill-rates?chainId=" + chain);
        assertThat(narrowed).contains("共 0 条，第 1/1 页", name).doesNotContain(prefix);
        try (var book = export(WebTestSupport.login(mvc, "dispatch"), "?q=" + prefix + "&chainId=" + chain)) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2); // the total and the chain's row
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("合计（当前筛选结果");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isZero(); // a chain without members
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(name);
        }
        try (var book = export(WebTestSupport.login(mvc, "dispatch"), "?q=" + prefix)) {
            long projectRows = 0;
            for (var row : book.getSheetAt(0)) {
                if (row.getCell(1) != null
                        && row.getCell(1).getStringCellValue().startsWith(prefix)) {
                    projectRows++;
                }
            }
            assertThat(projectRows).isEqualTo(21);
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(63); // the page's 合计
        }
    }

    private XSSFWorkbook export(MockHttpSession session, String query) throws Exception {
        byte[] body = mvc.perform(get("/talent/fill-rates/export" + query).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    @Test
    void anEnterpriseContactSeesOnlyTheirOwnEnterprisesDemands() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long foreign = enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("别家企业"), TestCodes.creditCode(), null, null, null, null, null, null, null))
                .id();
        String position = TestCodes.unique("岗位");
        long ownDemand = demand(own, position + "甲");
        long foreignDemand = demand(foreign, position + "乙");
        MockHttpSession session = WebTestSupport.login(mvc, "enterprise");

        mvc.perform(get("/talent/demands/" + ownDemand).session(session)).andExpect(status().isOk());
        mvc.perform(get("/talent/demands/" + foreignDemand).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/talent/demands/" + foreignDemand + "/edit").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/talent/demands").param("q", position).session(session))
                .andExpect(content().string(Matchers.containsString("/talent/demands/" + ownDemand + "\"")))
                .andExpect(content()
                        .string(Matchers.not(Matchers.containsString("/talent/demands/" + foreignDemand + "\""))));
    }

    /** Another enterprise named in the post is refused beside the field, not silently replaced by the contact's own. */
    @Test
    void aDemandAnEnterpriseContactEntersBelongsToTheirOwnEnterprise() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long foreign = enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("别家企业"), TestCodes.creditCode(), null, null, null, null, null, null, null))
                .id();
        String position = TestCodes.unique("冒名岗位");
        MockHttpSession contact = WebTestSupport.login(mvc, "enterprise");

        String refused = mvc.perform(demand(contact, foreign, position))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("所选项不存在或不可选（编号 " + foreign + "）");
        DemandFilter mine = new DemandFilter(position, null, null, null, null);
        assertThat(talent.demands(STAFF, mine, new PageQuery(0, 10)).content()).isEmpty();

        mvc.perform(demand(contact, own, position)).andExpect(status().is3xxRedirection());
        DemandView created =
                talent.demands(STAFF, mine, new PageQuery(0, 10)).content().getFirst();
        assertThat(created.enterpriseId()).isEqualTo(own);
    }

    private org.springframework.test.web.servlet.RequestBuilder demand(
            MockHttpSession session, long enterpriseId, String position) {
        return post("/talent/demands")
                .session(session)
                .with(csrf())
                .param("enterpriseId", Long.toString(enterpriseId))
                .param("position", position)
                .param("headcount", "2")
                .param("education", "BACHELOR")
                .param("discipline", "药学")
                .param("minYears", "1")
                .param("urgency", "NORMAL")
                .param("version", "0");
    }

    private long demand(long enterprise, String position) {
        return demand(enterprise, null, position);
    }

    private long demand(long enterprise, Long project, String position) {
        return talent.createDemand(
                STAFF,
                new DemandForm(
                        enterprise,
                        project,
                        position,
                        3,
                        Education.BACHELOR,
                        "药学",
                        1,
                        null,
                        null,
                        Urgency.NORMAL,
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(2),
                        null,
                        null,
                        0));
    }
}
