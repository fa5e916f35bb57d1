package cn.zhuanban.servicechecklist;

import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One item as the form edits it. {@code submittedOn} is the day the complete application reached
 * the department: the time limit counts from it; before that, the target date is what is watched.
 */
public record ServiceItemForm(
        @NotNull(message = "{validation.required}") ServiceItemKind kind,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String name,

        Long departmentId,
        Long responsibleUserId,
        @SupportedDate LocalDate targetDate,
        @SupportedDate LocalDate submittedOn,

        @NotNull(message = "{validation.required}") @Min(0) @Max(999)
        Integer limitDays,

        @NotNull(message = "{validation.required}") LimitUnit limitUnit,
        @NotNull(message = "{validation.required}") ServiceItemStatus status,

        @Size(max = 100, message = "{validation.max-length}")
        String documentNumber,

        @SupportedDate LocalDate doneOn,

        @Size(max = 1000, message = "{validation.max-length}")
        String note,

        int version) {

    public static ServiceItemForm blank() {
        return new ServiceItemForm(
                ServiceItemKind.OTHER,
                "",
                null,
                null,
                null,
                null,
                5,
                LimitUnit.WORKING_DAYS,
                ServiceItemStatus.PENDING,
                null,
                null,
                null,
                0);
    }

    /** The same form for an item of the given department: a department handler's new item is his department's. */
    public ServiceItemForm inDepartment(Long department) {
        return new ServiceItemForm(
                kind,
                name,
                department,
                responsibleUserId,
                targetDate,
                submittedOn,
                limitDays,
                limitUnit,
                status,
                documentNumber,
                doneOn,
                note,
                version);
    }

    public static ServiceItemForm of(ServiceItemView v) {
        return new ServiceItemForm(
                v.kind(),
                v.name(),
                v.departmentId(),
                v.responsibleUserId(),
                v.targetDate(),
                v.submittedOn(),
                v.limitDays(),
                v.limitUnit(),
                v.status(),
                v.documentNumber(),
                v.doneOn(),
                v.note(),
                v.version());
    }
}
