package cn.zhuanban.enterpriseplan;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterpriseplan.domain.EnterprisePlanStore;
import cn.zhuanban.enterpriseplan.domain.EnterprisePlanStore.Texts;
import cn.zhuanban.enterpriseplan.domain.MeasureStore;
import cn.zhuanban.enterpriseplan.domain.MeasureStore.MeasureData;
import cn.zhuanban.enterpriseplan.domain.PlanRows.LinkRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.MeasureRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.PlanRow;
import cn.zhuanban.enterpriseplan.domain.PlanRows.VersionRow;
import cn.zhuanban.enterpriseplan.domain.ProgressStore;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to enterprise plans. Content changes go to the latest version while it is a draft; an
 * approved version is read-only, and {@link #newVersion} starts the next draft as a copy of it so
 * the approved one stays readable. Only the lead official of one of the enterprise's projects
 * approves. Every change publishes {@link EnterprisePlanChanged}.
 */
@Service
@Transactional
public class EnterprisePlanManagement {

    private final EnterprisePlanStore store;
    private final MeasureStore measureStore;
    private final ProgressStore progressStore;
    private final EnterprisePlanAccess access;
    private final MeasureLinks links;
    private final EnterpriseManagement enterprises;
    private final DepartmentManagement departments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterprisePlanManagement(
            EnterprisePlanStore store,
            MeasureStore measureStore,
            ProgressStore progressStore,
            EnterprisePlanAccess access,
            MeasureLinks links,
            EnterpriseManagement enterprises,
            DepartmentManagement departments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.measureStore = measureStore;
        this.progressStore = progressStore;
        this.access = access;
        this.links = links;
        this.enterprises = enterprises;
        this.departments = departments;
        this.events = events;
        this.clock = clock;
    }

    /** A plan for an enterprise in the user's scope, with its first version as a draft. */
    public long create(long enterpriseId, PlanForm form, CurrentUser user) {
        access.requireStaff(user);
        enterprises.find(enterpriseId, user);
        if (!access.mayServe(enterpriseId, user)) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        if (store.planExistsFor(enterpriseId)) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_EXISTS, (String) null, enterpriseId);
        }
        Instant now = clock.instant();
        long planId = store.insertPlan(enterpriseId, now);
        store.insertVersion(planId, 1, texts(form), user.id(), now);
        publish("enterprise-plan.created", planId, enterpriseId, ChangeSummary.of(snapshot(texts(form))));
        return planId;
    }

    public void edit(long planId, PlanForm form, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        VersionRow draft = access.draft(plan, user);
        Texts before = texts(draft);
        if (draft.version() != form.version()) {
            throw new ChangedMeanwhile("enterprise plan", draft.version());
        }
        if (!store.updateTexts(draft.id(), texts(form), form.version())) { // a save between our read and this update
            throw new OptimisticLockingFailureException("plan version changed by someone else");
        }
        touch(plan);
        publish(
                "enterprise-plan.updated",
                plan,
                "v" + draft.number() + ": " + ChangeSummary.between(snapshot(before), snapshot(texts(form))));
    }

    /** Starts the next version as a copy of the approved latest one; returns its number. */
    public int newVersion(long planId, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        access.requireStaff(user);
        VersionRow latest = access.version(plan, plan.latestNumber());
        if (latest.status() != PlanStatus.APPROVED) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_DRAFT_OPEN, (String) null, latest.number());
        }
        int number = latest.number() + 1;
        Texts copy = new Texts(latest.situation(), latest.needs(), latest.policies(), latest.expectedResults(), null);
        long versionId = store.insertVersion(plan.id(), number, copy, user.id(), clock.instant());
        for (MeasureRow m : measureStore.measures(latest.id())) {
            measureStore.insertMeasure(versionId, m.key(), m.sortOrder(), data(m)); // the copy keeps the key
        }
        store.updatePlan(plan.id(), number, plan.approvedNumber(), plan.nextMeasureKey(), clock.instant());
        publish("enterprise-plan.version-created", plan, "v" + latest.number() + " → v" + number);
        return number;
    }

    public void approve(long planId, int number, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        if (!access.mayApprove(plan.enterpriseId(), user)) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_NOT_LEAD, (String) null);
        }
        VersionRow version = access.version(plan, number);
        // From v2 on, the version history reads as what changed and why: an approval without it would leave a gap.
        if (version.number() > 1
                && version.status() != PlanStatus.APPROVED
                && (version.changeNote() == null || version.changeNote().isBlank())) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_CHANGE_NOTE, "changeNote", number);
        }
        if (version.number() != plan.latestNumber() || !store.approve(version.id(), user.id(), clock.instant())) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_APPROVED, (String) null, number);
        }
        store.updatePlan(plan.id(), plan.latestNumber(), number, plan.nextMeasureKey(), clock.instant());
        publish("enterprise-plan.approved", plan, "v" + number);
    }

    public void addMeasure(long planId, MeasureForm form, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        VersionRow draft = access.draft(plan, user);
        MeasureData data = data(form, plan, user);
        measureStore.insertMeasure(draft.id(), plan.nextMeasureKey(), measureStore.maxSortOrder(draft.id()) + 10, data);
        store.updatePlan(
                plan.id(), plan.latestNumber(), plan.approvedNumber(), plan.nextMeasureKey() + 1, clock.instant());
        publish("enterprise-plan.measure-added", plan, "v" + draft.number() + ": " + form.title());
    }

    public void editMeasure(long planId, long measureId, MeasureForm form, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        VersionRow draft = access.draft(plan, user);
        MeasureRow before = measureOf(draft, measureId);
        if (form.version() == null) { // an edit that did not read the measure could overwrite a change it never saw
            throw new OptimisticLockingFailureException("measure edited without its version");
        }
        if (before.version() != form.version()) {
            throw new ChangedMeanwhile("measure", before.version());
        }
        MeasureData data = data(form, plan, user);
        measureStore.updateMeasure(measureId, form.version(), data);
        touch(plan);
        publish(
                "enterprise-plan.measure-updated",
                plan,
                "v" + draft.number() + " #" + before.key() + " " + before.title() + ": "
                        + ChangeSummary.between(snapshot(data(before)), snapshot(data)));
    }

    public void removeMeasure(long planId, long measureId, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        VersionRow draft = access.draft(plan, user);
        MeasureRow before = measureOf(draft, measureId);
        measureStore.deleteMeasure(measureId);
        if (!measureStore.keyInPlan(plan.id(), before.key())) { // an earlier version still shows its history
            progressStore.forget(plan.id(), before.key());
        }
        touch(plan);
        publish("enterprise-plan.measure-removed", plan, "v" + draft.number() + ": " + before.title());
    }

    /**
     * Records how far a measure has come, from the page of the approved version in force or of the latest version
     * (a draft or the same one); an older version's page is not found. Progress is execution, not the approved
     * content, so it may be recorded on an approved version too, and it belongs to the measure, not to the copy: the
     * step joins the history that every version with the measure shows. The department that owns the measure in the
     * version in force records it (for a measure only in the draft, the draft's owner): a draft that hands the
     * measure to another department does not move the reporting before it is approved.
     */
    public void recordProgress(long planId, long measureId, MeasureProgress progress, CurrentUser user) {
        PlanRow plan = access.load(planId, user);
        access.requireStaff(user);
        VersionRow latest = access.version(plan, plan.latestNumber());
        VersionRow inForce = plan.approvedNumber() == null ? null : access.version(plan, plan.approvedNumber());
        long versionId = measureStore
                .versionOfMeasure(measureId)
                .filter(v -> v == latest.id() || (inForce != null && v == inForce.id()))
                .orElseThrow(() -> new NotFoundException("enterprise-plan-measure", measureId));
        MeasureRow before = measureOf(versionId == latest.id() ? latest : inForce, measureId);
        access.checkRecordProgress(ownerInForce(inForce, before), user);
        progressStore.record(plan.id(), before.key(), progress, user.id(), clock.instant());
        touch(plan);
        publish("enterprise-plan.measure-progress", plan, before.title() + ": " + before.progress() + " → " + progress);
    }

    private Long ownerInForce(VersionRow inForce, MeasureRow measure) {
        if (inForce == null) {
            return measure.ownerDepartmentId();
        }
        return measureStore.measures(inForce.id()).stream()
                .filter(m -> m.key() == measure.key())
                .findFirst()
                .orElse(measure)
                .ownerDepartmentId();
    }

    private MeasureRow measureOf(VersionRow version, long measureId) {
        return measureStore.measures(version.id()).stream()
                .filter(m -> m.id() == measureId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("enterprise-plan-measure", measureId));
    }

    private MeasureData data(MeasureForm form, PlanRow plan, CurrentUser user) {
        if (form.ownerDepartmentId() != null && !departments.names().containsKey(form.ownerDepartmentId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerDepartmentId", form.ownerDepartmentId());
        }
        List<LinkRow> checked = links.checked(form, plan.enterpriseId(), user);
        return new MeasureData(
                form.title().strip(), form.content(), form.ownerDepartmentId(), form.deadline(), checked);
    }

    private static MeasureData data(MeasureRow m) {
        return new MeasureData(m.title(), m.content(), m.ownerDepartmentId(), m.deadline(), m.links());
    }

    private void touch(PlanRow plan) {
        store.updatePlan(plan.id(), plan.latestNumber(), plan.approvedNumber(), plan.nextMeasureKey(), clock.instant());
    }

    private void publish(String action, PlanRow plan, String summary) {
        publish(action, plan.id(), plan.enterpriseId(), summary);
    }

    private void publish(String action, long planId, long enterpriseId, String summary) {
        events.publishEvent(new EnterprisePlanChanged(Actor.current(), action, planId, enterpriseId, summary));
    }

    private static Texts texts(PlanForm f) {
        return new Texts(f.situation(), f.needs(), f.policies(), f.expectedResults(), f.changeNote());
    }

    private static Texts texts(VersionRow v) {
        return new Texts(v.situation(), v.needs(), v.policies(), v.expectedResults(), v.changeNote());
    }

    private static Map<String, Object> snapshot(Texts t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("situation", t.situation());
        s.put("needs", t.needs());
        s.put("policies", t.policies());
        s.put("expectedResults", t.expectedResults());
        s.put("changeNote", t.changeNote());
        return s;
    }

    private static Map<String, Object> snapshot(MeasureData d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", d.title());
        s.put("content", d.content());
        s.put("ownerDepartmentId", d.ownerDepartmentId());
        s.put("deadline", d.deadline());
        s.put(
                "links",
                d.links().stream().map(l -> l.kind() + "#" + l.targetId()).toList());
        return s;
    }
}
