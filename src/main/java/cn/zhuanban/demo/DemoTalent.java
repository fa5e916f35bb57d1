package cn.zhuanban.demo;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.talent.CandidatePool;
import cn.zhuanban.talent.CandidateSource;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.EventKind;
import cn.zhuanban.talent.MatchStep;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.ServiceKind;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.MatchStepForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.Urgency;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Talent demands of the API plant and two other enterprises, a pool of fictional candidates who
 * consented (one withdrew), a hire and an interview, a job fair and two talent services.
 */
@Component
class DemoTalent {

    /** project name (empty: the enterprise's own demand) | position | headcount | education | discipline | years | urgency. */
    static final String DEMANDS = """
            康元生物高端原料药项目|合成工艺工程师|5|BACHELOR|制药工程|3|URGENT
            康元生物高端原料药项目|QA 质量保证专员|3|BACHELOR|药学|2|NORMAL
            康元生物高端原料药项目|GMP 车间主任|1|MASTER|制药工程|8|URGENT
            华瑞新材料高性能碳纤维项目|碳纤维工艺工程师|4|MASTER|材料科学与工程|3|NORMAL
            安和医疗器械产业化项目|医疗器械注册专员|2|BACHELOR|生物医学工程|2|NORMAL
            """;

    /** name | education | discipline | years | location | relocates | source | consent still given | skills. */
    static final String CANDIDATES = """
            李明轩|MASTER|制药工程|5|示范区|false|JOB_FAIR|true|原料药合成工艺开发，GMP 文件编写
            王思雨|BACHELOR|药学|3|郑州|true|CAMPUS|true|药品质量检验，质量保证体系
            张浩然|BACHELOR|化学工程与工艺|4|洛阳|true|ONLINE|true|合成工艺放大，化工设备选型
            陈佳怡|DOCTORATE|药物化学|2|上海|false|RETURNEE|true|药物分子设计，结构表征
            赵子豪|JUNIOR_COLLEGE|药学|6|示范区|false|REFERRAL|true|固体制剂生产，车间班组管理
            刘诗涵|MASTER|材料科学与工程|3|示范区|false|CAMPUS|true|碳纤维复合材料，力学性能测试
            孙博文|BACHELOR|生物医学工程|1|开封|true|JOB_FAIR|true|医疗器械注册申报
            周雨桐|BACHELOR|药学|2|示范区|false|JOB_FAIR|false|药品销售
            """;

    private final TalentManagement talent;
    private final CandidatePool pool;
    private final RecruitmentManagement recruitment;
    private final ProjectReads projects;
    private final Clock clock;

    DemoTalent(
            TalentManagement talent,
            CandidatePool pool,
            RecruitmentManagement recruitment,
            ProjectReads projects,
            Clock clock) {
        this.talent = talent;
        this.pool = pool;
        this.recruitment = recruitment;
        this.projects = projects;
        this.clock = clock;
    }

    void seed(CurrentUser staff) {
        LocalDate today = LocalDate.now(clock);
        List<Long> demands = new ArrayList<>();
        for (String line : DEMANDS.lines().toList()) {
            String[] d = line.split("\\|", -1);
            ProjectSummary project = project(staff, d[0]);
            demands.add(talent.createDemand(
                    staff,
                    new DemandForm(
                            project.enterpriseId(),
                            project.id(),
                            d[1],
                            Integer.valueOf(d[2]),
                            Education.valueOf(d[3]),
                            d[4],
                            Integer.parseInt(d[5]),
                            8000,
                            15000,
                            Urgency.valueOf(d[6]),
                            today.plusMonths(3),
                            "示范区",
                            null,
                            0)));
        }
        List<Long> candidates = new ArrayList<>();
        int phone = 0;
        for (String line : CANDIDATES.lines().toList()) {
            String[] c = line.split("\\|", -1);
            CandidateForm form = new CandidateForm(
                    c[0],
                    "1370000" + (2001 + phone++),
                    null,
                    Education.valueOf(c[1]),
                    c[2],
                    c[8],
                    Integer.parseInt(c[3]),
                    c[4],
                    Boolean.parseBoolean(c[5]),
                    true,
                    today.minusDays(30),
                    "招聘会现场签署《个人信息使用同意书》",
                    CandidateSource.valueOf(c[6]),
                    0);
            long id = pool.enter(form);
            if (!Boolean.parseBoolean(c[7])) {
                pool.edit(
                        id,
                        new CandidateForm(
                                c[0],
                                form.phone(),
                                null,
                                form.education(),
                                c[2],
                                c[8],
                                form.yearsExperience(),
                                c[4],
                                false,
                                false,
                                form.consentOn(),
                                "本人来电撤回同意",
                                form.source(),
                                pool.candidate(staff, id).version()));
            }
            candidates.add(id);
        }
        steps(
                staff,
                demands.get(0),
                candidates.get(0),
                today,
                MatchStep.CONTACTED,
                MatchStep.INTERVIEWED,
                MatchStep.HIRED);
        steps(staff, demands.get(1), candidates.get(1), today, MatchStep.CONTACTED, MatchStep.INTERVIEWED);
        recruitment.createEvent(
                staff,
                new EventForm(
                        "示范区医药产业专场招聘会",
                        EventKind.JOB_FAIR,
                        today.minusDays(30),
                        "示范区人力资源市场",
                        420,
                        36,
                        "康元生物等 12 家企业参加",
                        demands.subList(0, 3),
                        0));
        recruitment.openService(
                staff,
                new ServiceForm(
                        ServiceKind.HOUSING,
                        project(staff, "康元生物高端原料药项目").enterpriseId(),
                        candidates.get(0),
                        staff.id(),
                        today.plusDays(10),
                        "人才公寓一套（两居室），办理入住",
                        0));
        recruitment.openService(
                staff,
                new ServiceForm(
                        ServiceKind.SOCIAL_INSURANCE,
                        null,
                        candidates.get(0),
                        staff.id(),
                        today.minusDays(2),
                        "社保关系由上海转入示范区",
                        0));
    }

    private void steps(CurrentUser staff, long demand, long candidate, LocalDate today, MatchStep... steps) {
        for (MatchStep step : steps) {
            talent.recordStep(staff, demand, candidate, new MatchStepForm(step, today.minusDays(10), null));
        }
    }

    private ProjectSummary project(CurrentUser staff, String name) {
        return projects.search(new ProjectFilter(name, null, null, null, null, null, null), staff, new PageQuery(0, 1))
                .content()
                .getFirst();
    }
}
