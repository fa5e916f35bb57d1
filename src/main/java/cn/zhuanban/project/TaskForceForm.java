package cn.zhuanban.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A task force as a person sets it up: its lead (组长), its chief service officer (首席服务员, the
 * enterprise's single contact, always a member too), members and member departments.
 */
public record TaskForceForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String name,

        Long leadUserId,
        Long chiefServiceOfficerId,
        Set<Long> memberIds,
        Set<Long> departmentIds,
        Integer version) {

    public TaskForceForm {
        memberIds = ids(memberIds);
        departmentIds = ids(departmentIds);
    }

    /** A blank choice arrives as null (a stray space in a posted form): no one is chosen by it. */
    private static Set<Long> ids(Set<Long> chosen) {
        return chosen == null
                ? Set.of()
                : chosen.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    public static TaskForceForm of(TaskForceView t) {
        return new TaskForceForm(
                t.name(),
                t.leadUserId(),
                t.chiefServiceOfficerId(),
                Set.copyOf(t.members().stream().map(Named::id).toList()),
                Set.copyOf(t.departments().stream().map(Named::id).toList()),
                t.version());
    }
}
