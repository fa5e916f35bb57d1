package cn.zhuanban.demo;

import cn.zhuanban.enterprise.CreditCode;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investment.FollowUpKind;
import cn.zhuanban.investment.InvestmentCommands.ContractFigures;
import cn.zhuanban.investment.InvestmentCommands.FollowUpForm;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.PartnerForm;
import cn.zhuanban.investment.InvestmentCommands.ReferrerForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.KeyProjectForm;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.investment.LeadConversion;
import cn.zhuanban.investment.LeadFollowUps;
import cn.zhuanban.investment.LeadStage;
import cn.zhuanban.investment.PartnerKind;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Partners, referrers and leads of the demo district in every channel and many stages, dated
 * relative to the day of seeding so the pipeline, stale flags and this year's cohorts show data.
 */
@Component
class DemoLeads {

    /**
     * target | channel | partner | referrer | node key | expected 万元 | jobs | days back of each move from LEAD on
     * (comma list; the last may be "T" for terminated) | agreed 万元 | agreed start (days back) | funds | fixed assets.
     */
    static final String LEADS = """
            浙江瑞康手性药物中间体有限公司|CHAIN|||intermediates|35000|260|120,90,40||||
            河北博安药用辅料有限公司|CHAIN|||excipients|12000|150|80,60||||
            华澜生物药业（苏州）有限公司|FUND|yuzi||biologics|120000|600|300,270,200,150|120000|30|30000|
            江苏恒泰制剂有限公司|BUSINESS_REFERRAL||liu|formulations|50000|380|420,390,330,280,250,200|50000|190|42000|38000
            北京和信医药物流有限公司|COMMISSIONED_AGENT|agency||wholesale|20000|120|10||||
            广东康泰医疗器械有限公司|EXHIBITION|||devices|18000|90|200,180,T150||||
            上海联合大药房连锁有限公司|BUSINESS_REFERRAL||zhou|retail|8000|300|150,120,90,60|8000|-30|2000|
            河南中科医药包装材料有限公司|FUND|yuzi||excipients|20000|180|700,660,600,500,480,420,30|20000|430|20000|19000
            """;

    private final InvestmentManagement investment;
    private final InvestmentRegistry registry;
    private final LeadConversion conversion;
    private final LeadFollowUps followUps;
    private final Clock clock;
    private final DemoStory story;

    DemoLeads(
            InvestmentManagement investment,
            InvestmentRegistry registry,
            LeadConversion conversion,
            LeadFollowUps followUps,
            Clock clock,
            DemoStory story) {
        this.investment = investment;
        this.followUps = followUps;
        this.registry = registry;
        this.conversion = conversion;
        this.clock = clock;
        this.story = story;
    }

