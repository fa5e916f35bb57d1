package cn.zhuanban.investment;

import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
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
 * Turning a signed lead into a key project: the project's data, prefilled from the lead, and its
 * enterprise — an enterprise already registered, or a new one registered on the way (name and
 * unified social credit code). {@code leadVersion} guards against a lead changed meanwhile.
 */
public record KeyProjectForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String name,

        String projectCode,
        Long enterpriseId,

        @Size(max = 200, message = "{validation.max-length}")
        String newEnterpriseName,

        String newEnterpriseCreditCode,
        @NotNull(message = "{validation.required}") ProjectLevel level,
        @NotNull(message = "{validation.required}") ProjectStage stage,

        @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.not-negative}") @Amount
        BigDecimal totalInvestment,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) @SupportedDate
        LocalDate start,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) @SupportedDate
        LocalDate targetFinish,

        /** The lead official (分包领导), required as on the project pages: every key project has one (the demo passes one). */
        @NotNull(message = "{project.lead-official.required}")
        Long leadOfficialId,

        /** The service task force (服务专班), optional: the project can be given one later (audit D7). */
        Long taskForceId,

        @Size(max = 200, message = "{validation.max-length}")
        String location,

        int leadVersion) {}
