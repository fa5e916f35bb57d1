package cn.zhuanban.enterpriseplan.web;

import cn.zhuanban.enterpriseplan.PlanForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new plan's form: the enterprise chosen beside the texts, bound together so that a choice that is no enterprise id
 * ("abc") is a field error like any other, and the page comes back with what was typed instead of a bare 400.
 */
record NewPlanForm(
        @NotNull(message = "{validation.required}") Long enterpriseId,

        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max-length}")
        String situation,

        @Size(max = 4000, message = "{validation.max-length}")
        String needs,

        @Size(max = 4000, message = "{validation.max-length}")
        String policies,

        @Size(max = 4000, message = "{validation.max-length}")
        String expectedResults,

        @Size(max = 500, message = "{validation.max-length}")
        String changeNote,

        int version) {

    PlanForm plan() {
        return new PlanForm(situation, needs, policies, expectedResults, changeNote, version);
    }
}
