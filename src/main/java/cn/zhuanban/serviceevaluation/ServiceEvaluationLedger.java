package cn.zhuanban.serviceevaluation;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.serviceevaluation.domain.EvaluationQuery;
import cn.zhuanban.serviceevaluation.domain.EvaluationQuery.RateRow;
import cn.zhuanban.serviceevaluation.domain.EvaluationRow;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of service evaluation: the ledger and its rates within the user's project scope, a task force's
 * satisfaction rate, a project's latest ratings, and the enterprise contact's projects with this month's rating.
 */
@Service
@Transactional(readOnly = true)
public class ServiceEvaluationLedger {

    /** Task forces the ledger's summary lists, the least satisfied first. */
    public static final int SUMMARY_ROWS = 50;

    private static final int LATEST = 6;

    private final EvaluationQuery query;
    private final ServiceEvaluationManagement management;
    private final ProjectReads projects;
    private final TaskForceManagement taskForces;
    private final EnterpriseManagement enterprises;
    private final UserDirectory directory;
    private final Clock clock;

    ServiceEvaluationLedger(
            EvaluationQuery query,
            ServiceEvaluationManagement management,
            ProjectReads projects,
            TaskForceManagement taskForces,
            EnterpriseManagement enterprises,
            UserDirectory directory,
            Clock clock) {
        this.query = query;
        this.management = management;
        this.projects = projects;
        this.taskForces = taskForces;
        this.enterprises = enterprises;
        this.directory = directory;
        this.clock = clock;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The ledger's filter as the page and the export apply it: the last twelve months unless a range is given. */
    public EvaluationFilter applied(EvaluationFilter filter) {
        return filter.within(thisMonth());
    }

    public PageResult<EvaluationView> page(EvaluationFilter filter, CurrentUser user, PageQuery page) {
        PageResult<EvaluationRow> rows = query.page(projects.scope(user), applied(filter), page);
        return views(rows);
    }

    /** The satisfaction rate of each task force within the scope and filter, the least satisfied first. */
    public List<SatisfactionRate> rates(EvaluationFilter filter, CurrentUser user) {
        return query.rates(projects.scope(user), applied(filter), SUMMARY_ROWS).stream()
                .map(r -> rate(r).named(r.taskForceName()))
                .toList();
    }

    /** All the ratings of the scope and filter together (task force 0), every task force counted. */
    public SatisfactionRate overall(EvaluationFilter filter, CurrentUser user) {
        return rate(query.total(projects.scope(user), applied(filter)));
    }

    /** A task force's rate over the last twelve months, for whoever sees the task force. */
    public SatisfactionRate taskForceRate(long taskForceId, CurrentUser user) {
        if (!taskForces.isVisible(taskForceId, user)) {
            throw new NotFoundException("task-force", taskForceId);
        }
        EvaluationFilter months = applied(EvaluationFilter.ofTaskForce(taskForceId));
        return rate(query.rateOf(taskForceId, months.from(), months.to()));
    }

    /** The project's latest ratings, newest month first, for whoever sees the project. */
    public List<EvaluationView> latest(long projectId, CurrentUser user) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
        return views(new PageResult<>(query.latest(projectId, LATEST), 0, LATEST, LATEST))
                .content();
    }

    /** This month's rating of one of the contact's own projects, if given (for the form). */
    public Optional<EvaluationView> thisMonth(long projectId, CurrentUser user) {
        management.ownProject(projectId, user);
        return query.latest(projectId, 1).stream()
                .filter(r -> r.month().equals(thisMonth()))
                .findFirst()
                .map(r -> views(new PageResult<>(List.of(r), 0, 1, 1)).content().getFirst());
    }

    /** The contact's projects with this month's rating, for his evaluation page. */
    public List<RatableProject> ratable(CurrentUser user) {
        if (user.enterpriseId() == null) {
            return List.of();
        }
        List<ProjectSummary> own = projects.search(
                        ProjectFilter.ofEnterprise(user.enterpriseId()), user, new PageQuery(0, PageQuery.MAX_SIZE))
                .content();
        Map<Long, ServiceRating> rated =
                query.ofMonth(own.stream().map(ProjectSummary::id).toList(), thisMonth());
        return own.stream()
                .map(p -> new RatableProject(
                        p.id(),
                        p.name(),
                        p.taskForceName(),
                        p.chiefServiceOfficer() == null
                                ? null
                                : p.chiefServiceOfficer().name(),
                        rated.get(p.id()),
                        p.taskForceId() != null))
                .toList();
    }

    private PageResult<EvaluationView> views(PageResult<EvaluationRow> rows) {
        Map<Long, String> enterpriseNames = enterprises.namesOf(
                rows.content().stream().map(EvaluationRow::enterpriseId).toList());
        Map<Long, String> people = directory.namesOf(rows.content().stream()
                .flatMap(r -> Stream.of(r.ratedBy(), r.chiefServiceOfficerId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.map(r -> new EvaluationView(
                r.id(),
                r.projectId(),
                r.projectName(),
                enterpriseNames.get(r.enterpriseId()),
                r.taskForceId(),
                r.taskForceName(),
                r.chiefServiceOfficerId() == null ? null : people.get(r.chiefServiceOfficerId()),
                r.month(),
                r.rating(),
                r.responsiveness(),
                r.problemSolving(),
                r.attitude(),
                r.comment(),
                people.get(r.ratedBy()),
                r.ratedAt(),
                r.revision(),
                r.version()));
    }

    private static SatisfactionRate rate(RateRow r) {
        return new SatisfactionRate(r.taskForceId(), null, r.satisfied(), r.basicallySatisfied(), r.dissatisfied());
    }
}
