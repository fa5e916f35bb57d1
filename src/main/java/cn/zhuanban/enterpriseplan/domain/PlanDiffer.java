package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.enterpriseplan.PlanViews.ChangeKind;
import cn.zhuanban.enterpriseplan.PlanViews.FieldChange;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureChange;
import cn.zhuanban.enterpriseplan.PlanViews.VersionDiff;
import cn.zhuanban.enterpriseplan.domain.PlanRows.MeasureRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.VersionRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two versions field by field, and their measures by the key a measure keeps from version
 * to version: added, removed, or changed with the fields that differ. A measure's progress is
 * execution, not content, and is not compared.
 */
public final class PlanDiffer {

    private PlanDiffer() {}

    public static VersionDiff diff(
            VersionRow from,
            List<MeasureRow> fromMeasures,
            VersionRow to,
            List<MeasureRow> toMeasures,
            Map<Long, String> departments) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "situation", from.situation(), to.situation());
        field(fields, "needs", from.needs(), to.needs());
        field(fields, "policies", from.policies(), to.policies());
        field(fields, "expected-results", from.expectedResults(), to.expectedResults());
        Map<Integer, MeasureRow> before = byKey(fromMeasures);
        Map<Integer, MeasureRow> after = byKey(toMeasures);
        List<MeasureChange> measures = new ArrayList<>();
        after.forEach((key, now) -> {
            MeasureRow was = before.get(key);
            if (was == null) {
                measures.add(new MeasureChange(key, ChangeKind.ADDED, now.title(), content(null, now, departments)));
            } else {
                List<FieldChange> changes = content(was, now, departments);
                if (!changes.isEmpty()) {
                    measures.add(new MeasureChange(key, ChangeKind.CHANGED, now.title(), changes));
                }
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                measures.add(new MeasureChange(key, ChangeKind.REMOVED, was.title(), List.of()));
            }
        });
        return new VersionDiff(from.number(), to.number(), fields, measures);
    }

    private static List<FieldChange> content(MeasureRow was, MeasureRow now, Map<Long, String> departments) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "measure.title", was == null ? null : was.title(), now.title());
        field(changes, "measure.content", was == null ? null : was.content(), now.content());
        field(
                changes,
                "measure.department",
                was == null ? null : departments.get(was.ownerDepartmentId()),
                departments.get(now.ownerDepartmentId()));
        field(
                changes,
                "measure.deadline",
                was == null || was.deadline() == null ? null : was.deadline().toString(),
                now.deadline() == null ? null : now.deadline().toString());
        field(changes, "measure.links", was == null ? null : links(was), links(now));
        return changes;
    }

    private static String links(MeasureRow m) {
        String text = m.links().stream()
                .map(l -> l.kind() + "#" + l.targetId())
                .sorted()
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    private static void field(List<FieldChange> changes, String field, String before, String after) {
        String b = blankToNull(before);
        String a = blankToNull(after);
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, b, a));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<Integer, MeasureRow> byKey(List<MeasureRow> measures) {
        return measures.stream()
                .collect(Collectors.toMap(MeasureRow::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
