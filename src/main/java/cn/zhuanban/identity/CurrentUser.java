package cn.zhuanban.identity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The logged-in user as other modules see it: who, which department or enterprise, which data
 * scope and which permissions. Serializable because it lives in the shared JDBC session.
 */
public record CurrentUser(
        long id,
        String username,
        String fullName,
        Long departmentId,
        Long enterpriseId,
        DataScope dataScope,
        Set<String> roles,
        Set<String> permissions)
        implements Serializable {

    private static final String SEP = "\u001F";
    private static final String LIST_SEP = ",";

    public CurrentUser {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean hasRole(String roleCode) {
        return roles.contains(roleCode);
    }

    /**
     * The user as one line of text (unit-separated fields), kept with a background job so that the job later acts in
     * exactly the scope the user had when asking; read back with {@link #fromText}. A missing scope stays missing
     * (it was written as everything, which would have widened a job's reach rather than refused it).
     */
    public String toText() {
        return String.join(
                SEP,
                Long.toString(id),
                username,
                fullName == null ? "" : fullName,
                departmentId == null ? "" : departmentId.toString(),
                enterpriseId == null ? "" : enterpriseId.toString(),
                dataScope == null ? "" : dataScope.name(),
                String.join(LIST_SEP, roles),
                String.join(LIST_SEP, permissions));
    }

    public static CurrentUser fromText(String text) {
        String[] f = text.split(SEP, -1);
        return new CurrentUser(
                Long.parseLong(f[0]),
                f[1],
                f[2],
                f[3].isEmpty() ? null : Long.valueOf(f[3]),
                f[4].isEmpty() ? null : Long.valueOf(f[4]),
                f[5].isEmpty() ? null : DataScope.valueOf(f[5]),
                set(f[6]),
                set(f[7]));
    }

    private static Set<String> set(String joined) {
        Set<String> values = new LinkedHashSet<>(Arrays.asList(joined.split(LIST_SEP)));
        values.remove("");
        return values;
    }
}
