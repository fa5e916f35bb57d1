package cn.zhuanban.identity.security;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.shared.web.FormPageAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language menu of a logged-in user: a post (so it carries the CSRF token) switches the session's language and
 * saves it on the account for the next login, then goes back to the page the menu was on.
 */
@Controller
class LocaleController {

    private final IdentityManagement identity;
    private final LocaleResolver locales;

    LocaleController(IdentityManagement identity, LocaleResolver locales) {
        this.identity = identity;
        this.locales = locales;
    }

    @PostMapping("/account/locale")
    String change(
            CurrentUser user, @RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
        if (LocaleConfiguration.isOffered(lang)) {
            locales.setLocale(request, response, Locale.forLanguageTag(lang));
            identity.changeLocale(user.id(), lang);
        }
        String back = FormPageAddress.formPage(request);
        return "redirect:" + (back == null ? "/" : back);
    }
}
