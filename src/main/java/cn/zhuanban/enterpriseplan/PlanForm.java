package cn.zhuanban.enterpriseplan;

/**
 * The text parts of a plan version as the form edits them ({@link PlanTexts} says what each may hold); {@code
 * version} guards concurrent edits.
 */
public record PlanForm(
        @PlanTexts.Situation String situation,
        @PlanTexts.Part String needs,
        @PlanTexts.Part String policies,
        @PlanTexts.Part String expectedResults,
        @PlanTexts.ChangeNote String changeNote,
        int version) {

    public static PlanForm blank() {
        return new PlanForm("", "", "", "", "", 0);
    }
}
