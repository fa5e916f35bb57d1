package cn.zhuanban.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes names by default, in upper case on H2 and lower case on PostgreSQL.
 * Unquoted names let both databases fold them the same way (H2 runs with DATABASE_TO_LOWER), so
 * one set of migrations serves both.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNamingConfiguration {

    @Bean
    static BeanPostProcessor unquotedJdbcNames() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
