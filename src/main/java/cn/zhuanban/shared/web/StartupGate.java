package cn.zhuanban.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers 503 "系统正在初始化，请稍候" until the application is ready. Tomcat accepts connections before the
 * application runners (the identity bootstrap, the demo district's seeding) have finished: a login then met accounts
 * not created yet ("登录失败" in the audit log) or a table locked by the seeding (a 500). Spring Boot turns the
 * readiness to ACCEPTING_TRAFFIC after the last runner, so the gate opens exactly when the data is in. The actuator
 * stays open: a load balancer's readiness probe must see the state itself.
 */
class StartupGate extends OncePerRequestFilter {

    /** Seconds a browser or client is told to wait before it asks again. */
    private static final String RETRY_AFTER = "5";

    private final ApplicationAvailability availability;
    private final MessageSource messages;

    StartupGate(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        // Before the application is ready no locale resolver has run: the browser's language, else the district's.
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
        String text = HtmlUtils.htmlEscape(messages.getMessage("startup.initializing", null, locale));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\""
                                + RETRY_AFTER + "\"><title>" + text + "</title></head><body><p>" + text
                                + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
