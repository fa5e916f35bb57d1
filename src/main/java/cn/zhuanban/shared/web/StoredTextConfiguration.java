package cn.zhuanban.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text no column can keep ({@link StoredText}) is refused where it comes in: query and form fields by
 * {@link StoredTextFilter}, placed after {@link UploadLimitFilter} (a multipart body is parsed, and refused when too
 * large, first) and before security; JSON strings by {@link StoredTextDeserializer}.
 */
@Configuration
class StoredTextConfiguration {

    @Bean
    FilterRegistrationBean<StoredTextFilter> storedTextFilter(MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<StoredTextFilter> registration =
                new FilterRegistrationBean<>(new StoredTextFilter(messages, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 61);
        return registration;
    }

    @Bean
    JsonMapperBuilderCustomizer storedTextInJson() {
        return builder -> builder.addModule(
                new SimpleModule("stored-text").addDeserializer(String.class, new StoredTextDeserializer()));
    }
}