    void seed(CurrentUser dispatch, Map<String, Long> nodes, long leadOfficial) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> partners = Map.of(
                "yuzi",
                        registry.createPartner(new PartnerForm(
                                "示范豫资产业发展基金（有限合伙）",
                                PartnerKind.FUND,
                                "郑宏",
                                "0371-62018001",
                                "省级产业基金的区级子基金，重点投向生物医药和新材料",
                                0)),
                "agency",
                        registry.createPartner(new PartnerForm(
                                "中部医药产业招商服务有限公司",
                                PartnerKind.AGENCY,
                                "石磊",
                                "0371-62018002",
                                "委托招商协议 " + story.year(2026) + "-" + story.year(2027) + " 年度",
                                0)));
        Map<String, Long> referrers = Map.of(
                "liu",
                        registry.registerReferrer(new ReferrerForm(
                                "刘振华", "示范康元生物制药有限公司", "13900001001", today.minusDays(400), "以商招商：康元生物的上游合作伙伴", 0)),
                "zhou",
                        registry.registerReferrer(new ReferrerForm(
                                "周文斌", "沪豫医药商会", "13900001002", today.minusDays(20), "签约之后才登记，不符合奖励条件", 0)));
        Map<String, KeyProject> projects = keyProjects(today);
        for (String line : LEADS.lines().toList()) {
            String[] l = line.split("\\|", -1);
            lead(dispatch, l, partners, referrers, nodes, today, projects.get(l[0]), leadOfficial);
        }
    }

    /** A signed lead that became a key project: its project's name, enterprise, stage and dates. */
    private record KeyProject(
            String name, String enterprise, String creditCode, ProjectStage stage, LocalDate start, LocalDate finish) {}

    /**
     * The leads that moved past signing, and so became key projects first (domain.md §7): 恒泰 builds its plant, 中科's
     * packaging plant produces since a month and is the district's first local supplier of the excipients node.
     */
    private static Map<String, KeyProject> keyProjects(LocalDate today) {
        return Map.of(
                "江苏恒泰制剂有限公司",
                new KeyProject(
                        "恒泰制剂缓控释制剂生产基地项目",
                        "示范恒泰制剂有限公司",
                        "91410199MA4C7H2N5",
                        ProjectStage.UNDER_CONSTRUCTION,
                        today.minusDays(200),
                        today.plusDays(400)),
                "河南中科医药包装材料有限公司",
                new KeyProject(
                        "中科医药包装材料生产线项目",
                        "示范中科医药包装材料有限公司",
                        "91410199MA4C8K3P7",
                        ProjectStage.IN_PRODUCTION,
                        today.minusDays(420),
                        today.minusDays(60)));
    }

    private void convert(CurrentUser user, long id, KeyProject p, long leadOfficial) {
        conversion.createKeyProjectDatedByHand(
                user,
                id,
                new KeyProjectForm(
                        p.name(),
                        null,
                        null,
                        p.enterprise(),
                        CreditCode.withCheckCharacter(p.creditCode()).value(),
                        ProjectLevel.DISTRICT,
                        p.stage(),
                        investment.lead(user, id).row().expectedInvestment(),
                        p.start(),
                        p.finish(),
                        leadOfficial,
                        null,
                        "示范区医药产业园",
                        investment.lead(user, id).version()));
    }

    private long lead(
            CurrentUser user,
            String[] l,
            Map<String, Long> partners,
            Map<String, Long> referrers,
            Map<String, Long> nodes,
            LocalDate today,
            KeyProject project,
            long leadOfficial) {
        String[] days = l[7].split(",");
        long id = investment.createLead(
                user,
                new LeadForm(
                        l[0],
                        LeadChannel.valueOf(l[1]),
                        l[2].isEmpty() ? null : partners.get(l[2]),
                        l[3].isEmpty() ? null : referrers.get(l[3]),
                        nodes.get(l[4]),
                        "医药",
                        new BigDecimal(l[5]),
                        Integer.valueOf(l[6]),
                        user.id(),
                        "约企业高层实地考察",
                        today.plusDays(7),
                        null,
                        today.minusDays(Long.parseLong(days[0])),
                        0));
        for (int i = 1; i < days.length; i++) {
            boolean end = days[i].startsWith("T");
            LeadStage target = end ? LeadStage.TERMINATED : LeadStage.PATH.get(i);
            if (target == LeadStage.REGISTERED) {
                convert(user, id, project, leadOfficial);
            }
            investment.move(
                    user,
                    id,
                    new StageMove(
                            target,
                            today.minusDays(Long.parseLong(days[i].replace("T", ""))),
                            end ? "企业决定在粤港澳大湾区布局" : null,
                            investment.lead(user, id).version()));
        }
        if (!l[8].isEmpty()) {
            investment.agree(
                    user,
                    id,
                    new ContractFigures(
                            new BigDecimal(l[8]),
                            today.minusDays(Long.parseLong(l[9])),
                            new BigDecimal(l[10]),
                            l[11].isEmpty() ? null : new BigDecimal(l[11]),
                            investment.lead(user, id).version()));
        }
        if (!l[1].equals("COMMISSIONED_AGENT")) {
            LocalDate last = today.minusDays(Long.parseLong(days[days.length - 1].replace("T", "")));
            followUps.followUp(
                    user, id, new FollowUpForm(FollowUpKind.VISIT, last, "赴企业总部洽谈，介绍示范区医药产业园配套", null, null));
        }
        return id;
    }
}
