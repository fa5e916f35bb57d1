package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.shared.ChangeSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One item of a project's service checklist. */
@Table("service_item")
public class ServiceItem {

    @Id
    private Long id;

    private long projectId;
    private Long templateId;
    private ServiceItemKind kind;
    private String name;
    private Long departmentId;
    private Long responsibleUserId;
    private LocalDate targetDate;
    private LocalDate submittedOn;
    private int limitDays;
    private LimitUnit limitUnit;
    private ServiceItemStatus status;
    private String documentNumber;
    private LocalDate doneOn;
    private Integer validityMonths;
    private Integer extensionMonths;
    private Integer maxExtensions;
    private int extensionsUsed;
    private LocalDate workStartedOn;
    private String note;
    private int sortOrder;
    private String planTaskKey;
    private String workStartTaskKey;
    /** The target is the plan row's latest finish and follows it; false once a person sets it on the form. */
    private boolean targetFromPlan;

    @Version
    private int version;

    public static ServiceItem of(long projectId, int sortOrder, ServiceItemForm form) {
        ServiceItem item = new ServiceItem();
        item.projectId = projectId;
        item.sortOrder = sortOrder;
        item.edit(form);
        return item;
    }

    /**
     * An item of the template, as far along as the project's plan is: the row that stands for it gives the target
     * ("must finish by") and, once reported, its start (under way) or finish (done); a permit's work start is the
     * finish of the row that starts the work. Without such rows the item waits, with no target until the plan gives
     * one (a plan applied later, or the row added).
     */
    public static ServiceItem fromTemplate(
            long projectId, TemplateRow t, Long departmentId, PlannedTask task, PlannedTask workStart) {
        ServiceItem item = fromTemplate(projectId, t, departmentId);
        if (task != null) {
            item.targetDate = task.mustFinishBy();
            if (task.finishedOn() != null) {
                item.status = ServiceItemStatus.DONE;
                item.doneOn = task.finishedOn();
            } else if (task.startedOn() != null) {
                item.status = ServiceItemStatus.IN_PROGRESS;
            }
        }
        if (workStart != null && item.doneOn != null && item.validityMonths != null) {
            item.workStartedOn = workStart.finishedOn();
        }
        return item;
    }

    /** The person who answers for the item (责任人), as {@code responsibleUserId} on the form; null for none. */
    public ServiceItem answeredBy(Long responsibleUserId) {
        this.responsibleUserId = responsibleUserId;
        return this;
    }

    public static ServiceItem fromTemplate(long projectId, TemplateRow t, Long departmentId) {
        ServiceItem item = new ServiceItem();
        item.projectId = projectId;
        item.templateId = t.id();
        item.kind = t.kind();
        item.name = t.name();
        item.departmentId = departmentId;
        item.limitDays = t.limitDays();
        item.limitUnit = t.limitUnit();
        item.status = ServiceItemStatus.PENDING;
        item.validityMonths = t.validityMonths();
        item.extensionMonths = t.extensionMonths();
        item.maxExtensions = t.maxExtensions();
        item.sortOrder = t.sortOrder();
        item.planTaskKey = t.planTaskKey();
        item.workStartTaskKey = t.workStartTaskKey();
        // the target is the plan row's, whether the plan gives it already or only once a plan is made or rescheduled:
        // applied before the plan, the items stayed without a target while the plan scheduled the same approvals
        item.targetFromPlan = t.planTaskKey() != null;
        return item;
    }

    /** The form's values; a target that differs from the item's is a person's, which the plan no longer moves. */
    public void edit(ServiceItemForm f) {
        if (!Objects.equals(f.targetDate(), targetDate)) {
            targetFromPlan = false;
        }
        kind = f.kind();
        name = f.name().strip();
        departmentId = f.departmentId();
        responsibleUserId = f.responsibleUserId();
        targetDate = f.targetDate();
        submittedOn = f.submittedOn();
        limitDays = f.limitDays();
        limitUnit = f.limitUnit();
        status = f.status();
        documentNumber = f.documentNumber() == null || f.documentNumber().isBlank()
                ? null
                : f.documentNumber().strip();
        doneOn = f.status() == ServiceItemStatus.DONE ? f.doneOn() : null;
        note = f.note();
    }

    /** One more validity extension; false when the rule allows no more or the permit is not waiting. */
    public boolean extend() {
        if (validityMonths == null
                || doneOn == null
                || workStartedOn != null
                || maxExtensions == null
                || extensionsUsed >= maxExtensions) {
            return false;
        }
        extensionsUsed++;
        return true;
    }

    public void workStarted(LocalDate on) {
        workStartedOn = on;
    }

    /** Done on {@code on}, as the plan reports it; false, changing nothing, when the item is no longer open. */
    public boolean completedInPlan(LocalDate on) {
        if (!status.open()) {
            return false;
        }
        status = ServiceItemStatus.DONE;
        doneOn = on;
        return true;
    }

    /**
     * The plan was rescheduled and the row that stands for the item must now finish by {@code mustFinishBy}: an open
     * item whose target the plan gave follows it; false, changing nothing, for a done item, a person's target, a row
     * with no latest finish, or the same date.
     */
    public boolean followPlan(LocalDate mustFinishBy) {
        if (!targetFromPlan || !status.open() || mustFinishBy == null || mustFinishBy.equals(targetDate)) {
            return false;
        }
        targetDate = mustFinishBy;
        return true;
    }

    /** The work a permit waits for started, as the plan reports it; false when it was recorded already. */
    public boolean workStartedInPlan(LocalDate on) {
        if (validityMonths == null || workStartedOn != null) {
            return false;
        }
        workStartedOn = on;
        return true;
    }

    public boolean done() {
        return status == ServiceItemStatus.DONE;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("kind", kind);
        s.put("departmentId", departmentId);
        s.put("responsibleUserId", responsibleUserId);
        s.put("targetDate", targetDate);
        s.put("submittedOn", submittedOn);
        s.put("limit", limitDays + " " + limitUnit);
        s.put("status", status);
        s.put("documentNumber", documentNumber);
        s.put("doneOn", doneOn);
        s.put("extensionsUsed", extensionsUsed);
        s.put("workStartedOn", workStartedOn);
        s.put("note", ChangeSummary.typed(note)); // a changed note alone is a change the log must show
        return s;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getResponsibleUserId() {
        return responsibleUserId;
    }

    public String getPlanTaskKey() {
        return planTaskKey;
    }

    public String getWorkStartTaskKey() {
        return workStartTaskKey;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public LocalDate getWorkStartedOn() {
        return workStartedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public int getVersion() {
        return version;
    }
}
