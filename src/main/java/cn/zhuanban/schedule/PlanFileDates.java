package cn.zhuanban.schedule;

import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.mpxj.ProjectProperties;

/**
 * A plan file's own dates, for {@link PlanFileReader}: the plan's start and its data date, each null when the file
 * gives none. A date outside the calendars refuses the file.
 *
 * @param start Primavera's planned start ({@code plan_start_date}), else the project's start (MS Project's {@code
 *     StartDate}). MPXJ answers an XER's project start with the earliest date of any activity, an actual start
 *     included, which moved an imported plan's start back to its first reported progress.
 * @param dataDate the status date (MS Project's {@code StatusDate}, Primavera's {@code last_recalc_date}), as
 *     {@link PlanFileWriter} writes the plan's data date
 */
record PlanFileDates(LocalDate start, LocalDate dataDate) {

    static PlanFileDates of(ProjectProperties properties) {
        LocalDate planned = day(properties.getPlannedStart());
        LocalDate start = planned != null ? planned : day(properties.getStartDate());
        if (start != null && !SupportedDates.allows(start)) {
            throw PlanFileReader.refused("start-outside", start.toString());
        }
        LocalDate dataDate = day(properties.getStatusDate());
        if (dataDate != null && !SupportedDates.allows(dataDate)) {
            throw PlanFileReader.refused("data-date-outside", dataDate.toString());
        }
        return new PlanFileDates(start, dataDate);
    }

    private static LocalDate day(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }
}
