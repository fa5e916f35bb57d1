package cn.zhuanban.demo;

import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.enterpriseplan.EnterprisePlanManagement;
import cn.zhuanban.enterpriseplan.MeasureForm;
import cn.zhuanban.enterpriseplan.MeasureProgress;
import cn.zhuanban.enterpriseplan.PlanForm;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureView;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.ticket.TicketFilter;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketSummary;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The API plant's one-enterprise-one-plan: version 1 drafted by the dispatch office with measures
 * linked to its power ticket and talent demands, approved by its lead official 侯明远 (lead), and a
 * version 2 draft that changes a deadline and adds a measure, so that history and diff show.
 */
@Component
class DemoPlans {

    static final String API_PROJECT = "康元生物高端原料药项目";

    private final EnterprisePlanManagement plans;
    private final EnterprisePlanLists lists;
    private final ProjectReads projects;
    private final TicketLists tickets;
    private final TalentManagement talent;
    private final DemoUsers users;
    private final DemoStory story;

    DemoPlans(
            EnterprisePlanManagement plans,
            EnterprisePlanLists lists,
            ProjectReads projects,
            TicketLists tickets,
            TalentManagement talent,
            DemoUsers users,
            DemoStory story) {
        this.plans = plans;
        this.lists = lists;
        this.projects = projects;
        this.tickets = tickets;
        this.talent = talent;
        this.users = users;
        this.story = story;
    }

    void seed(DemoPeople.Seeded seeded) {
        CurrentUser dispatch = users.as("dispatch");
        ProjectSummary api = projects.search(
                        new ProjectFilter(API_PROJECT, null, null, null, null, null, null),
                        dispatch,
                        new PageQuery(0, 1))
                .content()
                .getFirst();
        String powerTicket = ids(tickets
                .search(
                        new TicketFilter(null, null, null, api.id(), null, null, null, null, null),
                        dispatch,
                        new PageQuery(0, 50))
                .content()
                .stream()
                .filter(t -> t.title().contains("用电"))
                .map(TicketSummary::id)
                .collect(Collectors.toSet()));
        String demands = ids(talent
                .demands(
                        dispatch,
                        new DemandFilter(null, api.enterpriseId(), api.id(), null, null),
                        new PageQuery(0, 10))
                .content()
                .stream()
                .map(d -> d.id())
                .collect(Collectors.toSet()));
        Map<String, Long> dept = seeded.departments();
        long planId = plans.create(api.enterpriseId(), v1(), dispatch);
        plans.addMeasure(
                planId,
                new MeasureForm(
                        "施工临时用电增容专项协调",
                        "供电公司开辟绿色通道，专班每周跟踪接入进度，确保合成车间按期试车。",
                        dept.get("GD"),
                        story.date(2026, 12, 15),
                        powerTicket,
                        "",
                        ""),
                dispatch);
        plans.addMeasure(
                planId,
                new MeasureForm(
                        "关键岗位人才招引",
                        "人社局对接高校和人才市场，定向招引合成工艺、QA 和 GMP 管理人才，落实人才公寓和子女入学。",
                        dept.get("RS"),
                        story.date(2027, 3, 31),
                        "",
                        "",
                        demands),
                dispatch);
        plans.addMeasure(
                planId,
                new MeasureForm(
                        "危化品仓库和污水预处理站审批服务",
                        "生态环境、住建部门提前介入，并联审查，压缩审批时限。",
                        dept.get("STHJ"),
                        story.date(2026, 12, 31),
                        "",
                        "",
                        ""),
                dispatch);
        CurrentUser lead = users.as("lead");
        plans.approve(planId, 1, lead);
        plans.newVersion(planId, dispatch);
        MeasureView power = lists.plan(planId, 2, dispatch).measures().getFirst();
        plans.recordProgress(planId, power.id(), MeasureProgress.IN_PROGRESS, dispatch);
        plans.editMeasure(
                planId,
                power.id(),
                new MeasureForm(
                        power.title(),
                        power.content() + "供电公司承诺提前完成 110kV 专线接入。",
                        power.ownerDepartmentId(),
                        story.date(2026, 12, 5),
                        power.form().ticketIds(),
                        "",
                        "",
                        power.version()),
                dispatch);
        plans.addMeasure(
                planId,
                new MeasureForm(
                        "原料药出口资质辅导",
                        "商务局协助办理出口备案，辅导企业申报欧盟 CEP 和美国 DMF。",
                        dept.get("SWJ"),
                        story.date(2027, 6, 30),
                        "",
                        "",
                        ""),
                dispatch);
    }

    private PlanForm v1() {
        return new PlanForm(
                "康元生物为省重点项目高端原料药项目的建设主体，项目总投资 18.6 亿元，规划年产 1200 吨高端原料药及关键中间体，" + "目前主体工程在建，计划" + story.month(2027, 6)
                        + "投产。",
                "一是施工临时用电增容；二是合成工艺、质量管理等关键岗位人才缺口；三是危化品仓库、污水预处理站等专项审批。",
                "《河南省重点项目建设服务保障若干措施》；区级制造业高质量发展专项资金；人才引进安居补贴政策。",
                "%s底前完成供电接入和主要专项审批，%s前关键岗位人才到岗率达到 90%%，确保%s按期投产。"
                        .formatted(story.month(2026, 12), story.month(2027, 3), story.month(2027, 6)),
                "首版",
                0);
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
