package cn.zhuanban.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Chinese by default; {@code ?lang=en} or {@code ?lang=zh-CN} switches the language for the session only. The
 * account's language for the next login is saved only by the language menu's post ({@code /account/locale}, with its
 * CSRF token): a link or image on another site could send the GET and would otherwise change it for good.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

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
                if ("GET".equals(request.getMethod()) && isOffered(lang)) {
                    localeResolver().setLocale(request, response, Locale.forLanguageTag(lang));
                }
                return true;
            }
        });
    }

    static boolean isOffered(String lang) {
        return lang != null && (lang.equals("en") || lang.equals("zh-CN"));
    }
}
