package cn.zhuanban.shared.web;

import java.time.Clock;
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
    private final Duration abandonedAfter;
    private final Clock clock;

    /**
     * {@code abandoned-after}: how long a first post may stay unfinished before the next post of its form takes it
     * over, its node thought dead (a save takes seconds, not a minute); never less than twice the wait for a first
     * post, so a double click waits for a slow first post rather than running beside it.
     */
    OnceOnlyFormsConfiguration(
            FormSubmissions submissions,
            @Value("${zhuanban.forms.wait-for-first:PT5S}") Duration waitForFirst,
            @Value("${zhuanban.forms.abandoned-after:PT1M}") Duration abandonedAfter,
            Clock clock) {
        this.submissions = submissions;
        this.waitForFirst = waitForFirst;
        Duration twiceTheWait = waitForFirst.multipliedBy(2);
        this.abandonedAfter = abandonedAfter.compareTo(twiceTheWait) < 0 ? twiceTheWait : abandonedAfter;
        this.clock = clock;
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
        registry.addInterceptor(new OnceOnlyForms(submissions, waitForFirst, abandonedAfter, clock))
                .excludePathPatterns("/login", "/login/**", "/logout", "/api/**")
                .order(100);
    }
}
