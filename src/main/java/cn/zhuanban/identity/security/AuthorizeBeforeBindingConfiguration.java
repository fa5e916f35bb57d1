package cn.zhuanban.identity.security;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AuthorizeBeforeBinding} in front of every controller. */
@Configuration
class AuthorizeBeforeBindingConfiguration implements WebMvcConfigurer {

    private final BeanFactory beans;

    AuthorizeBeforeBindingConfiguration(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorizeBeforeBinding(beans));
    }
}
