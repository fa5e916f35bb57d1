package cn.zhuanban.talent.web;

import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentViews.CandidateView;
import java.time.LocalDate;

/** The candidate form as it opens: blank with today's consent for a new candidate, the stored one for an edit. */
final class CandidateForms {

    private CandidateForms() {}

    static CandidateForm blank(LocalDate today) {
        return new CandidateForm(
                null, null, null, Education.BACHELOR, null, null, 0, null, false, true, today, null, null, 0);
    }

    static CandidateForm of(CandidateView c) {
        return new CandidateForm(
                c.name(),
                c.phone(),
                c.email(),
                c.education(),
                c.discipline(),
                c.skills(),
                c.yearsExperience() == null ? 0 : c.yearsExperience(),
                c.location(),
                c.willingToRelocate(),
                c.consentToContact(),
                c.consentOn(),
                c.consentNote(),
                c.source(),
                c.version());
    }
}
