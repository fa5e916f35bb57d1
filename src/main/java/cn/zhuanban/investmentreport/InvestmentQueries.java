package cn.zhuanban.investmentreport;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investmentreport.domain.PlanStore;
import cn.zhuanban.investmentreport.domain.ReportQueries;
import cn.zhuanban.investmentreport.domain.ReportRules;
import cn.zhuanban.investmentreport.domain.ReportRules.Neighbour;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the investment pages, the cockpit and the generated reports read: always within the user's
 * project scope, filtered and summed in SQL.
 */
@Service
@Transactional(readOnly = true)
public class InvestmentQueries {

    private final ReportQueries queries;
    private final PlanStore plans;
    private final ProjectReads projects;
    private final Clock clock;
    private final int deadlineDay;

    InvestmentQueries(
            ReportQueries queries,
            PlanStore plans,
            ProjectReads projects,
            Clock clock,
            @Value("${zhuanban.investment.deadline-day:25}") int deadlineDay) {
        this.queries = queries;
        this.plans = plans;
        this.projects = projects;
        this.clock = clock;
        this.deadlineDay = deadlineDay;
    }

    /** A project's reports, newest month first; not found outside the user's scope. */
    public List<MonthlyReportView> ofProject(long projectId, CurrentUser user) {
        requireVisible(projectId, user);
        return queries.ofProject(projectId);
    }

    /**
     * How a project's investment stands, for its page: this year's reported figure against the year's plan, the
     * figure since start against the total investment, the newest month reported and which of the two newest months
     * past their deadline day lack a report (a project in preparation or under construction owes one, as the
     * missing-reports list says, from the month it starts). The newest report carries both cumulative figures, so
     * the reports of those two months, the newest, and the plan are read. Not found outside the scope.
     */
    public InvestmentStanding standing(long projectId, CurrentUser user) {
        ProjectView project = projects.find(projectId, user);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<Neighbour> latest = queries.latest(projectId, 3);
        Neighbour newest = latest.isEmpty() ? null : latest.getFirst();
        boolean thisYear = newest != null && newest.month().getYear() == year;
        YearMonth started = project.start() == null ? null : YearMonth.from(project.start());
        List<YearMonth> missing = !ReportQueries.reportable(project.stage())
                ? List.of()
                : ReportRules.dueMonths(today, deadlineDay).stream()
                        .filter(m -> started == null || !m.isBefore(started))
                        .filter(m -> latest.stream().noneMatch(r -> r.month().equals(m)))
                        .sorted()
                        .toList();
        return new InvestmentStanding(
                year,
                thisYear ? newest.yearToDate() : BigDecimal.ZERO,
                plans.plan(projectId, year).stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                newest == null ? BigDecimal.ZERO : newest.sinceStart(),
                project.totalInvestment(),
                newest == null ? null : newest.month(),
                missing);
    }

    public List<BigDecimal> plan(long projectId, int year, CurrentUser user) {
        requireVisible(projectId, user);
        return plans.plan(projectId, year);
    }

    /** The month's reports of the projects in scope, late ones first; {@code q}: words of a project's name or code. */
    public PageResult<MonthlyReportView> ofMonth(YearMonth month, String q, CurrentUser user, PageQuery page) {
        return queries.ofMonth(month, q, projects.scope(user), page);
    }

    public PageResult<MissingReport> missing(YearMonth month, CurrentUser user, PageQuery page) {
        return missing(month, user, null, page);
    }

    /** As above, of the projects whose name or code contains {@code q} (blank: all). */
    @Transactional(readOnly = true)
    public PageResult<MissingReport> missing(YearMonth month, CurrentUser user, String q, PageQuery page) {
        return queries.missing(month, projects.scope(user), q, page);
    }

    /** Plan and completed per month of {@code year}, summed over the user's projects (12 entries). */
    public List<MonthFigure> monthFigures(int year, CurrentUser user) {
        return queries.monthFigures(year, projects.scope(user));
    }

    /** The statistics export: a page of projects in scope, each with its twelve months of {@code year}. */
    public PageResult<YearRow> yearGrid(int year, CurrentUser user, PageQuery page) {
        return queries.yearGrid(year, projects.scope(user), page);
    }

    private void requireVisible(long projectId, CurrentUser user) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
    }
}
