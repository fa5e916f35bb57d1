package cn.zhuanban.servicechecklist.domain;

import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Version
    private int version;

    public static ServiceItem of(long projectId, int sortOrder, ServiceItemForm form) {
        ServiceItem item = new ServiceItem();
        item.projectId = projectId;
        item.sortOrder = sortOrder;
        item.edit(form);
        return item;
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
        return item;
    }

    public void edit(ServiceItemForm f) {
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

    public int getVersion() {
        return version;
    }
}
