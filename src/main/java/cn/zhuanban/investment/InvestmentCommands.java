package cn.zhuanban.investment;

import cn.zhuanban.shared.Amount;
import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff enter about leads, partners and referrers. Money in 万元, as much as the columns hold ({@link Amount}). */
public final class InvestmentCommands {

    /**
     * A lead; {@code receivedOn} (default today) dates its LEAD stage and is fixed once entered. The
     * version is the one the user edited (none when creating).
     */
    public record LeadForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
            String targetCompany,

            @NotNull(message = "{validation.required}") LeadChannel channel,
            Long partnerId,
            Long referrerId,
            Long chainNodeId,

            @Size(max = 100, message = "{validation.max-length}")
            String industry,

            @DecimalMin(value = "0", message = "{validation.not-negative}") @Amount
            BigDecimal expectedInvestment,

            @Min(value = 0, message = "{validation.not-negative}")
            Integer expectedJobs,

            @NotNull(message = "{validation.required}") Long ownerId,

            @Size(max = 500, message = "{validation.max-length}")
            String nextAction,

            @SupportedDate LocalDate nextActionOn,

            @Size(max = 4000, message = "{validation.max-length}")
            String description,

            @SupportedDate LocalDate receivedOn,
            Integer version) {}

    /**
     * A stage move on a date; the note is the reason when terminating. The version is the one the
     * user saw (a change meanwhile refuses the move); API clients may leave it out.
     */
    public record StageMove(
            @NotNull(message = "{validation.required}") LeadStage target,

            @NotNull(message = "{validation.required}") @SupportedDate
            LocalDate on,

            @Size(max = 500, message = "{validation.max-length}")
            String note,

            Integer version) {}

    /** The contract figures: agreed at signing, then what was actually formed. */
    public record ContractFigures(
            @DecimalMin(value = "0", message = "{validation.not-negative}") @Amount
            BigDecimal agreedInvestment,

            @SupportedDate LocalDate agreedStartOn,

            @DecimalMin(value = "0", message = "{validation.not-negative}") @Amount
            BigDecimal fundsInPlace,

            @DecimalMin(value = "0", message = "{validation.not-negative}") @Amount
            BigDecimal fixedAssetInvestment,

            int version) {}

    public record FollowUpForm(
            @NotNull(message = "{validation.required}") FollowUpKind kind,

            @NotNull(message = "{validation.required}") @SupportedDate
            LocalDate happenedOn,

            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.max-length}")
            String summary,

            @Size(max = 500, message = "{validation.max-length}")
            String nextAction,

            @SupportedDate LocalDate nextActionOn) {}

    public record PartnerForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
            String name,

            @NotNull(message = "{validation.required}") PartnerKind kind,

            @Size(max = 50, message = "{validation.max-length}")
            String contactName,

            @Size(max = 30, message = "{validation.max-length}")
            String contactPhone,

            @Size(max = 1000, message = "{validation.max-length}")
            String note,

            int version) {

        public static final PartnerForm BLANK = new PartnerForm(null, null, null, null, null, 0);

        /** The form as the edit page opens it. */
        public static PartnerForm of(InvestmentViews.PartnerView p) {
            return new PartnerForm(p.name(), p.kind(), p.contactName(), p.contactPhone(), p.note(), p.version());
        }
    }

    public record ReferrerForm(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String name,

            @Size(max = 200, message = "{validation.max-length}")
            String organisation,

            @Size(max = 30, message = "{validation.max-length}")
            String phone,

            @NotNull(message = "{validation.required}") @SupportedDate
            LocalDate registeredOn,

            @Size(max = 1000, message = "{validation.max-length}")
            String note,

            int version) {

        public static final ReferrerForm BLANK = new ReferrerForm(null, null, null, null, null, 0);

        /** The form as the edit page opens it. */
        public static ReferrerForm of(InvestmentViews.ReferrerView r) {
            return new ReferrerForm(r.name(), r.organisation(), r.phone(), r.registeredOn(), r.note(), r.version());
        }
    }

    private InvestmentCommands() {}
}
