package cn.zhuanban.identity.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserDirectory.UserFilter;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The user ledger as XLSX, with the same filters as the list. */
@Controller
class UserExportController {

    private final UserDirectory directory;
    private final MessageSource messages;

    UserExportController(UserDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/admin/users/export")
    @PreAuthorize("hasAuthority('" + Permissions.USER_VIEW + "')")
    void export(@ModelAttribute UserFilter filter, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        filter.checkShownTo(user);
        List<String> headers = List.of(
                        "user.username",
                        "user.full-name",
                        "user.department",
                        "user.phone",
                        "user.email",
                        "user.roles",
                        "user.data-scope",
                        "user.enabled",
                        "user.last-login")
                .stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        try (XlsxWriter xlsx = new XlsxWriter(messages.getMessage("nav.users", null, locale), headers)) {
            Pages.each(slice -> directory.users(filter, slice), (UserView u) -> {
                xlsx.row(
                        u.username(),
                        u.fullName(),
                        u.departmentName(),
                        u.phone(),
                        u.email(),
                        u.roleNames(),
                        messages.getMessage("scope." + u.dataScope(), null, locale),
                        u.enabled(),
                        u.lastLoginAt());
            });
            Downloads.xlsx(response, messages.getMessage("nav.users", null, locale) + ".xlsx", xlsx);
        }
    }
}
