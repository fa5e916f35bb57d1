package cn.zhuanban.identity.security;

import cn.zhuanban.identity.IdentityManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Chinese by default; {@code ?lang=en} or {@code ?lang=zh-CN} switches the language for the
 * session and, for a logged-in user, remembers it on the account for the next login.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private final IdentityManagement identity;

    LocaleConfiguration(IdentityManagement identity) {
        this.identity = identity;
    }

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(DEFAULT);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if (lang != null && (lang.equals("en") || lang.equals("zh-CN"))) {
                    Locale locale = Locale.forLanguageTag(lang);
                    localeResolver().setLocale(request, response, locale);
                    remember(lang);
                }
                return true;
            }
        });
    }

    private void remember(String lang) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ZhuanbanPrincipal principal) {
            identity.changeLocale(principal.currentUser().id(), lang);
        }
    }
}
