package cn.zhuanban.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person enters about an enterprise, for registering and editing. The credit code's own
 * rules live in {@link CreditCode}; {@code version} guards against overwriting someone else's edit.
 */
public record EnterpriseForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String name,

        @NotBlank(message = "{validation.required}") String creditCode,
        @Size(max = 50, message = "{validation.max-length}") String legalRepresentative,

        @Pattern(regexp = "|[A-T]?[0-9]{0,4}", message = "{validation.industry-code}")
        String industryCode,

        @Size(max = 200, message = "{validation.max-length}")
        String address,

        @Size(max = 50, message = "{validation.max-length}") String contactName,

        @Pattern(regexp = "|[0-9+\\- ]{5,30}", message = "{validation.phone}")
        String contactPhone,

        @Size(max = 2000, message = "{validation.max-length}")
        String description,

        Integer version) {

    /** A form filled with an enterprise's current data, for the edit page. */
    public static EnterpriseForm of(EnterpriseView e) {
        return new EnterpriseForm(
                e.name(),
                e.creditCode(),
                e.legalRepresentative(),
                e.industryCode(),
                e.address(),
                e.contactName(),
                e.contactPhone(),
                e.description(),
                e.version());
    }
}
