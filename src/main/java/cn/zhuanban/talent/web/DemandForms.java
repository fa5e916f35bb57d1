package cn.zhuanban.talent.web;

import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentViews.DemandView;

/** The demand form as it opens: blank for a new demand, the stored demand for an edit. */
final class DemandForms {

    private DemandForms() {}

    static DemandForm blank(Long enterpriseId, Long projectId) {
        return new DemandForm(
                enterpriseId,
                projectId,
                null,
                null,
                Education.BACHELOR,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    static DemandForm of(DemandView d) {
        return new DemandForm(
                d.enterpriseId(),
                d.projectId(),
                d.position(),
                d.headcount(),
                d.education(),
                d.discipline(),
                d.minYears(),
                d.salaryMin(),
                d.salaryMax(),
                d.urgency(),
                d.neededBy(),
                d.location(),
                d.note(),
                d.version());
    }

    /** A demand stays with its enterprise: an edit never moves it, whatever the request says. */
    static DemandForm keepingEnterprise(DemandForm typed, DemandView stored) {
        return new DemandForm(
                stored.enterpriseId(),
                typed.projectId(),
                typed.position(),
                typed.headcount(),
                typed.education(),
                typed.discipline(),
                typed.minYears(),
                typed.salaryMin(),
                typed.salaryMax(),
                typed.urgency(),
                typed.neededBy(),
                typed.location(),
                typed.note(),
                typed.version());
    }
}
