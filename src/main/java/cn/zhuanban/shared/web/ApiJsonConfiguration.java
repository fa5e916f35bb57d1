package cn.zhuanban.shared.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's JSON converter reads with {@link ApiJson}'s strict mapper. Only the API's controllers take JSON bodies
 * (pages bind forms, which Jackson never sees); clients of other services keep the application's mapper. Ordered after
 * Boot's own customizer, whose converter this one replaces.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

    @Bean
    ApiJson apiJson(JsonMapper application) {
        return new ApiJson(application);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictApiJson(ApiJson json) {
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(json.mapper()));
    }
}
