package cn.zhuanban.project;

import cn.zhuanban.shared.Amount;
import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a person enters about a key project, in the form and in {@code POST /api/v1/projects}.
 * Investment in 万元. {@code version} (absent when registering) guards an edit against overwriting
 * someone else's.
 *
 * <p>The lead official (分包领导) is required on the project pages ({@link OnPage}): every key project has one district
 * leader in charge. {@code POST /api/v1/projects} and the import keep it optional, as api-contract.md and the import
 * template have always had it, so that clients and sheets written for them still work; such a project's page says
 * that no lead official is set yet, and its edit page asks for one.
 */
public record ProjectForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String name,

        String projectCode,
        @NotNull(message = "{validation.required}") Long enterpriseId,
        @NotNull(message = "{validation.required}") ProjectLevel level,
        @NotNull(message = "{validation.required}") ProjectStage stage,

        @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.not-negative}") @Amount
        BigDecimal totalInvestment,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) @SupportedDate
        LocalDate start,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) @SupportedDate
        LocalDate targetFinish,

        @NotNull(message = "{project.lead-official.required}", groups = OnPage.class)
        Long leadOfficialId,

        Long taskForceId,

        @Size(max = 200, message = "{validation.max-length}")
        String location,

        @Size(max = 4000, message = "{validation.max-length}")
        String description,

        Integer version) {

    /** The validation group of the project pages (new and edit), beside the default one. */
    public interface OnPage {}

    /** A form filled with a project's current data, for the edit page. */
    public static ProjectForm of(ProjectView p) {
        return new ProjectForm(
                p.name(),
                p.projectCode(),
                p.enterpriseId(),
                p.level(),
                p.stage(),
                p.totalInvestment(),
                p.start(),
                p.targetFinish(),
                p.leadOfficialId(),
                p.taskForceId(),
                p.location(),
                p.description(),
                p.version());
    }
}
