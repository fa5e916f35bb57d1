package cn.zhuanban.shared.web;

import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Nothing twice: a form posted a second time (a double click while the page was slow, the browser's "resend" after
 * back, a retry over a flaky network) ran twice and made two tickets, projects or leads; only app.js's disabled button
 * stood in the way. Every posted form carries a one-time token ({@link OnceTokenFields}); the first post of a token
 * claims it in {@link FormSubmissions} and runs, and records where it led. A later post of the same token does not run:
 * it goes where the first one led (else back to the form page) saying the form was already submitted. While the first
 * is still running (a double click) it waits for it a few seconds ({@code zhuanban.forms.wait-for-first}) and then
 * goes there too, or gets a 409 page when the first takes longer. A first post still "running" after
 * {@code zhuanban.forms.abandoned-after} (a minute) is taken as abandoned, its node having died during it: the next
 * post of the form takes its token over and runs, rather than meeting a 409 until the nightly purge; a first post that
 * was only slow and ends after that finishes or frees nothing, its claim no longer the token's (a claim id in the row,
 * matched by the update itself, so it holds across nodes). Nothing lost:
 * only a post that redirected (a save that went through) keeps its token; one that failed, was refused (the form shown
 * again with its messages) or answered with a page or a file of its own (a download, a preview) frees it, so the same
 * form may be sent again.
 * Requests without a token (the API, tests) and htmx posts, which send one form several times on purpose, run as
 * before; a boosted form (hx-boost: a plain form that htmx sends and swaps in) is guarded like a plain one, its page
 * coming back with a fresh token after each post.
 */
final class OnceOnlyForms implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OnceOnlyForms.class);

    /** The flash attribute the layout shows as a warning: a message key. */
    static final String WARNING = "flashWarning";

    static final String ALREADY_SUBMITTED = "form.submitted-once";

    private static final String CLAIMED = OnceOnlyForms.class.getName() + ".CLAIMED";
    private static final int LONGEST_LOCATION = 2000;
    private static final Duration POLL = Duration.ofMillis(100);

    private final FormSubmissions submissions;
    private final Duration waitForFirst;
    private final Duration abandonedAfter;
    private final Clock clock;

    OnceOnlyForms(FormSubmissions submissions, Duration waitForFirst, Duration abandonedAfter, Clock clock) {
        this.submissions = submissions;
        this.waitForFirst = waitForFirst;
        this.abandonedAfter = abandonedAfter;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, InterruptedException {
        if (!"POST".equals(request.getMethod()) || sentByHtmxOnPurpose(request)) {
            return true;
        }
        String token = OnceTokenFields.of(request);
        if (token == null) {
            return true;
        }
        String username = Actor.current().username();
        long giveUp = System.nanoTime() + waitForFirst.toNanos();
        boolean waited = false;
        while (true) {
            FormSubmissions.Claim claim = submissions.claim(token, username).orElse(null);
            FormSubmissions.Submission first = null;
            if (claim == null) {
                first = submissions.find(token).orElse(null);
                claim = first != null && !first.finished() ? takenOver(request, token, username, first) : null;
            }
            if (claim != null) {
                request.setAttribute(CLAIMED, claim);
                return true;
            }
            if (first != null && first.finished()) {
                String location = first.username().equals(username) ? first.location() : null;
                sendBack(request, response, location != null ? location : formPage(request), !waited);
                return false;
            }
            if (first != null && System.nanoTime() > giveUp) {
                throw new BusinessException(ErrorCode.FORM_STILL_SUBMITTING);
            }
            waited = true;
            Thread.sleep(POLL.toMillis());
        }
    }

    /** This post's claim when the first post, still running, was claimed too long ago and this post took it over. */
    private FormSubmissions.@Nullable Claim takenOver(
            HttpServletRequest request, String token, String username, FormSubmissions.Submission first) {
        Instant abandonedBefore = clock.instant().minus(abandonedAfter);
        if (!first.claimedAt().isBefore(abandonedBefore)) {
            return null;
        }
        FormSubmissions.Claim claim =
                submissions.takeOver(token, username, abandonedBefore).orElse(null);
        if (claim == null) {
            return null;
        }
        log.warn(
                "Form post to {} claimed at {} by {} never finished (its node stopped?): taken over by {}",
                request.getRequestURI(),
                first.claimedAt(),
                first.username(),
                username);
        return claim;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (!(request.getAttribute(CLAIMED) instanceof FormSubmissions.Claim claim)) {
            return;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        boolean recorded = ex == null
                        && isRedirect(response.getStatus())
                        && location != null
                        && location.length() <= LONGEST_LOCATION
                ? submissions.finish(claim, location)
                : submissions.release(claim);
        if (!recorded) {
            log.warn(
                    "Form post to {} finished after another post had taken its token over: left to that post",
                    request.getRequestURI());
        }
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status < 400;
    }

    private static String formPage(HttpServletRequest request) {
        String page = FormPageAddress.formPage(request);
        return page != null ? page : request.getContextPath() + "/";
    }

    /**
     * Redirects to {@code location}, saying the form was already submitted when {@code warn}: not after waiting for a
     * first post still running (a double click), whose own message ("已保存") waits in the session for that page and
     * is all a single click would have shown.
     */
    private static void sendBack(
            HttpServletRequest request, HttpServletResponse response, String location, boolean warn) {
        if (warn) {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put(WARNING, ALREADY_SUBMITTED);
            RequestContextUtils.saveOutputFlashMap(location, request, response);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, response.encodeRedirectURL(location));
    }

    private static boolean sentByHtmxOnPurpose(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
    }
}
