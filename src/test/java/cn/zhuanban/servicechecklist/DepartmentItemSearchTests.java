package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.ExportedSheet;
import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 本部门服务事项 is searched in the database by the item's or its project's name and filtered by status, and its Excel
 * export holds what the filtered list shows: a handler with dozens of items found one only by paging.
 */
@IntegrationTest
class DepartmentItemSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    CurrentUser dispatch;
    CurrentUser handler;
    long project;
    final String base = TestCodes.unique("检索事项");

    @BeforeEach
    void setUp() {
        ServiceFixtures fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        handler = fx.user("handler");
        project = fx.project(fx.enterprise(), null);
    }

    @Test
    void findsItemsByTheirNameOrTheirProjectsNameWithWildcardsAsTyped() {
        add(base + "_甲", ServiceItemStatus.IN_PROGRESS);
        add(base + "乙甲", ServiceItemStatus.IN_PROGRESS);
        add(base + "%丙", ServiceItemStatus.PENDING);
        String projectName = search(base + "乙", null, true).getFirst().projectName();

        assertThat(names(base, null, true)).hasSize(3);
        assertThat(names(base + "_甲", null, true)).containsExactly(base + "_甲");
        assertThat(names(base + "%丙", null, true)).containsExactly(base + "%丙");
        assertThat(search(projectName, null, true)).hasSize(3).allMatch(i -> i.projectId() == project);
    }

    @Test
    void filtersByStatusAndShowsFinishedItemsOnlyWhenAllAreAsked() {
        add(base + "办理中", ServiceItemStatus.IN_PROGRESS);
        add(base + "未启动", ServiceItemStatus.PENDING);
        add(base + "不适用", ServiceItemStatus.NOT_APPLICABLE);

        assertThat(names(base, ServiceItemStatus.PENDING, true)).containsExactly(base + "未启动");
        assertThat(names(base, ServiceItemStatus.NOT_APPLICABLE, true)).isEmpty();
        assertThat(names(base, ServiceItemStatus.NOT_APPLICABLE, false)).containsExactly(base + "不适用");
        assertThat(names(base, null, false)).hasSize(3);
    }

    @Test
    void thePageAndItsExportFollowTheFilter() throws Exception {
        add(base + "供电", ServiceItemStatus.IN_PROGRESS);
        add(base + "供水", ServiceItemStatus.PENDING);
        String query = "?q=" + base + "供电" + "&status=IN_PROGRESS";

        String page = WebTestSupport.page(mvc, "handler", "/service-items" + query);
        assertThat(page).contains(base + "供电").doesNotContain(base + "供水");
        String results = mvc.perform(get("/service-items" + query)
                        .session(WebTestSupport.login(mvc, "handler"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(results)
                .contains(base + "供电")
                .contains("hx-swap-oob=\"true\"")
                .contains("status=IN_PROGRESS");

        ExportedSheet sheet = ExportedSheet.download(mvc, "handler", "/service-items/export" + query);
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.anyCellIs(base + "供电")).isTrue();
        assertThat(sheet.anyCellIs(base + "供水")).isFalse();
    }

    private List<ServiceItemView> search(String q, ServiceItemStatus status, boolean openOnly) {
        return checklists
                .ofMyDepartment(handler, new DepartmentItemFilter(q, status, openOnly), new PageQuery(0, 50))
                .content();
    }

    private List<String> names(String q, ServiceItemStatus status, boolean openOnly) {
        return search(q, status, openOnly).stream().map(ServiceItemView::name).toList();
    }

    private void add(String name, ServiceItemStatus status) {
        checklists.add(
                project,
                new ServiceItemForm(
                        ServiceItemKind.APPROVAL,
                        name,
                        handler.departmentId(),
                        null,
                        null,
                        null,
                        20,
                        LimitUnit.WORKING_DAYS,
                        status,
                        null,
                        null,
                        null,
                        0),
                dispatch);
    }
}
