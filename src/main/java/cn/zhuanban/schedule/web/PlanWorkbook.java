package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanBaselines;
import cn.zhuanban.schedule.PlanSheet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The columns of a plan's workbook and one row's cells, read in the reader's words: a row's kind, light and date
 * constraint as the table labels them (任务, 绿灯, 不晚于…完成), not their codes. Besides the schedule it carries what
 * the table holds of each row (its department, its constraint, its progress) and the variance against a baseline.
 * No import reads this workbook; plans come in as MS Project XML or XER ({@link PlanFileController}).
 */
final class PlanWorkbook {

    static final List<String> HEADERS = List.of(
            "plan.key",
            "plan.name",
            "plan.kind",
            "plan.stage",
            "plan.department",
            "plan.duration",
            "plan.file.predecessors",
            "plan.target-date",
            "plan.file.constraint-type",
            "plan.file.constraint-date",
            "plan.early-start",
            "plan.early-finish",
            "plan.late-start",
            "plan.late-finish",
            "plan.total-float",
            "plan.light",
            "plan.progress.percent",
            "plan.progress.actual-start",
            "plan.progress.actual-finish",
            "plan.baseline.start",
            "plan.baseline.finish",
            "plan.baseline.start-variance",
            "plan.baseline.finish-variance");

    private final MessageSource messages;
    private final Locale locale;

    PlanWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<String> headers() {
        return HEADERS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
    }

    /**
     * One row's cells, in the order of {@link #HEADERS}. A stage goal's constraint is its target date, in its own
     * column; a task's constraint shows as its type and date.
     */
    Object[] cells(PlanSheet.Row r, PlanBaselines.Variance v) {
        boolean constrained = !r.milestone() && r.constraintType() != null;
        return new Object[] {
            r.key(),
            r.name(),
            label("plan.kind.", r.kind()),
            r.parentKey(),
            r.department(),
            r.duration(),
            r.predecessors(),
            r.targetDate(),
            constrained ? label("plan.constraint.", r.constraintType()) : null,
            constrained ? r.constraintDate() : null,
            r.earlyStart(),
            r.earlyFinish(),
            r.lateStart(),
            r.lateFinish(),
            r.totalFloat(),
            label("light.", r.light()),
            r.stage() ? null : r.percentComplete(),
            r.actualStart(),
            r.actualFinish(),
            v == null ? null : v.baselineStart(),
            v == null ? null : v.baselineFinish(),
            v == null ? null : v.startDays(),
            v == null ? null : v.finishDays()
        };
    }

    /** The code's label, the code itself where there is none, null for none. */
    private String label(String prefix, String code) {
        return code == null || code.isBlank() ? null : messages.getMessage(prefix + code, null, code, locale);
    }
}
