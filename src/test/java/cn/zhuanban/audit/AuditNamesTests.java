package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The auditor reads a project's record with the names of the project, its enterprise, task force and lead official
 * beside their ids, on the page and in the export; the stored summary keeps the ids alone.
 */
@IntegrationTest
class AuditNamesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Test
    void aProjectsRecordNamesTheProjectAndWhatItsSummaryHoldsOnThePageAndInTheExport() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long enterprise = fx.enterprise();
        long taskForce = fx.taskForce(null, Set.of(), Set.of());
        long project = fx.project(enterprise, taskForce);
        String id = Long.toString(project);
        AuditTrail.awaitRecord(jdbc, "project.registered", id, null);
        String projectName = projects.summary(project).orElseThrow().name();
        String enterpriseName = enterprises.namesOf(List.of(enterprise)).get(enterprise);
        String taskForceName = taskForces.namesOf(List.of(taskForce)).get(taskForce);
        String lead = directory.findByUsername("lead").orElseThrow().fullName();
        long leadId = fx.userId("lead");
        MockHttpSession auditor = WebTestSupport.login(mvc, "auditor");

        String page = mvc.perform(get("/audit")
                        .session(auditor)
                        .param("entityType", "project")
                        .param("entityId", id)
                        .param("action", "project.registered"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(">" + id + "（" + projectName + "）</span>")
                .contains("企业=" + enterprise + "（" + enterpriseName + "）")
                .contains("分包领导=" + leadId + "（" + lead + "）")
                .contains("专班=" + taskForce + "（" + taskForceName + "）")
                .as("the stored text on hover keeps the ids alone")
                .contains("enterpriseId=" + enterprise + ", ");

        byte[] xlsx = mvc.perform(get("/audit/export")
                        .session(auditor)
                        .param("entityType", "project")
                        .param("entityId", id)
                        .param("action", "project.registered"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(id);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(projectName);
            assertThat(row.getCell(8).getStringCellValue())
                    .contains("专班=" + taskForce + "（" + taskForceName + "）")
                    .contains("企业=" + enterprise + "（" + enterpriseName + "）");
        }
    }
}
