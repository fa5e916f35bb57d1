package cn.zhuanban.investmentreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A site progress photo (现场形象进度照片) of a project as its photo lists show it, wherever it was given: with a monthly
 * report ({@code month} set) or with a progress report on a plan's row ({@code taskKey} and {@code taskName} set).
 * The two kinds are served by different addresses, each checking the project's scope.
 */
public record SitePhoto(
        Source source,
        long id,
        long projectId,
        LocalDate takenOn,
        String place,
        YearMonth month,
        String taskKey,
        String taskName,
        String uploadedBy,
        Instant uploadedAt) {

    public enum Source {
        REPORT,
        PLAN
    }

    public boolean fromPlan() {
        return source == Source.PLAN;
    }
}
