package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.shared.ChangeSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * What the audit log says of an edit in the plan table, written from the plan before the change so that it names the
 * value that was there ({@code A01 duration: 20 → 25}): the new value alone did not tell what changed. Null when
 * the value stays as it was: such an edit changes nothing and is not audited ({@link PlanManagement}).
 */
final class RowEditSummaries {

    private RowEditSummaries() {}

    static Function<ProjectPlan, String> duration(String key, int duration) {
        return plan -> change(key, "duration", was(plan, key, PlanRow::duration), String.valueOf(duration));
    }

    static Function<ProjectPlan, String> stage(String key, String parent) {
        return plan -> change(key, "stage", was(plan, key, PlanRow::parentKey), ChangeSummary.text(parent));
    }

    static Function<ProjectPlan, String> predecessors(String key, String predecessors) {
        return plan -> change(key, "predecessors", linksOf(plan, key), ChangeSummary.text(predecessors));
    }

    static Function<ProjectPlan, String> target(String key, LocalDate target) {
        return plan -> change(key, "target", was(plan, key, PlanRow::constraintDate), ChangeSummary.text(target));
    }

    static Function<ProjectPlan, String> constraint(String key, String type, LocalDate date) {
        return plan -> change(
                key,
                "constraint",
                constraintOf(plan.find(key)),
                type == null ? ChangeSummary.UNSET : type + " " + ChangeSummary.text(date));
    }

    static Function<ProjectPlan, String> name(String key, String name) {
        return plan -> change(key, "name", was(plan, key, PlanRow::name), name);
    }

    static Function<ProjectPlan, String> department(String key, String department) {
        return plan -> change(key, "department", was(plan, key, PlanRow::department), ChangeSummary.text(department));
    }

    /**
     * The key of a row removed; for a stage with rows under it also its name and those rows, which are left without a
     * stage ({@code S1 name: 前期手续; children: A01, A02}).
     */
    static Function<ProjectPlan, String> removal(String key) {
        return plan -> {
            List<String> children = plan.getRows().stream()
                    .filter(r -> key.equals(r.parentKey()))
                    .map(PlanRow::taskKey)
                    .toList();
            PlanRow row = plan.find(key);
            if (children.isEmpty() || row == null) {
                return key;
            }
            return key + " name: " + row.name() + "; children: " + String.join(", ", children);
        };
    }

    /** {@code A01 duration: 20 → 25}, or null when the value stays as it was. */
    private static String change(String key, String field, String before, String after) {
        return before.equals(after) ? null : key + " " + field + ": " + before + " → " + after;
    }

    private static String constraintOf(PlanRow row) {
        return row == null || row.constraintType() == null
                ? ChangeSummary.UNSET
                : row.constraintType() + " " + ChangeSummary.text(row.constraintDate());
    }

    /** A row's value before an edit, a dash when the row or the value is not there. */
    private static String was(ProjectPlan plan, String key, Function<PlanRow, Object> value) {
        PlanRow row = plan.find(key);
        return ChangeSummary.text(row == null ? null : value.apply(row));
    }

    /** A row's predecessors before an edit as the sheet writes them ({@code A01FS+2}), a dash when it has none. */
    private static String linksOf(ProjectPlan plan, String key) {
        List<PlanLink> incoming = plan.getLinks().stream()
                .filter(link -> link.toKey().equals(key))
                .toList();
        return incoming.isEmpty() ? ChangeSummary.UNSET : PredecessorSpec.format(incoming);
    }
}
