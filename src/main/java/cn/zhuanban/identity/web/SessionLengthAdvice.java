package cn.zhuanban.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the session's length in seconds, for the warning before it ends (see {@code session.js}). */
@ControllerAdvice(annotations = Controller.class)
class SessionLengthAdvice {

    @ModelAttribute("sessionSeconds")
    Integer sessionSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getMaxInactiveInterval();
    }
}
