package cn.zhuanban.shared.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The {@link StartupGate} goes first: no other filter (security, sessions, the database) runs before it opens. */
@Configuration
class StartupGateConfiguration {

    @Bean
    FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability, MessageSource messages) {
        FilterRegistrationBean<StartupGate> registration =
                new FilterRegistrationBean<>(new StartupGate(availability, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
