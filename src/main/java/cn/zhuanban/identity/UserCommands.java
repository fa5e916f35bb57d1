package cn.zhuanban.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The commands of user administration, validated at the edge with messages from the bundles. */
public final class UserCommands {

    private UserCommands() {}

    public record NewUser(
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "{validation.username}")
            String username,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String fullName,

            Long departmentId,
            Long enterpriseId,

            @Pattern(regexp = "|[0-9+\\- ]{5,30}", message = "{validation.phone}")
            String phone,

            @Email(message = "{validation.email}") @Size(max = 100, message = "{validation.max-length}")
            String email,

            @NotBlank(message = "{validation.required}") String initialPassword) {}

    public record EditUser(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String fullName,

            Long departmentId,
            Long enterpriseId,

            @Pattern(regexp = "|[0-9+\\- ]{5,30}", message = "{validation.phone}")
            String phone,

            @Email(message = "{validation.email}") @Size(max = 100, message = "{validation.max-length}")
            String email,

            boolean enabled,
            int version) {}

    public record Grant(Set<String> roleCodes, DataScope dataScope, int version) {}
}
