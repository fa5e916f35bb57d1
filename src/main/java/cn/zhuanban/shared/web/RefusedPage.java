package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The friendly error page every page-side refusal ends on: a status and a message in the user's language. */
final class RefusedPage {

    private RefusedPage() {}

    static String show(HttpServletResponse response, Model model, int status, String messageKey, Object... args) {
        response.setStatus(status);
        model.addAttribute("errorKey", messageKey);
        model.addAttribute("errorArgs", args);
        return "error/refused";
    }
}
