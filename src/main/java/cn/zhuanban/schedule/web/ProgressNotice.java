package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanSheet;
import java.time.LocalDate;

/**
 * What the plan page and the battle map say above a plan whose progress has not been kept up. Without progress the
 * forward pass still plans unstarted work from the project start (domain §4), so a plan made or left untouched long
 * after its start showed work "planned" for weeks ago with float to spare and said nothing; the light was red, the page
 * not why.
 *
 * @param notStarted tasks planned to start before today that have no actual start, while the data date is not set or
 *     older than today (a data date of today plans unstarted work from today, so none is left before it)
 * @param first the first of them in the plan's order, whose progress the notice offers to record; null when none
 * @param dataDate the plan's data date, null when none was ever reported
 * @param unfinished rows of work (tasks and stage goals) not reported finished
 * @param targetPassed the target finish is before today and work is unfinished
 */
record ProgressNotice(int notStarted, PlanSheet.Row first, LocalDate dataDate, int unfinished, boolean targetPassed) {

    static ProgressNotice of(PlanSheet sheet, LocalDate today) {
        boolean stale = sheet.dataDate() == null || sheet.dataDate().isBefore(today);
        int notStarted = 0;
        PlanSheet.Row first = null;
        int unfinished = 0;
        for (PlanSheet.Row r : sheet.rows()) {
            if (r.stage() || r.actualFinish() != null) {
                continue;
            }
            unfinished++;
            if (stale
                    && !r.milestone()
                    && r.actualStart() == null
                    && r.earlyStart() != null
                    && r.earlyStart().isBefore(today)) {
                notStarted++;
                first = first == null ? r : first;
            }
        }
        boolean targetPassed =
                sheet.targetFinish() != null && sheet.targetFinish().isBefore(today) && unfinished > 0;
        return new ProgressNotice(notStarted, first, sheet.dataDate(), unfinished, targetPassed);
    }
}
