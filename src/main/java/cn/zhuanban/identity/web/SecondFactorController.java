package cn.zhuanban.identity.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.security.SecondFactorLogin;
import cn.zhuanban.identity.security.SecondFactorLogin.Step;
import cn.zhuanban.identity.security.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor from the user's side: the code page of the login's second step, and the account page where a
 * user sets up an authenticator app (shown a fresh secret, confirmed with a code of it before it counts) or turns it
 * off where the security setting allows.
 */
@Controller
class SecondFactorController {

    /** The secret offered and not yet confirmed, sealed, per user: a reload shows the same one the app may have. */
    private static final String OFFER = SecondFactorController.class.getName() + ".offer.";

    private final SecondFactors factors;
    private final SecondFactorLogin login;
    private final MessageSource messages;

    SecondFactorController(SecondFactors factors, SecondFactorLogin login, MessageSource messages) {
        this.factors = factors;
        this.login = login;
        this.messages = messages;
    }

    @GetMapping(SecondFactorLogin.CODE_PAGE)
    String codePage(HttpServletRequest request, Model model) {
        if (SecondFactorLogin.pending(request) != Step.CODE) {
            return "redirect:/";
        }
        model.addAttribute("refused", false);
        return "identity/login-code";
    }

    /** Answered by {@link SecondFactorLogin} when the code let the user in or locked the account (null view). */
    @PostMapping(SecondFactorLogin.CODE_PAGE)
    String verify(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (SecondFactorLogin.pending(request) != Step.CODE) {
            return "redirect:/";
        }
        if (login.verify(request, response, code)) {
            return null;
        }
        model.addAttribute("refused", true);
        return "identity/login-code";
    }

    @GetMapping(SecondFactorLogin.ENROLMENT_PAGE)
    String page(CurrentUser user, @RequestParam(required = false) String renew, HttpSession session, Model model) {
        if (renew != null) {
            session.removeAttribute(OFFER + user.id());
        }
        return page(user, renew != null, session, model, Map.of());
    }

    @PostMapping(SecondFactorLogin.ENROLMENT_PAGE)
    String confirm(
            CurrentUser user,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(OFFER + user.id()) instanceof String sealed)) {
            return "redirect:" + SecondFactorLogin.ENROLMENT_PAGE;
        }
        if (!factors.enrol(user.id(), user.username(), sealed, code)) {
            return page(
                    user, true, session, model, Map.of("code", message("account.second-factor.code-wrong", locale)));
        }
        session.removeAttribute(OFFER + user.id());
        if (SecondFactorLogin.pending(request) == Step.ENROLMENT) {
            login.enrolled(request, response);
            return null;
        }
        redirect.addFlashAttribute("flash", "account.second-factor.enrolled");
        return "redirect:" + SecondFactorLogin.ENROLMENT_PAGE;
    }

    @PostMapping(SecondFactorLogin.ENROLMENT_PAGE + "/remove")
    String remove(
            CurrentUser user,
            @RequestParam(defaultValue = "") String removeCode,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (factors.required(user.id())) {
            return page(
                    user, false, session, model, Map.of("_global", message("account.second-factor.required", locale)));
        }
        if (!factors.removeOwn(user.id(), user.username(), removeCode)) {
            return page(
                    user,
                    false,
                    session,
                    model,
                    Map.of("removeCode", message("account.second-factor.code-wrong", locale)));
        }
        redirect.addFlashAttribute("flash", "account.second-factor.removed");
        return "redirect:" + SecondFactorLogin.ENROLMENT_PAGE;
    }

    /** The page: the factor in use if any, and a secret on offer when there is none or a new one was asked for. */
    private String page(CurrentUser user, boolean renew, HttpSession session, Model model, Map<String, String> errors) {
        var enrolledAt = factors.enrolledAt(user.id());
        model.addAttribute("enrolledAt", enrolledAt.orElse(null));
        model.addAttribute("required", factors.required(user.id()));
        model.addAttribute("errors", errors);
        if (enrolledAt.isEmpty() || renew) {
            String sealed = session.getAttribute(OFFER + user.id()) instanceof String offered
                    ? offered
                    : factors.offer(user.id());
            session.setAttribute(OFFER + user.id(), sealed);
            model.addAttribute("offer", factors.describe(user.id(), user.username(), sealed));
        }
        return "identity/second-factor";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
