package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investmentreport.domain.MonthlyReport;
import cn.zhuanban.investmentreport.domain.MonthlyReportRepository;
import cn.zhuanban.investmentreport.domain.PlanStore;
import cn.zhuanban.investmentreport.domain.ReportQueries;
import cn.zhuanban.investmentreport.domain.ReportRules;
import cn.zhuanban.investmentreport.domain.ReportRules.Neighbour;
import cn.zhuanban.investmentreport.domain.ReportRules.Violation;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.Amounts;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting, correcting and confirming monthly investment reports and setting the annual plan.
 * Every write checks the project is in the user's scope (outside it: not found) and the rules of
 * {@link ReportRules}; the first broken rule is refused with its field.
 */
@Service
@Transactional
public class InvestmentReporting {

    private final MonthlyReportRepository reports;
    private final ReportQueries queries;
    private final PlanStore plans;
    private final ProjectReads projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int deadlineDay;

    InvestmentReporting(
            MonthlyReportRepository reports,
            ReportQueries queries,
            PlanStore plans,
            ProjectReads projects,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${zhuanban.investment.deadline-day:25}") int deadlineDay) {
        this.reports = reports;
        this.queries = queries;
        this.plans = plans;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
        this.deadlineDay = deadlineDay;
    }

    public long report(long projectId, ReportForm form, CurrentUser user) {
        ProjectSummary project = visibleProject(projectId, user);
        List<Violation> violations = violations(project, form);
        if (!violations.isEmpty()) {
            Violation first = violations.getFirst();
            throw new BusinessException(
                    first.code(), first.field(), first.args().toArray());
        }
        return store(project, form, user, Actor.current());
    }

    public void confirm(long reportId, CurrentUser user) {
        visibleReport(reportId, user);
        MonthlyReport report = reports.findById(reportId).orElseThrow();
        report.confirm(user.id(), clock.instant());
        reports.save(report);
        events.publishEvent(new InvestmentReportConfirmed(
                Actor.current(), reportId, report.getProjectId(), "status: SUBMITTED → CONFIRMED"));
    }

    /** Refuses a report that does not exist or whose project lies outside the user's scope: not found. */
    @Transactional(readOnly = true)
    void visibleReport(long reportId, CurrentUser user) {
        queries.find(reportId, projects.scope(user))
                .orElseThrow(() -> new NotFoundException("investment-report", reportId));
    }

    public void setPlan(long projectId, int year, List<BigDecimal> months, CurrentUser user) {
        visibleProject(projectId, user);
        List<BigDecimal> before = plans.plan(projectId, year);
        plans.replace(projectId, year, months);
        events.publishEvent(new InvestmentPlanSet(
                Actor.current(),
                projectId,
                year,
                ChangeSummary.between(
                        Map.of("plan" + year, before), Map.of("plan" + year, plans.plan(projectId, year)))));
    }

    /** The rules a form breaks, against the project's stored neighbouring months; empty when it may be saved. */
    List<Violation> violations(ProjectSummary project, ReportForm form) {
        YearMonth month = YearMonth.of(form.year(), form.month());
        Neighbour before = queries.before(project.id(), month).orElse(null);
        boolean correction = stored(project.id(), month).isPresent();
        return ReportRules.check(
                month,
                ReportRules.complete(month, form.figures(), before),
                form.overTotalExplanation(),
                project.totalInvestment(),
                before,
                // A correction shifts the later months with it (store), so they cannot stand in its way.
                correction ? null : queries.after(project.id(), month).orElse(null),
                currentMonth());
    }

    /**
     * Saves a checked form, its blank cumulative figures worked out; {@code actor} is who the audit log names (the
     * requester, when an import job saves it).
     *
     * <p>A correction of a month that has later months changes what they add up to. Refusing it would leave a wrong
     * figure standing until every later month were withdrawn, which the reporter cannot do; so the later months'
     * cumulative figures move by the same change (当年累计 within the corrected year, 截止累计 for all), each audited
     * as a change of its own report. A later month the dispatch office has confirmed no longer changes: then the
     * correction is refused, and the dispatch office decides.
     */
    long store(ProjectSummary project, ReportForm typed, CurrentUser user, Actor actor) {
        YearMonth month = YearMonth.of(typed.year(), typed.month());
        ReportForm form = typed.with(ReportRules.complete(
                month, typed.figures(), queries.before(project.id(), month).orElse(null)));
        MonthlyReport report = stored(project.id(), month).orElseGet(() -> MonthlyReport.open(project.id(), month));
        Map<String, Object> before = report.getId() == null ? Map.of() : report.snapshot();
        Figures was = report.getId() == null ? null : report.figures();
        // Lateness is decided when the month is first reported: a correction afterwards (a typo fixed in spring for
        // last autumn) does not make a report that came in on time late, nor a late one timely.
        boolean late =
                report.getId() == null ? ReportRules.late(month, LocalDate.now(clock), deadlineDay) : report.isLate();
        report.submit(
                form.figures(), form.overTotalExplanation(), form.progressNote(), late, user.id(), clock.instant());
        report = reports.save(report);
        events.publishEvent(new InvestmentReported(
                actor, report.getId(), project.id(), ChangeSummary.between(before, report.snapshot())));
        if (was != null
                && (was.yearToDate().compareTo(form.figures().yearToDate()) != 0
                        || was.sinceStart().compareTo(form.figures().sinceStart()) != 0)) {
            shiftLaterMonths(project.id(), month, was, form.figures(), actor);
        }
        return report.getId();
    }

    private void shiftLaterMonths(long projectId, YearMonth month, Figures was, Figures now, Actor actor) {
        for (MonthlyReport later : reports.findByProjectIdOrderByReportYearAscReportMonthAsc(projectId)) {
            if (!later.month().isAfter(month)) {
                continue;
            }
            if (later.getStatus() == ReportStatus.CONFIRMED) {
                throw new BusinessException(
                        ErrorCode.INVESTMENT_LATER_CONFIRMED,
                        "thisMonth",
                        month.toString(),
                        later.month().toString());
            }
            Map<String, Object> before = later.snapshot();
            Figures shifted = ReportRules.shifted(month, was, now, later.month(), later.figures());
            // A correction upwards moves the later months' totals up with it, maybe beyond what the column holds.
            Amounts.require(shifted.yearToDate(), "yearToDate");
            Amounts.require(shifted.sinceStart(), "sinceStart");
            later.shift(shifted);
            later = reports.save(later);
            events.publishEvent(new InvestmentReported(
                    actor,
                    later.getId(),
                    projectId,
                    ChangeSummary.between(before, later.snapshot()) + " (" + month + " corrected)"));
        }
    }

    private Optional<MonthlyReport> stored(long projectId, YearMonth month) {
        return reports.findByProjectIdAndReportYearAndReportMonth(projectId, month.getYear(), month.getMonthValue());
    }

    ProjectSummary visibleProject(long projectId, CurrentUser user) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
        return projects.summary(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
    }

    /** Whether the deadline day of {@code month} has passed: a report filed now would be late. */
    public boolean pastDeadline(YearMonth month) {
        return ReportRules.late(month, today(), deadlineDay);
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int deadlineDay() {
        return deadlineDay;
    }
}
