package cn.zhuanban.enterpriseplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text parts of a plan version as the form edits them; {@code version} guards concurrent edits. */
public record PlanForm(
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

    public static PlanForm blank() {
        return new PlanForm("", "", "", "", "", 0);
    }
}
