package cn.zhuanban.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Chinese by default (an API call without a choice of its own: its {@code Accept-Language}, else its token's account
 * language); {@code ?lang=en} or {@code ?lang=zh-CN} switches the language for the session only. The
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
        // without a choice of its own (a token's call has no session), an API call is answered in the language it
        // asks for; the pages stay Chinese unless switched, whatever the browser's languages
        resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
        return resolver;
    }

    /**
     * An API request's {@code Accept-Language}, its first offered language of weight above 0 ({@code en} or {@code zh}
     * in any region); without one it asks for, the language saved on the account of the token that authenticated it
     * (a script's owner chose it in the menu, and a token's call has no session to carry it); else Chinese. Any other
     * request Chinese.
     */
    static Locale defaultLocale(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return DEFAULT;
        }
        Locale asked = accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (asked != null) {
            return asked;
        }
        return accountLocale(request);
    }

    private static Locale accepted(String header) {
        if (header == null) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-", 2)[0];
                if (range.getWeight() > 0 && (language.equals("en") || language.equals("zh"))) {
                    return language.equals("en") ? Locale.ENGLISH : DEFAULT;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header asks for nothing
        }
        return null;
    }

    /**
     * The token's account language ({@code en} or {@code zh-CN}, as the menu saves it), which {@link BearerTokenFilter}
     * keeps on the request, where the container's error dispatch still finds it; Chinese when none is saved.
     */
    private static Locale accountLocale(HttpServletRequest request) {
        return request.getAttribute(BearerTokenFilter.ACCOUNT_LOCALE) instanceof String saved && isOffered(saved)
                ? Locale.forLanguageTag(saved)
                : DEFAULT;
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
