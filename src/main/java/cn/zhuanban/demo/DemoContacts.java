package cn.zhuanban.demo;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.ContactChannel;
import cn.zhuanban.meeting.ContactForm;
import cn.zhuanban.meeting.ContactLogManagement;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The daily communication of the last weeks: the task force's calls and visits to the enterprises of the projects
 * being built, so the contact log and the "not contacted for long" list have something to show. The oldest projects
 * in the list are left uncontacted on purpose.
 */
@Component
class DemoContacts {

    private static final String[][] CONTACTS = {
        {"VISIT", "2", "项目负责人", "现场查看合成车间主体结构施工进度，企业反映冬季施工需协调夜间运输许可。", "协调交通部门办理夜间运输许可"},
        {"PHONE", "5", "项目经理", "电话了解设备采购进展，关键反应釜预计下月中旬到货。", ""},
        {"MESSAGE", "8", "办公室主任", "提醒企业按时报送本月投资完成情况和形象进度照片。", "25 日前完成月报"},
        {"VISIT", "11", "总经理", "走访企业，了解用工需求：需招聘质量管理人员 6 名、操作工 30 名。", "对接人社局组织专场招聘"},
        {"MEETING", "15", "项目负责人", "参加企业生产调度会，企业希望加快施工许可证办理。", "住建局一周内反馈"}
    };

    private final ContactLogManagement contacts;
    private final ProjectReads projects;
    private final DemoUsers users;
    private final Clock clock;

    DemoContacts(ContactLogManagement contacts, ProjectReads projects, DemoUsers users, Clock clock) {
        this.contacts = contacts;
        this.projects = projects;
        this.users = users;
        this.clock = clock;
    }

    void seed() {
        CurrentUser taskForce = users.as("dispatch");
        List<ProjectSummary> building =
                projects.search(ProjectFilter.NONE, taskForce, new PageQuery(0, PageQuery.MAX_SIZE)).content().stream()
                        .filter(p -> p.stage() == ProjectStage.UNDER_CONSTRUCTION
                                || p.stage() == ProjectStage.PRE_CONSTRUCTION)
                        .toList();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < CONTACTS.length && i < building.size(); i++) {
            String[] c = CONTACTS[i];
            ProjectSummary project = building.get(i);
            contacts.record(
                    new ContactForm(
                            project.enterpriseId(),
                            project.id(),
                            ContactChannel.valueOf(c[0]),
                            today.minusDays(Integer.parseInt(c[1])),
                            c[2],
                            c[3],
                            c[4].isEmpty() ? null : c[4]),
                    taskForce);
        }
    }
}
