package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.enterpriseplan.EnterprisePlanManagement;
import cn.zhuanban.enterpriseplan.MeasureForm;
import cn.zhuanban.enterpriseplan.PlanForm;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An edit page is titled with the record's stored name, not with the form's: after a save refused because the user
 * cleared the name, the page said "修改企业 · " with nothing after it. Each edit page whose title named the form's
 * value: the enterprise, the project, the task force, the service item and the plan's measure.
 */
@IntegrationTest
class EditPagesTitledWithTheSavedNameTests {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern HEADING = Pattern.compile("<h2 class=\"page-title[^\"]*\">([^<]*)</h2>");

    @Autowired
    MockMvc mvc;

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
    ServiceChecklistManagement checklists;

    @Autowired
    EnterprisePlanManagement plans;

    @Autowired
    EnterprisePlanLists planLists;

    @Test
    void aRefusedSaveWithTheNameClearedKeepsTheStoredNameInTheTitle() throws Exception {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        CurrentUser dispatch = fx.user("dispatch");
        long enterprise = fx.enterprise();
        long taskForce = fx.taskForce(null, Set.of(), Set.of());
        long project = fx.project(enterprise, taskForce);
        long item = checklists.add(project, item(TestCodes.unique("标题事项")), dispatch);
        long plan = plans.create(enterprise, new PlanForm("现状", "诉求", "", "", null, 0), dispatch);
        String measureTitle = TestCodes.unique("标题措施");
        plans.addMeasure(
                plan, new MeasureForm(measureTitle, null, null, LocalDate.of(2026, 12, 15), "", "", ""), dispatch);
        long measure = planLists.plan(plan, null, dispatch).measures().stream()
                .filter(m -> m.title().equals(measureTitle))
                .findFirst()
                .orElseThrow()
                .id();
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");

        refusedKeepsTitle(
                session,
                "/enterprises/" + enterprise,
                "name",
                enterprises.find(enterprise, dispatch).name());
        refusedKeepsTitle(
                session,
                "/projects/" + project,
                "name",
                projectReads.find(project, dispatch).name());
        refusedKeepsTitle(
                session,
                "/task-forces/" + taskForce,
                "name",
                taskForces.find(taskForce, dispatch).name());
        refusedKeepsTitle(
                session,
                "/service-items/" + item,
                "name",
                checklists.find(item, dispatch).name());
        refusedKeepsTitle(session, "/enterprise-plans/" + plan + "/measures/" + measure, "title", measureTitle);
    }

    /** The edit page as opened and as answered to a post with the name cleared carry the same, stored, name. */
    private void refusedKeepsTitle(MockHttpSession session, String address, String nameField, String stored)
            throws Exception {
        String opened = mvc.perform(get(address + "/edit").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String refused = mvc.perform(post(address)
                        .session(session)
                        .with(csrf())
                        .param(nameField, "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first(TITLE, opened)).as(address).contains(stored);
        assertThat(first(TITLE, refused)).as(address).isEqualTo(first(TITLE, opened));
        assertThat(first(HEADING, refused)).as(address).isEqualTo(first(HEADING, opened));
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private static ServiceItemForm item(String name) {
        return new ServiceItemForm(
                ServiceItemKind.OTHER,
                name,
                null,
                null,
                null,
                null,
                5,
                LimitUnit.WORKING_DAYS,
                ServiceItemStatus.PENDING,
                null,
                null,
                null,
                0);
    }
}
