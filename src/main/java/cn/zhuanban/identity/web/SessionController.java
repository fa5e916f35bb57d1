package cn.zhuanban.identity.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The request that keeps the session when the user chooses to go on working after the page's warning (see {@code
 * static/js/session.js}). The session still ends after {@code spring.session.timeout} without a request; only an
 * explicit choice or a request keeps it.
 */
@Controller
class SessionController {

    @GetMapping("/session/keep-alive")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
