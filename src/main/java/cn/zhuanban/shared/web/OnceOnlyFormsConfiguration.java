package cn.zhuanban.shared.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Puts {@link OnceTokenFields} around Spring Security's {@code requestDataValueProcessor} (the one bean of that name
 * Thymeleaf asks) and {@link OnceOnlyForms} after the other interceptors, so a handler's permission is checked
 * ({@code AuthorizeBeforeBinding}) before the token, a parameter, is read. Login and logout are Spring Security's own
 * and the API takes no forms: both are left out.
 */
@Configuration(proxyBeanMethods = false)
class OnceOnlyFormsConfiguration implements WebMvcConfigurer {

    private final FormSubmissions submissions;
    private final Duration waitForFirst;

    OnceOnlyFormsConfiguration(
            FormSubmissions submissions, @Value("${zhuanban.forms.wait-for-first:PT5S}") Duration waitForFirst) {
        this.submissions = submissions;
        this.waitForFirst = waitForFirst;
    }

    @Bean
    static BeanPostProcessor onceTokenFieldsAroundSecurity() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return RequestContextUtils.REQUEST_DATA_VALUE_PROCESSOR_BEAN_NAME.equals(name)
                                && bean instanceof RequestDataValueProcessor security
                                && !(bean instanceof OnceTokenFields)
                        ? new OnceTokenFields(security)
                        : bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OnceOnlyForms(submissions, waitForFirst))
                .excludePathPatterns("/login", "/login/**", "/logout", "/api/**")
                .order(100);
    }
}
