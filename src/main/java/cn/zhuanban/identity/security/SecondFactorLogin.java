package cn.zhuanban.identity.security;

import cn.zhuanban.identity.domain.AccountLockout;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The login's second step. After a right password, a user with a second factor (or one the security setting requires
 * to have one) is not yet in: the session owes a code, or an enrolment first, and {@link SecondFactorRequiredFilter}
 * keeps every other page away until then. Wrong codes count toward the same lockout as wrong passwords, so knowing
 * the password does not buy unlimited guesses; the lockout counter is reset only once the code was right.
 */
@Component
public class SecondFactorLogin {

    /** What a password-authenticated session still owes before the login is complete. */
    public enum Step {
        CODE,
        ENROLMENT
    }

    public static final String CODE_PAGE = "/login/code";
    public static final String ENROLMENT_PAGE = "/account/second-factor";

    static final String PENDING = SecondFactorLogin.class.getName() + ".pending";

    private final SecondFactors factors;
    private final AccountLockout lockout;
    private final SecurityEvents events;
    private final ZhuanbanUserDetailsService users;
    private final LoginHandlers handlers;

    SecondFactorLogin(
            SecondFactors factors,
            AccountLockout lockout,
            SecurityEvents events,
            ZhuanbanUserDetailsService users,
            LoginHandlers handlers) {
        this.factors = factors;
        this.lockout = lockout;
        this.events = events;
        this.users = users;
        this.handlers = handlers;
    }

    /** The step the request's session still owes, or null when its login is complete (or there is none). */
    public static Step pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof Step step ? step : null;
    }

    /**
     * Checks the code typed at the login's second step. Answers the request (true) when the code let the user in or
     * locked the account; false when it was refused and the code page should ask again.
     */
    public boolean verify(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        ZhuanbanPrincipal principal = principal();
        String username = principal.getUsername();
        ZhuanbanPrincipal now = users.loadById(principal.currentUser().id());
        if (!now.isAccountNonLocked() || !now.isEnabled()) {
            // Locked meanwhile (by attempts elsewhere) or disabled: the password step no longer counts.
            end(request, response, now.isEnabled() ? "locked" : "disabled");
            return true;
        }
        SecondFactors.Check check = factors.check(principal.currentUser().id(), code);
        if (check == SecondFactors.Check.ACCEPTED) {
            complete(principal, request, response);
            return true;
        }
        events.record(username, "second-factor.failed", check.name().toLowerCase(Locale.ROOT));
        if (lockout.recordFailure(username)) {
            events.record(username, "account.locked", "");
            end(request, response, "locked");
            return true;
        }
        return false;
    }

    /** The enrolment the login demanded is done (with a code of the new factor): the login is complete. */
    public void enrolled(HttpServletRequest request, HttpServletResponse response) throws IOException {
        complete(principal(), request, response);
    }

    /** The step a user owes right after the password, or null when the password is enough. */
    Step afterPassword(long userId) {
        if (factors.enrolledAt(userId).isPresent()) {
            return Step.CODE;
        }
        return factors.required(userId) ? Step.ENROLMENT : null;
    }

    private void complete(ZhuanbanPrincipal principal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.getSession().removeAttribute(PENDING);
        // A new session id for the fully logged-in session: one seen while the code was owed is worth nothing.
        request.changeSessionId();
        handlers.complete(principal, request, response);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    private static ZhuanbanPrincipal principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return (ZhuanbanPrincipal) auth.getPrincipal();
    }
}
