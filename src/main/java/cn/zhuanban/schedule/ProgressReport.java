package cn.zhuanban.schedule;

import java.time.LocalDate;

/**
 * A progress report on one row of a plan (形象进度), as the task force or the enterprise contact makes it.
 *
 * @param dataDate the day the report is true of; today when null
 * @param photosTakenOn the day the attached site photos were taken; the data date when null
 * @param photosPlace where the photos were taken
 */
public record ProgressReport(
        LocalDate dataDate,
        Integer percentComplete,
        LocalDate actualStart,
        LocalDate actualFinish,
        String note,
        LocalDate photosTakenOn,
        String photosPlace) {}
