package cn.zhuanban.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something, from where and when. Captured when an event is created, because the audit
 * listener runs later on another thread where neither the request nor the login is known.
 */
public record Actor(String username, String address, Instant at) {

    public static final String SYSTEM = "system";

    public static Actor current() {
        return new Actor(currentUsername(), currentAddress(), Instant.now());
    }

    public static Actor of(String username) {
        return new Actor(username, currentAddress(), Instant.now());
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
