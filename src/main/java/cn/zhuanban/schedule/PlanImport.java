package cn.zhuanban.schedule;

import java.time.LocalDate;

/**
 * What an imported plan file became: the plan, and whether its data date had to move.
 *
 * @param fileDataDate the data date (status date) the file gave, null without one
 * @param movedTo the data date the plan got instead, the latest actual date of its rows, as no progress can be reported
 *     after the data date; null when the file's date stands
 */
public record PlanImport(PlanSheet sheet, LocalDate fileDataDate, LocalDate movedTo) {

    public boolean dataDateMoved() {
        return movedTo != null;
    }
}
