package cn.zhuanban.identity.web;

import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.DepartmentView;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.RoleManagement;
import cn.zhuanban.identity.RoleView;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The department tree and the roles as XLSX, for the administrators' reviews of who is organised how and which role
 * may do what (等保 asks for the accounts' and permissions' ledger). Identity has no export permission of its own: as
 * with the user ledger, whoever may read the page may take its file. The tree is flat in the file, each department
 * with its parent, head and path from the top; a role's permissions are their names, as its form shows them.
 */
@Controller
class IdentityLedgerExportController {

    private static final String PATH_SEPARATOR = " / ";

    private final DepartmentManagement departments;
    private final RoleManagement roles;
    private final UserDirectory users;
    private final MessageSource messages;

    IdentityLedgerExportController(
            DepartmentManagement departments, RoleManagement roles, UserDirectory users, MessageSource messages) {
        this.departments = departments;
        this.roles = roles;
        this.users = users;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/admin/departments/export")
    @PreAuthorize("hasAuthority('" + Permissions.DEPARTMENT_VIEW + "')")
    void departments(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        List<DepartmentView> tree = departments.tree();
        List<DepartmentView> shown = departments.treeMatching(q);
        Map<Long, DepartmentView> byId =
                tree.stream().collect(Collectors.toMap(DepartmentView::id, Function.identity()));
        Map<Long, String> heads = users.namesOf(tree.stream()
                .map(DepartmentView::headUserId)
                .filter(Objects::nonNull)
                .toList());
        String title = LedgerText.of(messages, "department.export.sheet", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "department.name",
                        "department.code",
                        "department.parent",
                        "department.head",
                        "department.path",
                        "department.sort-order"))) {
            xlsx.textColumn(1);
            for (DepartmentView d : shown) {
                DepartmentView parent = d.parentId() == null ? null : byId.get(d.parentId());
                xlsx.row(
                        d.name(),
                        d.code(),
                        parent == null ? null : parent.name(),
                        d.headUserId() == null ? null : heads.get(d.headUserId()),
                        path(d, byId),
                        d.sortOrder());
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    @AuditedExport
    @GetMapping("/admin/roles/export")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_VIEW + "')")
    void roles(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "role.export.sheet", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "role.code",
                        "role.name",
                        "role.kind",
                        "role.admin-duty",
                        "user.data-scope",
                        "role.permissions",
                        "role.description"))) {
            for (RoleView r : roles.matching(q)) {
                xlsx.row(
                        r.code(),
                        r.name(),
                        LedgerText.of(messages, r.builtin() ? "role.kind.builtin" : "role.kind.custom", locale),
                        r.adminDuty() == null ? null : LedgerText.of(messages, "duty." + r.adminDuty(), locale),
                        LedgerText.of(messages, "scope." + r.dataScope(), locale),
                        permissionNames(r, locale),
                        r.description());
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /** The role's permissions by name, in the order the role form lists them. */
    private String permissionNames(RoleView role, Locale locale) {
        return Permissions.ALL.stream()
                .filter(role.permissions()::contains)
                .map(p -> LedgerText.of(messages, "permission." + p, locale))
                .collect(Collectors.joining(LedgerText.of(messages, "role.permissions.separator", locale)));
    }

    /** The names from the top of the tree down to the department. */
    private static String path(DepartmentView d, Map<Long, DepartmentView> byId) {
        Deque<String> names = new ArrayDeque<>();
        for (DepartmentView at = d;
                at != null && names.size() <= byId.size();
                at = at.parentId() == null ? null : byId.get(at.parentId())) {
            names.addFirst(at.name());
        }
        return String.join(PATH_SEPARATOR, names);
    }
}
