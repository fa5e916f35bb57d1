package cn.zhuanban.demo;

import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.ticket.MoveCommand;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketCategory;
import cn.zhuanban.ticket.TicketManagement;
import cn.zhuanban.ticket.TicketMove;
import cn.zhuanban.ticket.TicketOutcome;
import cn.zhuanban.ticket.TicketRating;
import cn.zhuanban.ticket.TicketSeverity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Problem tickets on the demo projects in various states, made through the ticket module's moves
 * as the demo users would make them, so every one has its timeline and deadlines.
 */
@Component
class DemoTickets {

    private final TicketManagement tickets;
    private final ProjectReads projects;
    private final DemoUsers users;

    DemoTickets(TicketManagement tickets, ProjectReads projects, DemoUsers users) {
        this.tickets = tickets;
        this.projects = projects;
        this.users = users;
    }

    void seed(DemoPeople.Seeded seeded) {
        Map<String, Long> projectIds = projects
                .search(
                        new ProjectFilter(null, null, null, null, null, null, null),
                        users.as("dispatch"),
                        new PageQuery(0, 100))
                .content()
                .stream()
                .collect(Collectors.toMap(ProjectSummary::name, ProjectSummary::id));
        Map<String, Long> dept = seeded.departments();
        long power = report(
                "enterprise",
                projectIds.get("康元生物高端原料药项目"),
                TicketCategory.POWER,
                "施工临时用电增容迟迟未接入",
                "箱式变电站已到场两周，供电公司尚未安排接火，影响主体结构施工。");
        move("dispatch", power, TicketMove.ASSIGN, assign(dept.get("GD"), dept.get("ZJ")));
        move("handler-power", power, TicketMove.SIGN, MoveCommand.empty());
        move("handler-power", power, TicketMove.NOTE, MoveCommand.withReason("已现场勘察，计划本周内完成接火。"));
        report(
                "enterprise",
                projectIds.get("康元生物高端原料药项目"),
                TicketCategory.WATER,
                "厂区供水管网接驳",
                "市政供水管网距厂区 300 米，需协调接驳方案。");
        long land = report(
                "enterprise2",
                projectIds.get("华瑞新材料高性能碳纤维项目"),
                TicketCategory.LAND,
                "二期用地指标未落实",
                "二期 120 亩用地指标尚未下达，影响厂房开工。");
        move("dispatch", land, TicketMove.ASSIGN, assign(dept.get("ZRZY"), null));
        move("handler", land, TicketMove.REQUEST_RETURN, MoveCommand.withReason("用地指标由市级统筹，建议改派发改委牵头。"));
        long eia = report(
                "taskforce",
                projectIds.get("绿能光伏组件生产基地项目"),
                TicketCategory.APPROVAL,
                "环评批复进度慢",
                "环评报告已报送 20 天，尚未组织技术评审。");
        move("dispatch", eia, TicketMove.ASSIGN, assign(dept.get("STHJ"), dept.get("FGW")));
        long transport = report(
                "enterprise", projectIds.get("康元生物高端原料药项目"), TicketCategory.TRANSPORT, "大件设备运输路线", "反应釜超宽，需夜间通行许可。");
        move("dispatch", transport, TicketMove.RESOLVE_ON_THE_SPOT, MoveCommand.withReason("已协调交通部门办理夜间通行证。"));
        move("dispatch", transport, TicketMove.REVIEW, MoveCommand.review(true));
        long water = report(
                "taskforce", projectIds.get("清源再生水厂项目"), TicketCategory.POWER, "施工用电接入", "临时施工用电需新增一台 630kVA 变压器。");
        move("dispatch", water, TicketMove.ASSIGN, assign(dept.get("GD"), null));
        move("handler-power", water, TicketMove.SIGN, MoveCommand.empty());
        move("handler-power", water, TicketMove.RESOLVE, resolved("已完成变压器安装并送电。"));
        move("dispatch", water, TicketMove.REVIEW, MoveCommand.review(true));
        move("taskforce", water, TicketMove.FEEDBACK, rated(TicketRating.SATISFIED));
        long materials =
                report("lead2", projectIds.get("中原智能装备产业园项目"), TicketCategory.MATERIALS, "钢材供应紧张", "主体钢结构用钢材到货延迟。");
        move("dispatch", materials, TicketMove.ASSIGN, assign(dept.get("GX"), null));
        move("lead2", materials, TicketMove.SUSPEND, MoveCommand.withReason("企业调整设计方案，暂停采购。"));
    }

    private long report(String username, long projectId, TicketCategory category, String title, String description) {
        return tickets.report(
                new ReportCommand(projectId, category, title, description, TicketSeverity.NORMAL),
                List.of(),
                users.as(username));
    }

    private void move(String username, long id, TicketMove move, MoveCommand command) {
        tickets.act(id, move, command, users.as(username));
    }

    private static MoveCommand assign(long department, Long coDepartment) {
        return MoveCommand.assignTo(department, coDepartment == null ? List.of() : List.of(coDepartment), null);
    }

    private static MoveCommand resolved(String explanation) {
        return MoveCommand.resolve(explanation, TicketOutcome.SOLVED);
    }

    private static MoveCommand rated(TicketRating rating) {
        return MoveCommand.rate(rating, null);
    }
}
