package cn.zhuanban.industry;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What staff enter for chains and nodes. */
public final class IndustryCommands {

    /** GB/T 4754-2017: a section letter and a division (2 digits), group (3) or class (4), e.g. C2710. */
    public static final String INDUSTRY_CODE = "[A-T][0-9]{2,4}";

    public record ChainForm(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String name,

            Long chainLeaderId,

            @Size(max = 2000, message = "{validation.max-length}")
            String description,

            @Min(value = 0, message = "{validation.not-negative}")
            int sortOrder,

            int version) {

        public static final ChainForm BLANK = new ChainForm(null, null, null, 0, 0);

        /** The form as the edit page opens it. */
        public static ChainForm of(ChainViews.ChainView c) {
            return new ChainForm(c.name(), c.chainLeaderId(), c.description(), c.sortOrder(), c.version());
        }
    }

    public record NodeForm(
            @NotNull(message = "{validation.required}") ChainSegment segment,
            Long parentId,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String name,

            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = INDUSTRY_CODE, message = "{validation.industry-code}")
            String industryCode,

            @NotNull(message = "{validation.required}") NodeStatus status,

            @Size(max = 500, message = "{validation.max-length}")
            String statusNote,

            @DecimalMin(value = "0", message = "{validation.not-negative}")
            BigDecimal localOutput,

            @Min(value = 0, message = "{validation.not-negative}")
            int sortOrder,

            int version) {

        /** A new node starts as a gap in the chain: missing until someone says otherwise. */
        public static final NodeForm BLANK = new NodeForm(null, null, null, null, NodeStatus.MISSING, null, null, 0, 0);

        /** The form as the edit page opens it. */
        public static NodeForm of(ChainViews.NodeView n) {
            return new NodeForm(
                    n.segment(),
                    n.parentId(),
                    n.name(),
                    n.industryCode(),
                    n.status(),
                    n.statusNote(),
                    n.localOutput(),
                    n.sortOrder(),
                    n.version());
        }
    }

    private IndustryCommands() {}
}
