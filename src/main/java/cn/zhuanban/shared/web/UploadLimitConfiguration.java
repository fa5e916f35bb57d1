package cn.zhuanban.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Places {@link UploadLimitFilter} after the character encoding filter (form fields decode right) and the session
 * filter (Spring Session's, at {@code HIGHEST_PRECEDENCE + 50}: the refusal speaks the language the user chose for the
 * session), and before security reads the CSRF token.
 */
@Configuration
class UploadLimitConfiguration {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(messages, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return registration;
    }
}
