package cn.zhuanban.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf passes every {@code @{…}} link through the response's {@code encodeURL}. With the
 * webjars locator on the class path Spring Boot puts the resource URL encoding filter there, which
 * looks each link up in the static resource locations (jar entries) to rewrite resource URLs, and
 * caches only the hits: a page link such as {@code /projects/12} missed every time, and the misses
 * were most of the rendering time of the project list and the battle map (JFR at province scale).
 * Only links into the webjars or into a top-level entry of the static locations can name a resource;
 * every other link skips the lookup. Session ids are never put in URLs (Spring Security disables
 * that), so nothing else is lost.
 */
@Configuration(proxyBeanMethods = false)
class LinkBuilderConfiguration {

    /** Spring Boot's default static locations ({@code spring.web.resources.static-locations}), in every jar. */
    private static final String[] STATIC_LOCATIONS = {
        "classpath*:META-INF/resources/", "classpath*:resources/", "classpath*:static/", "classpath*:public/"
    };

    @Bean
    static BeanPostProcessor resourceOnlyLinkTransform() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
                    engine.setLinkBuilder(new ResourceOnlyLinkBuilder(staticRoots()));
                }
                return bean;
            }
        };
    }

    /** The first path segments that lead to a static resource: "webjars" and the static locations' entries. */
    static Set<String> staticRoots() {
        Set<String> roots = new HashSet<>(Set.of("webjars"));
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String location : STATIC_LOCATIONS) {
                for (Resource entry : resolver.getResources(location + "*")) {
                    String name = entry.getFilename();
                    if (name != null && !name.isEmpty()) {
                        roots.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(roots);
    }

    /** The standard link builder that asks the response to transform only links that may name a resource. */
    static final class ResourceOnlyLinkBuilder extends StandardLinkBuilder {

        private final Set<String> staticRoots;

        ResourceOnlyLinkBuilder(Set<String> staticRoots) {
            this.staticRoots = staticRoots;
        }

        @Override
        protected String processLink(IExpressionContext context, String link) {
            String contextPath = context instanceof IWebContext web
                    ? web.getExchange().getRequest().getApplicationPath()
                    : "";
            return mayBeResource(link, contextPath) ? super.processLink(context, link) : link;
        }

        boolean mayBeResource(String link, String contextPath) {
            String path = link.startsWith(contextPath) ? link.substring(contextPath.length()) : link;
            if (!path.startsWith("/")) {
                return false; // "?lang=en", "https://…": no static resource of ours
            }
            int end = 1;
            while (end < path.length() && "/?#;".indexOf(path.charAt(end)) < 0) {
                end++;
            }
            return staticRoots.contains(path.substring(1, end));
        }
    }
}
