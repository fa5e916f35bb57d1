package cn.zhuanban.identity.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.security.OnlineSessions;
import cn.zhuanban.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

    OnlineSessionController(OnlineSessions sessions) {
        this.sessions = sessions;
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
