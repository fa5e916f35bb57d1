package cn.zhuanban.identity.security;

import cn.zhuanban.identity.domain.AccountLockout;
import cn.zhuanban.identity.domain.PreviousLogin;
import cn.zhuanban.identity.domain.SecuritySettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What happens around a login: failed attempts count toward the lockout, the user's language is
 * restored, a user with a second factor is asked for a code first ({@link SecondFactorLogin}), first-login users go to
 * the password page, and each outcome is audited.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    /** The model attribute the layout shows the previous login from. */
    static final String PREVIOUS_LOGIN = "previousLogin";

    /** The model attribute with the days left before the password expires, when a week or less. */
    static final String PASSWORD_DAYS_LEFT = "passwordDaysLeft";

    private static final long WARN_DAYS = 7;

    private final AccountLockout lockout;
    private final SecurityEvents events;
    private final OnlineSessions sessions;
    private final SecuritySettings settings;
    private final ObjectProvider<SecondFactorLogin> secondFactor;
    private final Clock clock;
    private final FlashMapManager flashMaps = new SessionFlashMapManager();

    LoginHandlers(
            AccountLockout lockout,
            SecurityEvents events,
            OnlineSessions sessions,
            SecuritySettings settings,
            ObjectProvider<SecondFactorLogin> secondFactor,
            Clock clock) {
        this.lockout = lockout;
        this.events = events;
        this.sessions = sessions;
        this.settings = settings;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        ZhuanbanPrincipal principal = (ZhuanbanPrincipal) auth.getPrincipal();
        if (principal.locale() != null) {
            request.getSession()
                    .setAttribute(
                            SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                            Locale.forLanguageTag(principal.locale()));
        }
        SecondFactorLogin.Step owed =
                secondFactor.getObject().afterPassword(principal.currentUser().id());
        // A login from a session that still owed another account's step starts afresh: sessions keep attributes.
        request.getSession().removeAttribute(SecondFactorLogin.PENDING);
        if (owed != null) {
            // Not in yet: the failed-attempt counter and the "logged in" record wait for the code.
            request.getSession().setAttribute(SecondFactorLogin.PENDING, owed);
            events.record(
                    principal.getUsername(),
                    "login.password-accepted",
                    owed.name().toLowerCase(Locale.ROOT));
            response.sendRedirect(request.getContextPath()
                    + (owed == SecondFactorLogin.Step.CODE
                            ? SecondFactorLogin.CODE_PAGE
                            : SecondFactorLogin.ENROLMENT_PAGE));
            return;
        }
        complete(principal, request, response);
    }

    /** The login is complete: recorded, sessions beyond the limit ended, and the user sent on with the notices. */
    void complete(ZhuanbanPrincipal principal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PreviousLogin previous = lockout.recordSuccess(principal.getUsername(), request.getRemoteAddr());
        events.record(principal.getUsername(), "login.succeeded", "");
        int allowed = settings.sessionsPerUser(principal.currentUser().roles());
        if (allowed > 0) {
            // This login counts as one: the account keeps its newest other sessions up to the limit.
            sessions.limit(principal.getUsername(), request.getSession().getId(), allowed - 1);
        }
        String target = request.getContextPath() + (principal.passwordChangeRequired() ? "/account/password" : "/");
        notices(previous, passwordDaysLeft(principal), target, request, response);
        response.sendRedirect(target);
    }

    /**
     * The previous login and an expiring password, shown once on the page the login leads to, like a message after a
     * form (login happens outside Spring MVC, so the flash is saved here).
     */
    private void notices(
            PreviousLogin previous,
            Long passwordDaysLeft,
            String target,
            HttpServletRequest request,
            HttpServletResponse response) {
        FlashMap flash = new FlashMap();
        if (previous != null) {
            flash.put(PREVIOUS_LOGIN, previous);
        }
        if (passwordDaysLeft != null) {
            flash.put(PASSWORD_DAYS_LEFT, passwordDaysLeft);
        }
        if (!flash.isEmpty()) {
            flash.setTargetRequestPath(target);
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
    }

    /** Whole days (rounded up) before a password that has not expired yet expires, when a week or less. */
    private Long passwordDaysLeft(ZhuanbanPrincipal principal) {
        Instant expiresAt = principal.passwordExpiresAt();
        if (expiresAt == null || principal.passwordChangeRequired()) {
            return null;
        }
        long days = Duration.between(clock.instant(), expiresAt)
                .plusDays(1)
                .minusNanos(1)
                .toDays();
        return days <= WARN_DAYS ? days : null;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        if (exception instanceof AuthenticationServiceException) {
            // The server failed (a database timeout, say), not the user: no failed login in the audit log, no count
            // toward the lockout, and a message that says to try again rather than that the password was wrong.
            response.sendRedirect(request.getContextPath() + "/login?error=unavailable");
            return;
        }
        String reason = "bad";
        if (exception instanceof LockedException) {
            reason = "locked";
            events.record(username, "login.refused-locked", "");
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
            events.record(username, "login.refused-disabled", "");
        } else if (exception instanceof BadCredentialsException
                && username != null
                && lockout.lockedUnknownName(username)) {
            // A name that is no account, locked after as many failures as an account would be: the same answer.
            reason = "locked";
            events.record(username, "login.refused-locked", "");
        } else if (exception instanceof BadCredentialsException && username != null) {
            events.record(username, "login.failed", "");
            if (lockout.recordFailure(username)) {
                reason = "locked";
                events.record(username, "account.locked", "");
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (auth != null) {
            events.record(auth.getName(), "logout", "");
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
