package cn.zhuanban.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link ExportTrail} in front of every controller. */
@Configuration
class ExportTrailConfiguration implements WebMvcConfigurer {

    private final ExportTrail trail;

    ExportTrailConfiguration(ExportTrail trail) {
        this.trail = trail;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(trail);
    }
}
