package cn.zhuanban;

import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.TaskForceForm;
import cn.zhuanban.project.TaskForceManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Fresh enterprises, task forces and projects for the task-force tests (checklists, contacts,
 * meetings), and demo users as {@link CurrentUser} for calling services directly.
 */
public final class ServiceFixtures {

    private final EnterpriseManagement enterprises;
    private final TaskForceManagement taskForces;
    private final ProjectManagement projects;
    private final UserDirectory directory;

    public ServiceFixtures(
            EnterpriseManagement enterprises,
            TaskForceManagement taskForces,
            ProjectManagement projects,
            UserDirectory directory) {
        this.enterprises = enterprises;
        this.taskForces = taskForces;
        this.projects = projects;
        this.directory = directory;
    }

    public long enterprise() {
        return enterprises
                .register(new EnterpriseForm(
                        TestCodes.unique("专班测试企业"), TestCodes.creditCode(), null, null, null, null, null, null, 0))
                .id();
    }

    public long taskForce(Long chiefServiceOfficerId, Set<Long> members, Set<Long> departments) {
        return taskForces.create(new TaskForceForm(
                TestCodes.unique("专班测试"), userId("lead"), chiefServiceOfficerId, members, departments, 0));
    }

    public long project(long enterpriseId, Long taskForceId) {
        return project(enterpriseId, taskForceId, userId("lead"));
    }

    /** A project of the enterprise and task force with this lead official (who must hold the lead official role). */
    public long project(long enterpriseId, Long taskForceId, long leadOfficialId) {
        return project(TestCodes.unique("专班测试项目"), enterpriseId, taskForceId, leadOfficialId);
    }

    /** A project named as given, for a test that searches its name. */
    public long project(String name, long enterpriseId, Long taskForceId, long leadOfficialId) {
        return projects.create(new ProjectForm(
                name,
                null,
                enterpriseId,
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                new BigDecimal("1000"),
                LocalDate.of(2025, 3, 3),
                LocalDate.of(2027, 3, 1),
                leadOfficialId,
                taskForceId,
                null,
                null,
                null));
    }

    public long userId(String username) {
        return directory.findByUsername(username).orElseThrow().id();
    }

    /** A demo user with his real department, enterprise and scope, and every permission (services check scope only). */
    public CurrentUser user(String username) {
        UserView u = directory.findByUsername(username).orElseThrow();
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope() == null ? DataScope.ALL : u.dataScope(),
                Set.copyOf(u.roles()),
                Set.copyOf(Permissions.ALL));
    }
}
