package cn.zhuanban.investmentreport.domain;

import cn.zhuanban.investmentreport.Figures;
import cn.zhuanban.investmentreport.ReportStatus;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One project's investment report for one month. Submitted (or corrected) by the reporter until the
 * dispatch office confirms it; a confirmed report no longer changes. The checks live in {@link ReportRules}.
 */
@Table("investment_report")
public class MonthlyReport {

    @Id
    private Long id;

    private final long projectId;
    private final int reportYear;
    private final int reportMonth;
    private BigDecimal thisMonth;
    private BigDecimal yearToDate;
    private BigDecimal sinceStart;
    private String overTotalExplanation;
    private String progressNote;
    private boolean late;
    private ReportStatus status;
    private long reportedBy;
    private Instant reportedAt;
    private Long confirmedBy;
    private Instant confirmedAt;

    @Version
    private int version;

    @PersistenceCreator
    MonthlyReport(Long id, long projectId, int reportYear, int reportMonth) {
        this.id = id;
        this.projectId = projectId;
        this.reportYear = reportYear;
        this.reportMonth = reportMonth;
    }

    public static MonthlyReport open(long projectId, YearMonth month) {
        return new MonthlyReport(null, projectId, month.getYear(), month.getMonthValue());
    }

    /** Records the figures; refused once the dispatch office has confirmed the month. */
    public void submit(Figures f, String explanation, String note, boolean isLate, long userId, Instant now) {
        if (status == ReportStatus.CONFIRMED) {
            throw new BusinessException(ErrorCode.INVESTMENT_CONFIRMED, "month", month().toString());
        }
        this.thisMonth = f.thisMonth();
        this.yearToDate = f.yearToDate();
        this.sinceStart = f.sinceStart();
        this.overTotalExplanation = blankToNull(explanation);
        this.progressNote = blankToNull(note);
        this.late = isLate;
        this.status = ReportStatus.SUBMITTED;
        this.reportedBy = userId;
        this.reportedAt = now;
    }

    /**
     * Moves the cumulative figures after an earlier month was corrected ({@code ReportRules.shifted}); this month's
     * own figure, reporter and lateness stay as reported.
     */
    public void shift(Figures f) {
        if (status == ReportStatus.CONFIRMED) {
            throw new BusinessException(ErrorCode.INVESTMENT_CONFIRMED, "month", month().toString());
        }
        this.yearToDate = f.yearToDate();
        this.sinceStart = f.sinceStart();
    }

    /** Whether the month was first reported after its deadline day; a correction keeps this. */
    public boolean isLate() {
        return late;
    }

    public Figures figures() {
        return new Figures(thisMonth, yearToDate, sinceStart);
    }

    public void confirm(long userId, Instant now) {
        if (status == ReportStatus.CONFIRMED) {
            throw new BusinessException(ErrorCode.INVESTMENT_CONFIRMED, "month", month().toString());
        }
        this.status = ReportStatus.CONFIRMED;
        this.confirmedBy = userId;
        this.confirmedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("month", month());
        fields.put("thisMonth", thisMonth);
        fields.put("yearToDate", yearToDate);
        fields.put("sinceStart", sinceStart);
        fields.put("overTotalExplanation", overTotalExplanation);
        fields.put("late", late);
        fields.put("status", status);
        return fields;
    }

    public YearMonth month() {
        return YearMonth.of(reportYear, reportMonth);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public ReportStatus getStatus() {
        return status;
    }
}
