package cn.zhuanban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.AuditTrail;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.EnterprisePlanManagement;
import cn.zhuanban.enterpriseplan.PlanForm;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.SeriesForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * beside their ids, on the page and in the export; the stored summary keeps the ids alone. A meeting reads as its task
 * force's meeting of a day and its agenda items by their titles, a service item by its project and name.
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
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    EnterprisePlanManagement enterprisePlans;

    @Test
    void anEnterprisePlansRecordNamesTheEnterprise() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long enterprise = fx.enterprise();
        long plan = enterprisePlans.create(
                enterprise, new PlanForm("企业现状", "诉求", "适用政策", "预期成效", null, 0), fx.user("dispatch"));
        String id = Long.toString(plan);
        AuditTrail.awaitRecord(jdbc, "enterprise-plan.created", id, null);
        String enterpriseName = enterprises.namesOf(List.of(enterprise)).get(enterprise);

        String page = mvc.perform(get("/audit")
                        .session(WebTestSupport.login(mvc, "auditor"))
                        .param("entityType", "enterprise-plan")
                        .param("entityId", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(">" + id + "（" + enterpriseName + "）</span>");
    }

    @Test
    void aProjectsRecordNamesTheProjectAndWhatItsSummaryHoldsOnThePageAndInTheExport() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        long enterprise = fx.enterprise();
        long taskForce = fx.taskForce(null, Set.of(), Set.of());
        long project = fx.project(enterprise, taskForce);
        String id = Long.toString(project);
        AuditTrail.awaitRecord(jdbc, "project.registered", id, null);
        String projectName = projectReads.summary(project).orElseThrow().name();
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

    @Test
    void aMeetingsRecordsNameTheMeetingAndTheAgendaItemMovedMinutedOrRemoved() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long taskForce = fx.taskForce(null, Set.of(), Set.of());
        fx.project(fx.enterprise(), taskForce);
        String taskForceName = taskForces.namesOf(List.of(taskForce)).get(taskForce);
        long series = meetings.createSeries(
                new SeriesForm(taskForce, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), "审计测试会议室"), dispatch);
        LocalDate heldOn = LocalDate.of(2026, 12, 9);
        long meeting = meetings.plan(series, heldOn, dispatch);
        meetings.addItem(meeting, "审计测试 协调供电", version(meeting, dispatch), dispatch);
        meetings.addItem(meeting, "审计测试 临时议题", version(meeting, dispatch), dispatch);
        List<AgendaItemView> items = meetings.find(meeting, dispatch).items();
        long power = items.get(items.size() - 2).id();
        long other = items.getLast().id();
        meetings.moveItem(meeting, power, false, version(meeting, dispatch), dispatch);
        meetings.recordMinutes(meeting, power, "供电公司承诺本周内完成临时用电接入", version(meeting, dispatch), dispatch);
        meetings.removeItem(meeting, other, version(meeting, dispatch), dispatch);
        String id = Long.toString(meeting);
        AuditTrail.awaitRecord(jdbc, "meeting.item-removed", id, null);
        AuditTrail.awaitRecord(jdbc, "meeting.minutes-recorded", id, null);
        AuditTrail.awaitRecord(jdbc, "meeting.item-moved", id, null);

        String page = auditPage("meeting", id);

        assertThat(page)
                .contains(">" + id + "（" + taskForceName + " · " + heldOn + "）</span>")
                .contains("议题 " + power + "（审计测试 协调供电） 下移")
                .contains("议题 " + power + "（审计测试 协调供电），纪要：供电公司承诺本周内完成临时用电接入")
                .as("a removed item cannot be looked up: its record keeps the title")
                .contains("议题 " + other + "，标题：审计测试 临时议题");
    }

    @Test
    void aServiceItemsRecordNamesItsProjectAndItemAndAChangedNoteAlone() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long project = fx.project(fx.enterprise(), fx.taskForce(null, Set.of(), Set.of()));
        String projectName = projectReads.summary(project).orElseThrow().name();
        long item = checklists.add(project, itemForm(null, 0), dispatch);
        checklists.edit(item, itemForm("材料已寄出", checklists.find(item, dispatch).version()), dispatch);
        String id = Long.toString(item);
        AuditTrail.awaitRecord(jdbc, "service-item.updated", id, "note: — → 材料已寄出");

        assertThat(auditPage("service-item", id))
                .contains(">" + id + "（" + projectName + " · 审计测试施工许可）</span>")
                .contains("备注：— → 材料已寄出");
    }

    private int version(long meeting, CurrentUser user) {
        return meetings.find(meeting, user).version();
    }

    private static ServiceItemForm itemForm(String note, int version) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                "审计测试施工许可",
                null,
                null,
                null,
                null,
                20,
                LimitUnit.WORKING_DAYS,
                ServiceItemStatus.PENDING,
                null,
                null,
                note,
                version);
    }

    private String auditPage(String entityType, String id) throws Exception {
        return mvc.perform(get("/audit")
                        .session(WebTestSupport.login(mvc, "auditor"))
                        .param("entityType", entityType)
                        .param("entityId", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
