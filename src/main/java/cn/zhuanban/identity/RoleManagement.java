package cn.zhuanban.identity;

import cn.zhuanban.identity.domain.Role;
import cn.zhuanban.identity.domain.RoleRepository;
import cn.zhuanban.identity.domain.UserRepository;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangedMeanwhile;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and their permissions, kept by the security administrator. */
@Service
@Transactional
public class RoleManagement {

    public record RoleForm(
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}", message = "{validation.role-code}")
            String code,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String name,

            @Size(max = 500, message = "{validation.max-length}")
            String description,

            @NotNull(message = "{validation.required}") DataScope dataScope,
            Set<String> permissions,
            int version) {

        public static final RoleForm BLANK = new RoleForm(null, null, null, null, Set.of(), 0);

        /** The form as the edit page opens it. */
        public static RoleForm of(RoleView r) {
            return new RoleForm(r.code(), r.name(), r.description(), r.dataScope(), r.permissions(), r.version());
        }
    }

    private final RoleRepository roles;
    private final UserRepository users;
    private final ApplicationEventPublisher events;

    RoleManagement(RoleRepository roles, UserRepository users, ApplicationEventPublisher events) {
        this.roles = roles;
        this.users = users;
        this.events = events;
    }

    /** Creates a business role (administrator roles are built in and fixed). */
    public long create(RoleForm form) {
        if (roles.findByCode(form.code()).isPresent()) {
            throw new BusinessException(ErrorCode.DUPLICATE, "code", form.code());
        }
        checkForEnterprise(form.code(), form.name(), form.dataScope(), known(form.permissions()), false);
        Role role = Role.create(form.code(), form.name(), null, false, form.dataScope());
        role.describe(form.name(), form.description(), form.dataScope());
        role.permit(known(form.permissions()));
        role = roles.save(role);
        publish("role.created", role, new TreeSet<>(role.permissionStrings()).toString());
        return role.getId();
    }

    /** Sets up a built-in role; used by the demo seed and by first installation. */
    public long createBuiltin(String code, String name, AdminDuty duty, DataScope scope, Set<String> permissions) {
        Role role = Role.create(code, name, duty, true, scope);
        role.permit(known(permissions));
        role = roles.save(role);
        publish("role.created", role, new TreeSet<>(role.permissionStrings()).toString());
        return role.getId();
    }

    public void edit(long id, RoleForm form) {
        Role role = roles.findById(id).orElseThrow(() -> new NotFoundException("role", id));
        if (role.getVersion() != form.version()) {
            throw new ChangedMeanwhile("role", role.getVersion());
        }
        Set<String> permissions = known(form.permissions());
        if (BuiltinRoles.ENTERPRISE_CONTACT.equals(role.getCode()) && form.dataScope() != DataScope.ENTERPRISE) {
            throw new BusinessException(ErrorCode.ENTERPRISE_CONTACT_SCOPE, "dataScope");
        }
        checkForEnterprise(
                role.getCode(), form.name(), form.dataScope(), permissions, users.countEnterpriseHolders(id) > 0);
        String before = new TreeSet<>(role.permissionStrings()).toString();
        DataScope scopeBefore = role.getDataScope();
        role.describe(form.name(), form.description(), form.dataScope());
        role.permit(permissions);
        roles.save(role);
        String scopeChange =
                scopeBefore == role.getDataScope() ? "" : "; dataScope: " + scopeBefore + " → " + role.getDataScope();
        publish("role.updated", role, before + " → " + new TreeSet<>(role.permissionStrings()) + scopeChange);
    }

    /**
     * A role meant for an enterprise's people (see {@link GrantScopePolicy#ofEnterprise}) or held by one of them keeps
     * to {@link Permissions#ENTERPRISE_SAFE}: adding one permission to it would otherwise reach every holder at once,
     * past the checks of each grant.
     */
    private static void checkForEnterprise(
            String code, String name, DataScope scope, Set<String> permissions, boolean heldByEnterprise) {
        if (!heldByEnterprise && !GrantScopePolicy.ofEnterprise(code, scope)) {
            return;
        }
        GrantScopePolicy.outsideEnterprise(permissions).ifPresent(permission -> {
            throw new BusinessException(
                    ErrorCode.ROLE_PERMISSION_NOT_FOR_ENTERPRISE,
                    "permissions",
                    name,
                    GrantScopePolicy.permissionName(permission));
        });
    }

    @Transactional(readOnly = true)
    public List<RoleView> all() {
        return roles.findAll().stream()
                .sorted(Comparator.comparing(Role::getId))
                .map(RoleManagement::view)
                .toList();
    }

    /** The roles whose code or name contains the words (a typed {@code %} or {@code _} as itself), all when blank. */
    @Transactional(readOnly = true)
    public List<RoleView> matching(String q) {
        String like = LikeText.containing(q);
        if (like == null) {
            return all();
        }
        Set<Long> found = Set.copyOf(roles.idsMatching(like));
        return all().stream().filter(r -> found.contains(r.id())).toList();
    }

    /** A page of {@link #matching}, in its order (by id), paged in the database. */
    @Transactional(readOnly = true)
    public PageResult<RoleView> matching(String q, PageQuery page) {
        String like = LikeText.containing(q);
        String pattern = like == null ? "%" : like;
        List<Long> ids = roles.idsMatching(pattern, page.size(), page.offset());
        List<RoleView> content = roles.findAllById(ids).stream()
                .sorted(Comparator.comparing(Role::getId))
                .map(RoleManagement::view)
                .toList();
        return new PageResult<>(content, page.page(), page.size(), roles.countMatching(pattern));
    }

    @Transactional(readOnly = true)
    public RoleView find(long id) {
        return roles.findById(id).map(RoleManagement::view).orElseThrow(() -> new NotFoundException("role", id));
    }

    static RoleView view(Role role) {
        return new RoleView(
                role.getId(),
                role.getCode(),
                role.getName(),
                role.getDescription(),
                role.getAdminDuty(),
                role.isBuiltin(),
                role.getDataScope(),
                new TreeSet<>(role.permissionStrings()),
                role.getVersion());
    }

    private static Set<String> known(Set<String> permissions) {
        Set<String> result = new HashSet<>(permissions == null ? Set.of() : permissions);
        result.retainAll(Permissions.ALL);
        return result;
    }

    private void publish(String action, Role role, String summary) {
        events.publishEvent(new RoleChanged(Actor.current(), action, role.getId(), role.getCode() + " " + summary));
    }
}
