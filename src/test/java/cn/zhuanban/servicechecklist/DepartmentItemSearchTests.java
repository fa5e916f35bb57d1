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
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentManagement.DepartmentForm;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.Grant;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import java.util.List;
import java.util.Set;
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
    ItemLedger ledger;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    IdentityManagement identity;

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

    /**
     * The filter form always sends {@code open=true}, the list's default: an empty list of a department with nothing
     * open said 没有符合条件的记录 with 清除筛选, which cleared nothing. Only a search, a status or a lateness narrows.
     */
    @Test
    void theDefaultOpenOnlyIsNoFilterWhenTheListIsEmpty() throws Exception {
        long department =
                departments.create(new DepartmentForm(null, TestCodes.unique("无事项科室"), TestCodes.unique("K"), 0, 0));
        String username = TestCodes.unique("noitems").replaceAll("[^A-Za-z0-9_.-]", "");
        long id = identity.createUser(
                new NewUser(username, "无事项经办人", department, null, null, null, WebTestSupport.DEMO_PASSWORD));
        identity.grant(
                id,
                new Grant(
                        Set.of(BuiltinRoles.DEPARTMENT_HANDLER),
                        DataScope.DEPARTMENT,
                        directory.user(id).version()));
        identity.waivePasswordChange(id);

        for (String query : new String[] {"", "?q=&status=&late=&open=true"}) {
            assertThat(WebTestSupport.page(mvc, username, "/service-items" + query))
                    .as(query)
                    .contains("暂无待办事项")
                    .doesNotContain("没有符合条件的记录", "清除筛选");
        }
        assertThat(WebTestSupport.page(mvc, username, "/service-items?q=&status=&late=&open=false"))
                .contains("暂无数据")
                .doesNotContain("没有符合条件的记录", "清除筛选");
        assertThat(WebTestSupport.page(mvc, username, "/service-items?q=" + base + "&open=true"))
                .contains("没有符合条件的记录", "清除筛选");
        assertThat(WebTestSupport.page(mvc, username, "/service-items?status=PENDING&open=false"))
                .contains("没有符合条件的记录", "清除筛选");
    }

    private List<ServiceItemView> search(String q, ServiceItemStatus status, boolean openOnly) {
        return ledger.page(handler, new DepartmentItemFilter(q, status, openOnly), new PageQuery(0, 50))
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
