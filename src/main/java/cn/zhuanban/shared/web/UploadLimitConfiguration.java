package cn.zhuanban.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** Places {@link UploadLimitFilter} right after the character encoding filter, before security reads the CSRF token. */
@Configuration
class UploadLimitConfiguration {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(messages, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
