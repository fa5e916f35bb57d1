package cn.zhuanban.schedule.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What is read off a plan's rows as a whole, for the plan itself and for the files written from it. */
public final class PlanRows {

    private PlanRows() {}

    /** The latest actual start or finish of the rows, null without progress. */
    public static LocalDate latestActual(List<PlanRow> rows) {
        LocalDate latest = null;
        for (PlanRow row : rows) {
            for (LocalDate actual : new LocalDate[] {row.actualStart(), row.actualFinish()}) {
                if (actual != null && (latest == null || actual.isAfter(latest))) {
                    latest = actual;
                }
            }
        }
        return latest;
    }

    /**
     * The rows as an outline: each row without a stage in the given order, each stage followed at once by its own rows
     * (in the given order). The table, MS Project's outline and the XER's ids read a stage's rows from the order, so a
     * row stored among another stage's rows looked like one of them and came back under it from a file.
     */
    public static List<PlanRow> outline(List<PlanRow> rows) {
        Map<String, List<PlanRow>> children = new HashMap<>();
        Set<String> stages = new HashSet<>();
        rows.stream().filter(r -> PlanRow.STAGE.equals(r.kind())).forEach(r -> stages.add(r.taskKey()));
        List<PlanRow> top = new ArrayList<>();
        for (PlanRow row : rows) {
            // a stage stays at the top even if it names a parent (the plan has one level of stages), or its rows
            // would be left out
            if (row.parentKey() != null && row.scheduled() && stages.contains(row.parentKey())) {
                children.computeIfAbsent(row.parentKey(), k -> new ArrayList<>())
                        .add(row);
            } else {
                top.add(row);
            }
        }
        List<PlanRow> ordered = new ArrayList<>();
        for (PlanRow row : top) {
            ordered.add(row);
            ordered.addAll(children.getOrDefault(row.taskKey(), List.of()));
        }
        return ordered;
    }
}
