package cn.zhuanban.shared.web;

import cn.zhuanban.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A list asked for a page past its last (a bookmark, a link kept while rows were closed, a typed address) goes to its
 * last page: it showed "暂无数据, 共 21 条, 第 6/2 页", an empty list that has rows. Every list page puts its {@link
 * PageResult} in the model and reads its page from the {@code page} parameter, so one interceptor serves them all.
 * A list with no rows at all (a filter that matches nothing) has one page, its first: "共 0 条，第 6/1 页" with a live
 * 上一页 was the same mistake.
 */
@Configuration(proxyBeanMethods = false)
class PastTheLastPage implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null
                || !"GET".equals(request.getMethod())
                || request.getParameter("page") == null
                || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        for (Object value : view.getModel().values()) {
            if (value instanceof PageResult<?> result
                    && result.content().isEmpty()
                    && result.page() > 0
                    && result.page() >= result.totalPages()) {
                view.clear();
                view.setViewName("redirect:"
                        + ServletUriComponentsBuilder.fromRequest(request)
                                .replaceQueryParam("page", Math.max(result.totalPages() - 1, 0))
                                .build()
                                .toUriString());
                return;
            }
        }
    }
}
