package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a progress report must satisfy before it touches the plan, each refusal naming its field: no date in the
 * future, a finish not before its start, a percentage between 0 and 100 that agrees with the dates.
 */
final class ProgressRules {

    static final int NOTE_MAX = 1000;
    static final int PLACE_MAX = 200;

    private ProgressRules() {}

    /** The report as it will be stored: the data date filled in, a milestone's start set to its finish. */
    static ProgressReport check(ProgressReport r, boolean milestone, LocalDate today) {
        // A note or photos alone say nothing of the row: a milestone took it as "0 %" and the history showed an empty
        // report. The form shows the row's percentage already, so a report with photos keeps it unless cleared.
        if (r.percentComplete() == null && r.actualStart() == null && r.actualFinish() == null) {
            throw refused("percentComplete", "nothing-reported");
        }
        LocalDate dataDate = r.dataDate() == null ? today : r.dataDate();
        LocalDate start = milestone && r.actualStart() == null ? r.actualFinish() : r.actualStart();
        Integer percent = r.percentComplete();
        if (milestone && percent == null) { // a stage goal is reached or not
            percent = r.actualFinish() == null ? 0 : 100;
        }
        if (percent == null) {
            throw refused("percentComplete", "percent-required");
        }
        if (percent < 0 || percent > 100) {
            throw refused("percentComplete", "percent-range");
        }
        notBefore(dataDate, "dataDate");
        notBefore(start, "actualStart");
        notBefore(r.actualFinish(), "actualFinish");
        notBefore(r.photosTakenOn(), "photosTakenOn");
        notAfter(dataDate, today, "dataDate", "data-date-future");
        notAfter(start, today, "actualStart", "start-future");
        notAfter(r.actualFinish(), today, "actualFinish", "finish-future");
        notAfter(start, dataDate, "actualStart", "start-after-data-date");
        notAfter(r.actualFinish(), dataDate, "actualFinish", "finish-after-data-date");
        if (r.actualFinish() != null && start == null) {
            throw refused("actualStart", "finish-without-start");
        }
        if (r.actualFinish() != null && r.actualFinish().isBefore(start)) {
            throw refused("actualFinish", "finish-before-start");
        }
        if (percent > 0 && start == null) {
            throw refused("actualStart", "progress-without-start");
        }
        if (r.actualFinish() != null && percent != 100) {
            throw refused("percentComplete", "finished-not-100");
        }
        if (percent == 100 && r.actualFinish() == null) {
            throw refused("actualFinish", "100-without-finish");
        }
        LocalDate takenOn = r.photosTakenOn() == null ? dataDate : r.photosTakenOn();
        notAfter(takenOn, today, "photosTakenOn", "photo-future");
        if (r.note() != null && r.note().length() > NOTE_MAX) {
            throw refused("note", "note-long");
        }
        if (r.photosPlace() != null && r.photosPlace().length() > PLACE_MAX) {
            throw refused("photosPlace", "place-long");
        }
        return new ProgressReport(
                dataDate,
                percent,
                start,
                r.actualFinish(),
                blankToNull(r.note()),
                takenOn,
                blankToNull(r.photosPlace()));
    }

    /**
     * Refuses, until confirmed, a report that changes the actual dates of a row already reported finished (the field
     * {@code confirmRewrite} of the form). A report that repeats them (a note, photos) passes.
     */
    static void keepFinished(PlanRow row, ProgressReport r) {
        if (row == null || row.actualFinish() == null) {
            return;
        }
        LocalDate start =
                r.actualStart() == null && PlanRow.MILESTONE.equals(row.kind()) ? r.actualFinish() : r.actualStart();
        if (!row.actualFinish().equals(r.actualFinish()) || !java.util.Objects.equals(row.actualStart(), start)) {
            throw new BusinessException(
                    ErrorCode.PLAN_PROGRESS,
                    "confirmRewrite",
                    new DefaultMessageSourceResolvable(
                            new String[] {"plan.progress.error.rewrite-finished"}, new Object[] {
                                row.taskKey(),
                                String.valueOf(row.actualStart()),
                                row.actualFinish().toString()
                            }));
        }
    }

    private static void notAfter(LocalDate date, LocalDate limit, String field, String reason) {
        if (date != null && date.isAfter(limit)) {
            throw refused(field, reason);
        }
    }

    /** Not before the first date the platform keeps: a year typed as 0001 would count working days for centuries. */
    private static void notBefore(LocalDate date, String field) {
        if (date != null && date.isBefore(SupportedDates.FIRST)) {
            throw refused(field, "date-too-early");
        }
    }

    private static BusinessException refused(String field, String reason) {
        return new BusinessException(
                ErrorCode.PLAN_PROGRESS, field, new DefaultMessageSourceResolvable("plan.progress.error." + reason));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
