package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.PartnerKind;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.Urgency;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketSeverity;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The auditor reads the records of a chain node, a partner, a lead, a talent demand and a ticket with their names
 * beside their ids, on the page and in the export's object-name column (a ticket's title cut short), and a lead's
 * edit with the names of the partner, referrer and node it was given.
 */
@IntegrationTest
class AuditAttractionNamesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndustryManagement industry;

    @Autowired
    InvestmentRegistry registry;

    @Autowired
    InvestmentManagement investment;

    @Autowired
    TalentManagement talent;

    @Autowired
    TicketManagement tickets;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Test
    void aNodeAPartnerADemandAndATicketAreNamedOnThePageAndInTheExport() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        String chainName = TestCodes.unique("审计链");
        long chain = industry.createChain(new ChainForm(chainName, null, null, 0, 0));
        String nodeName = TestCodes.unique("正极材料");
        long node = industry.addNode(
                chain, new NodeForm(ChainSegment.UPSTREAM, null, nodeName, "C3670", NodeStatus.WEAK, null, null, 0, 0));
        String partnerName = TestCodes.unique("豫资基金");
        long partner = registry.createPartner(new PartnerForm(partnerName, PartnerKind.FUND, null, null, null, 0));
        String position = TestCodes.unique("电池工艺工程师");
        long demand = talent.createDemand(dispatch, demand(fx.enterprise(), position));
        String title = TestCodes.unique("专线送电滞后，") + "影响设备调试和试生产，需协调供电公司加快外线工程施工进度";
        long ticket = tickets.report(
                new ReportCommand(
                        fx.project(fx.enterprise(), null), TicketCategory.POWER, title, "说明", TicketSeverity.NORMAL),
                List.of(),
                dispatch);

        assertNamed("industry.node.created", "chain-node", node, chainName + " / " + nodeName);
        assertNamed("investment.partner.created", "investment-partner", partner, partnerName);
        assertNamed("talent.demand.created", "talent-demand", demand, position);
        assertNamed("ticket.reported", "ticket", ticket, title.substring(0, 39) + "…");
    }

    @Test
    void aLeadsEditNamesItsPartnerReferrerAndNode() throws Exception {
        long me = directory.findByUsername("dispatch").orElseThrow().id();
        CurrentUser dispatch = new ServiceFixtures(enterprises, taskForces, projects, directory).user("dispatch");
        String chainName = TestCodes.unique("审计链");
        long chain = industry.createChain(new ChainForm(chainName, null, null, 0, 0));
        String nodeName = TestCodes.unique("电芯");
        long node = industry.addNode(
                chain,
                new NodeForm(ChainSegment.MIDSTREAM, null, nodeName, "C3841", NodeStatus.MISSING, null, null, 0, 0));
        String partnerName = TestCodes.unique("招商代理");
        long partner = registry.createPartner(new PartnerForm(partnerName, PartnerKind.AGENCY, null, null, null, 0));
        String referrerName = TestCodes.unique("引荐人");
        long referrer = registry.registerReferrer(
                new ReferrerForm(referrerName, null, null, LocalDate.of(2026, 5, 6), null, 0));
        String company = TestCodes.unique("审计目标企业");
        long lead = investment.createLead(dispatch, lead(company, me, null, null, null, 0));
        int version = jdbc.sql("select version from investment_lead where id = :id")
                .param("id", lead)
                .query(Integer.class)
                .single();
        investment.editLead(dispatch, lead, lead(company, me, partner, referrer, node, version));

        assertNamed("investment.lead.updated", "investment-lead", lead, company);
        String page = page("investment.lead.updated", "investment-lead", lead);
        assertThat(page)
                .contains("合作机构：— → " + partner + "（" + partnerName + "）")
                .contains("引荐人：— → " + referrer + "（" + referrerName + "）")
                .contains("产业链节点：— → " + node + "（" + chainName + " / " + nodeName + "）");
    }

    /** The record's entity reads its name on the page and in the export's object-name column. */
    private void assertNamed(String action, String type, long id, String name) throws Exception {
        AuditTrail.awaitRecord(jdbc, action, Long.toString(id), null);
        assertThat(page(action, type, id)).contains(">" + id + "（" + name + "）</span>");
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");
        byte[] xlsx = mvc.perform(get("/audit/export")
                        .session(auditor)
                        .param("entityType", type)
                        .param("entityId", Long.toString(id))
                        .param("action", action))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(Long.toString(id));
            assertThat(row.getCell(7).getStringCellValue()).as(type).isEqualTo(name);
        }
    }

    private String page(String action, String type, long id) throws Exception {
        AuditTrail.awaitRecord(jdbc, action, Long.toString(id), null);
        return mvc.perform(get("/audit")
                        .session(WebTestSupport.login(mvc, "auditor"))
                        .param("entityType", type)
                        .param("entityId", Long.toString(id))
                        .param("action", action))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static DemandForm demand(long enterprise, String position) {
        return new DemandForm(
                enterprise,
                null,
                position,
                2,
                Education.BACHELOR,
                "电化学",
                1,
                null,
                null,
                Urgency.NORMAL,
                null,
                null,
                null,
                0);
    }

    private static LeadForm lead(String company, long owner, Long partner, Long referrer, Long node, int version) {
        return new LeadForm(
                company,
                LeadChannel.CHAIN,
                partner,
                referrer,
                node,
                null,
                null,
                null,
                owner,
                null,
                null,
                null,
                LocalDate.of(2026, 5, 6),
                version);
    }
}
