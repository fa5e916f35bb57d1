package cn.zhuanban.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The session's length for the page's warning before it ends, and the request that keeps it when the user chooses to
 * go on working (see {@code static/js/session.js}). The session still ends after {@code spring.session.timeout}
 * without a request; only an explicit choice or a request keeps it.
 */
@Controller
@ControllerAdvice(annotations = Controller.class)
class SessionController {

    @ModelAttribute("sessionSeconds")
    Integer sessionSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getMaxInactiveInterval();
    }

    @GetMapping("/session/keep-alive")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
