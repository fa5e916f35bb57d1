package cn.zhuanban.talent;

import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What enterprise contacts and staff enter about talent. Salaries in 元 per month. */
public final class TalentCommands {

    public record DemandForm(
            Long enterpriseId,
            Long projectId,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String position,

            @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.positive}")
            Integer headcount,

            @NotNull(message = "{validation.required}") Education education,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String discipline,

            @Min(value = 0, message = "{validation.not-negative}") @Max(value = 60, message = "{validation.max-value}")
            int minYears,

            @Min(value = 0, message = "{validation.not-negative}")
            Integer salaryMin,

            @Min(value = 0, message = "{validation.not-negative}")
            Integer salaryMax,

            @NotNull(message = "{validation.required}") Urgency urgency,
            @SupportedDate LocalDate neededBy,

            @Size(max = 100, message = "{validation.max-length}")
            String location,

            @Size(max = 2000, message = "{validation.max-length}")
            String note,

            Integer version) {}

    /** A candidate enters the pool only with the consent to be contacted recorded (date and how). */
    public record CandidateForm(
            @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.max-length}")
            String name,

            @Size(max = 30, message = "{validation.max-length}")
            String phone,

            @Email(message = "{validation.email}") @Size(max = 100, message = "{validation.max-length}")
            String email,

            @NotNull(message = "{validation.required}") Education education,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String discipline,

            @Size(max = 1000, message = "{validation.max-length}")
            String skills,

            @Min(value = 0, message = "{validation.not-negative}")
            int yearsExperience,

            @Size(max = 100, message = "{validation.max-length}")
            String location,

            boolean willingToRelocate,
            boolean consentToContact,
            @SupportedDate LocalDate consentOn,

            @Size(max = 200, message = "{validation.max-length}")
            String consentNote,

            @NotNull(message = "{validation.required}") CandidateSource source,
            int version) {}

    public record MatchStepForm(
            @NotNull(message = "{validation.required}") MatchStep step,

            @NotNull(message = "{validation.required}") @SupportedDate
            LocalDate on,

            @Size(max = 1000, message = "{validation.max-length}")
            String note) {}

    public record EventForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
            String name,

            @NotNull(message = "{validation.required}") EventKind kind,

            @NotNull(message = "{validation.required}") @SupportedDate
            LocalDate heldOn,

            @Size(max = 200, message = "{validation.max-length}")
            String place,

            @Min(value = 0, message = "{validation.not-negative}")
            Integer attendees,

            @Min(value = 0, message = "{validation.not-negative}")
            Integer offers,

            @Size(max = 2000, message = "{validation.max-length}")
            String note,

            List<Long> demandIds,
            int version) {}

    public record ServiceForm(
            @NotNull(message = "{validation.required}") ServiceKind kind,
            Long enterpriseId,
            Long candidateId,
            @NotNull(message = "{validation.required}") Long ownerId,

            @NotNull(message = "{validation.required}") @SupportedDate
            LocalDate deadline,

            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.max-length}")
            String description,

            int version) {}

    private TalentCommands() {}
}
