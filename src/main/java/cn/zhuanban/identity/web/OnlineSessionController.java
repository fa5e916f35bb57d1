package cn.zhuanban.identity.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.security.OnlineSessions;
import cn.zhuanban.identity.security.OnlineSessions.OnlineSession;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's list of who is logged in now, with a forced logout per session (强制下线). */
@Controller
class OnlineSessionController {

    private final OnlineSessions sessions;
    private final MessageSource messages;

    OnlineSessionController(OnlineSessions sessions, MessageSource messages) {
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/admin/sessions")
    @PreAuthorize("hasAuthority('" + Permissions.SESSION_MANAGE + "')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) boolean administrators,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("administrators", administrators);
        model.addAttribute(
                "result", sessions.page(q, administrators, sessionId(request), PageQuery.ofList(page, size, 20)));
        return "identity/sessions";
    }

    /** The sessions the page lists (its search and administrators filter), every page, as XLSX. */
    @AuditedExport
    @GetMapping("/admin/sessions/export")
    @PreAuthorize("hasAuthority('" + Permissions.SESSION_MANAGE + "')")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) boolean administrators,
            HttpServletRequest request,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "nav.sessions", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "user.username",
                        "user.full-name",
                        "user.department",
                        "session.started-at",
                        "session.last-access",
                        "session.address"))) {
            PageResult<OnlineSession> page;
            int n = 0;
            do {
                page = sessions.page(q, administrators, sessionId(request), new PageQuery(n++, PageQuery.WALK_SIZE));
                for (OnlineSession s : page.content()) {
                    xlsx.row(
                            s.username(),
                            s.fullName(),
                            s.departmentName(),
                            s.startedAt(),
                            s.lastAccessAt(),
                            s.lastLoginAddress());
                }
            } while (page.content().size() == PageQuery.WALK_SIZE);
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    @PostMapping("/admin/sessions/{id}/end")
    @PreAuthorize("hasAuthority('" + Permissions.SESSION_MANAGE + "')")
    String end(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        boolean ended = sessions.end(id, sessionId(request)).isPresent();
        redirect.addFlashAttribute("flash", ended ? "admin.session.ended" : "admin.session.gone");
        return "redirect:/admin/sessions";
    }

    private static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
