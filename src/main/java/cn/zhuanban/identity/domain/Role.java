package cn.zhuanban.identity.domain;

import cn.zhuanban.identity.AdminDuty;
import cn.zhuanban.identity.DataScope;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A role: a named set of permission strings and the data scope given to users who get it.
 * An administrator role carries its duty, and only permissions of that duty (and the neutral ones);
 * a business role carries no administrator duty's permission ({@link AdminDutyPolicy}).
 */
@Table("app_role")
public class Role {

    @Id
    private Long id;

    private final String code;
    private String name;
    private String description;
    private final AdminDuty adminDuty;
    private final boolean builtin;
    private DataScope dataScope;

    @MappedCollection(idColumn = "app_role")
    private Set<RolePermission> permissions = new HashSet<>();

    @Version
    private int version;

    @PersistenceCreator
    Role(Long id, String code, AdminDuty adminDuty, boolean builtin) {
        this.id = id;
        this.code = code;
        this.adminDuty = adminDuty;
        this.builtin = builtin;
    }

    public static Role create(String code, String name, AdminDuty duty, boolean builtin, DataScope scope) {
        Role role = new Role(null, code, duty, builtin);
        role.name = name;
        role.dataScope = scope;
        return role;
    }

    public void describe(String name, String description, DataScope scope) {
        this.name = name;
        this.description = description;
        this.dataScope = scope;
    }

    public void permit(Set<String> permissionStrings) {
        // Sorted, so that a refusal names the same permission each time.
        new TreeSet<>(permissionStrings)
                .forEach(permission -> AdminDutyPolicy.checkPermission(name, adminDuty, permission));
        this.permissions =
                permissionStrings.stream().map(RolePermission::new).collect(Collectors.toCollection(HashSet::new));
    }

    public Set<String> permissionStrings() {
        return permissions.stream().map(RolePermission::permission).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public AdminDuty getAdminDuty() {
        return adminDuty;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public int getVersion() {
        return version;
    }
}
