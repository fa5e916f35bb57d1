package cn.zhuanban.enterpriseplan;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureView;
import cn.zhuanban.enterpriseplan.PlanViews.PlanSummary;
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.enterpriseplan.PlanViews.ProgressStep;
import cn.zhuanban.enterpriseplan.PlanViews.VersionDiff;
import cn.zhuanban.enterpriseplan.PlanViews.VersionView;
import cn.zhuanban.enterpriseplan.domain.EnterprisePlanQuery;
import cn.zhuanban.enterpriseplan.domain.EnterprisePlanStore;
import cn.zhuanban.enterpriseplan.domain.MeasureStore;
import cn.zhuanban.enterpriseplan.domain.PlanDiffer;
import cn.zhuanban.enterpriseplan.domain.PlanRows.ListRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.MeasureRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.PlanRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.ProgressRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.VersionRow;
import cn.zhuanban.enterpriseplan.domain.ProgressStore;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of enterprise plans: the list, a plan at any version with the progress of its
 * measures, the version history and the comparison of two versions. Reads run without a
 * surrounding transaction so that a linked ticket the viewer may not see (a refusal inside the
 * ticket module) does not spoil the page.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class EnterprisePlanLists {

    private static final int ENTERPRISE_MATCHES = 500;

    private final EnterprisePlanStore store;
    private final MeasureStore measureStore;
    private final ProgressStore progressStore;
    private final EnterprisePlanQuery list;
    private final EnterprisePlanAccess access;
    private final MeasureLinks links;
    private final EnterpriseManagement enterprises;
    private final DepartmentManagement departments;
    private final UserDirectory directory;

    EnterprisePlanLists(
            EnterprisePlanStore store,
            MeasureStore measureStore,
            ProgressStore progressStore,
            EnterprisePlanQuery list,
            EnterprisePlanAccess access,
            MeasureLinks links,
            EnterpriseManagement enterprises,
            DepartmentManagement departments,
            UserDirectory directory) {
        this.store = store;
        this.measureStore = measureStore;
        this.progressStore = progressStore;
        this.list = list;
        this.access = access;
        this.links = links;
        this.enterprises = enterprises;
        this.departments = departments;
        this.directory = directory;
    }

    /** The plans' names for the audit log, by plan id: the enterprise's (a plan is the enterprise's one plan). */
    public Map<Long, String> namesOf(Collection<Long> planIds) {
        Map<Long, Long> enterpriseOf = store.enterprisesOf(planIds);
        Map<Long, String> names = enterprises.namesOf(List.copyOf(enterpriseOf.values()));
        Map<Long, String> byPlan = new HashMap<>();
        enterpriseOf.forEach((plan, enterprise) -> {
            if (names.get(enterprise) != null) {
                byPlan.put(plan, names.get(enterprise));
            }
        });
        return byPlan;
    }

    public PageResult<PlanSummary> plans(String q, PlanStatus status, CurrentUser user, PageQuery page) {
        List<Long> matching = q == null || q.isBlank() ? null : enterprises.idsMatching(q, ENTERPRISE_MATCHES);
        PageResult<ListRow> rows = list.page(access.scope(user), matching, status, page);
        Map<Long, String> names = enterprises.namesOf(
                rows.content().stream().map(ListRow::enterpriseId).toList());
        return rows.map(r -> new PlanSummary(
                r.id(),
                r.enterpriseId(),
                names.get(r.enterpriseId()),
                r.latestNumber(),
                r.latestStatus(),
                r.approvedNumber(),
                r.measures(),
                r.updatedAt()));
    }

    /**
     * The plan at version {@code number}, or when null at the version it opens at: the latest for staff, the approved
     * one for an enterprise contact, who reads no draft (and for whom the approved version is the latest there is).
     */
    public PlanView plan(long planId, Integer number, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        int shown = access.shownNumber(plan, user);
        VersionRow version = access.version(plan, number == null ? shown : number, user);
        boolean latest = version.number() == plan.latestNumber();
        boolean inForce = version.number() == Objects.requireNonNullElse(plan.approvedNumber(), 0);
        Map<Long, String> departmentNames = departments.names();
        List<MeasureRow> rows = measureStore.measures(version.id());
        Map<Integer, Long> owners = latest || inForce ? ownersInForce(plan, inForce, rows) : Map.of();
        Map<Integer, List<ProgressRow>> history = progressStore.history(plan.id());
        Map<Long, String> recorders = directory.namesOf(history.values().stream()
                .flatMap(List::stream)
                .map(ProgressRow::recordedBy)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<MeasureView> measures = rows.stream()
                .map(m -> new MeasureView(
                        m.id(),
                        m.key(),
                        m.title(),
                        m.content(),
                        m.ownerDepartmentId(),
                        m.ownerDepartmentId() == null ? null : departmentNames.get(m.ownerDepartmentId()),
                        m.deadline(),
                        m.progress(),
                        history.getOrDefault(m.key(), List.of()).stream()
                                .map(p -> new ProgressStep(
                                        p.progress(),
                                        p.recordedBy() == null ? null : recorders.get(p.recordedBy()),
                                        p.recordedAt()))
                                .toList(),
                        links.resolve(m.links(), user),
                        m.version(),
                        (latest || inForce) && access.mayRecordProgress(owners.get(m.key()), user)))
                .toList();
        boolean draft = version.status() == PlanStatus.DRAFT;
        return new PlanView(
                plan.id(),
                plan.enterpriseId(),
                enterprises.namesOf(List.of(plan.enterpriseId())).get(plan.enterpriseId()),
                shown,
                plan.approvedNumber(),
                view(version, names(List.of(version))),
                measures,
                latest && draft && access.mayEdit(user),
                latest && draft && access.mayApprove(plan.enterpriseId(), user),
                latest && !draft && access.mayEdit(user));
    }

    /** The id of the enterprise's plan if it has one the user may see. */
    public Optional<Long> planOf(long enterpriseId, CurrentUser user) {
        return store.planOf(enterpriseId, access.scope(user)).map(PlanRow::id);
    }

    public List<VersionView> versions(long planId, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        List<VersionRow> versions = store.versions(plan.id()).stream()
                .filter(v -> v.number() <= access.shownNumber(plan, user))
                .toList();
        Map<Long, String> names = names(versions);
        return versions.stream().map(v -> view(v, names)).toList();
    }

    /**
     * What changed from version {@code from} (default: the one before {@code to}) to {@code to} (default: the version
     * the plan opens at).
     */
    public VersionDiff diff(long planId, Integer from, Integer to, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        int target = to == null ? access.shownNumber(plan, user) : to;
        int source = from == null ? Math.max(1, target - 1) : from;
        VersionRow a = access.version(plan, source, user);
        VersionRow b = access.version(plan, target, user);
        return PlanDiffer.diff(a, measureStore.measures(a.id()), b, measureStore.measures(b.id()), departments.names());
    }

    /** Whether the user may start a plan for this enterprise (for the enterprise page's card). */
    public boolean mayCreate(long enterpriseId, CurrentUser user) {
        return access.mayEdit(user) && access.mayServe(enterpriseId, user);
    }

    /**
     * Who reports each measure's progress: its owner department in the version in force, or the draft's for a measure
     * only the draft has (as {@link EnterprisePlanManagement#recordProgress} checks).
     */
    private Map<Integer, Long> ownersInForce(PlanRow plan, boolean shownInForce, List<MeasureRow> shown) {
        Map<Integer, Long> owners = new HashMap<>();
        shown.forEach(m -> owners.put(m.key(), m.ownerDepartmentId()));
        if (!shownInForce && plan.approvedNumber() != null) {
            measureStore
                    .measures(access.version(plan, plan.approvedNumber()).id())
                    .forEach(m -> owners.put(m.key(), m.ownerDepartmentId()));
        }
        return owners;
    }

    private Map<Long, String> names(List<VersionRow> versions) {
        return directory.namesOf(versions.stream()
                .flatMap(v -> Stream.of(v.createdBy(), v.approvedBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    private static VersionView view(VersionRow v, Map<Long, String> names) {
        return new VersionView(
                v.id(),
                v.number(),
                v.status(),
                v.situation(),
                v.needs(),
                v.policies(),
                v.expectedResults(),
                v.changeNote(),
                names.get(v.createdBy()),
                v.createdAt(),
                v.approvedBy() == null ? null : names.get(v.approvedBy()),
                v.approvedAt(),
                v.version());
    }
}
