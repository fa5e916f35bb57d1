package cn.zhuanban.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an imported plan file became: the plan, and whether and why its data date moved.
 *
 * @param fileDataDate the data date (status date) the file gave, null without one
 * @param movedTo the data date the plan got instead, the latest actual date of its rows, as no progress can be reported
 *     after the data date; null when the file's date stands
 * @param before the plan's data date before the import, null for a plan without one (none stored yet)
 */
public record PlanImport(PlanSheet sheet, LocalDate fileDataDate, LocalDate movedTo, LocalDate before) {

    public boolean dataDateMoved() {
        return movedTo != null;
    }

    /**
     * What the importer is told of the data date, on the page and in the API's Warning: the file's date moved to the
     * latest actual, the plan's date changed to the file's (either way), or, from a file without a date, moved forward
     * to the file's latest actual; null when the data date stayed (or the plan had none to change). Without it a file
     * without a status date moved the data date unnoticed.
     */
    public MessageSourceResolvable notice() {
        LocalDate after = sheet.dataDate();
        if (movedTo != null) {
            return message("plan.import.data-date-moved", fileDataDate, movedTo);
        }
        if (before == null || Objects.equals(before, after)) {
            return null;
        }
        return fileDataDate == null
                ? message("plan.import.data-date-to-actual", before, after)
                : message("plan.import.data-date-from-file", before, after);
    }

    private static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}
