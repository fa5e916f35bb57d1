package cn.zhuanban.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf passes every {@code @{…}} link through the response's {@code encodeURL}. With the
 * webjars locator on the class path Spring Boot puts the resource URL encoding filter there, which
 * looks each link up in the static resource locations (jar entries) to rewrite versioned resource
 * URLs, and caches only the hits: a page link such as {@code /projects/12} missed every time, and
 * the misses were most of the rendering time of the project list and the battle map (JFR). Only
 * links to files (a dot in the last path segment) and webjars can be resources; the rest skip the
 * lookup. Session ids are never put in URLs (Spring Security disables that), so nothing else is lost.
 */
@Configuration(proxyBeanMethods = false)
class LinkBuilderConfiguration {

    @Bean
    static BeanPostProcessor resourceOnlyLinkTransform() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
                    engine.setLinkBuilder(new ResourceOnlyLinkBuilder());
                }
                return bean;
            }
        };
    }

    /** The standard link builder that asks the response to transform only links that may name a resource. */
    static final class ResourceOnlyLinkBuilder extends StandardLinkBuilder {

        @Override
        protected String processLink(IExpressionContext context, String link) {
            return mayBeResource(link) ? super.processLink(context, link) : link;
        }

        static boolean mayBeResource(String link) {
            int end = link.length();
            for (int i = 0; i < link.length(); i++) {
                char c = link.charAt(i);
                if (c == '?' || c == '#') {
                    end = i;
                    break;
                }
            }
            String path = link.substring(0, end);
            return path.contains("/webjars/") || path.lastIndexOf('.') > path.lastIndexOf('/');
        }
    }
}
