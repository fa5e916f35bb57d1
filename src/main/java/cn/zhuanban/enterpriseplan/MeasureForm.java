package cn.zhuanban.enterpriseplan;

import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One measure as the form edits it. Linked tickets, service items and talent demands are typed as
 * ids separated by commas or spaces; each must exist, be visible to the editor and belong to the
 * plan's enterprise. An edit names the version of the measure it was read at (optimistic locking).
 */
public record MeasureForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @Size(max = 2000, message = "{validation.max-length}")
        String content,

        Long ownerDepartmentId,
        @SupportedDate LocalDate deadline,

        @Size(max = 300, message = "{validation.max-length}")
        String ticketIds,

        @Size(max = 300, message = "{validation.max-length}")
        String serviceItemIds,

        @Size(max = 300, message = "{validation.max-length}")
        String talentDemandIds,

        Integer version) {

    /** A new measure: no version yet. */
    public MeasureForm(
            String title,
            String content,
            Long ownerDepartmentId,
            LocalDate deadline,
            String ticketIds,
            String serviceItemIds,
            String talentDemandIds) {
        this(title, content, ownerDepartmentId, deadline, ticketIds, serviceItemIds, talentDemandIds, null);
    }

    public static MeasureForm blank() {
        return new MeasureForm("", "", null, null, "", "", "");
    }
}
