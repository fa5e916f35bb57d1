package cn.zhuanban.enterpriseplan.web;

import cn.zhuanban.enterpriseplan.PlanForm;
import cn.zhuanban.enterpriseplan.PlanTexts;
import jakarta.validation.constraints.NotNull;

/**
 * A new plan's form: the enterprise chosen beside the texts, bound together so that a choice that is no enterprise id
 * ("abc") is a field error like any other, and the page comes back with what was typed instead of a bare 400. The
 * texts take {@link PlanForm}'s constraints ({@link PlanTexts}).
 */
record NewPlanForm(
        @NotNull(message = "{validation.required}") Long enterpriseId,
        @PlanTexts.Situation String situation,
        @PlanTexts.Part String needs,
        @PlanTexts.Part String policies,
        @PlanTexts.Part String expectedResults,
        @PlanTexts.ChangeNote String changeNote,
        int version) {

    PlanForm plan() {
        return new PlanForm(situation, needs, policies, expectedResults, changeNote, version);
    }
}
