package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The list's links from the filters it applied: {@link ListQueryAdvice}'s attributes are made before the list's
 * filters are bound, and so before {@link LenientPageFilters} ignores a stale bookmark's unknown value. When one was
 * ignored, they are made again here, after the list ran and before the page renders; the pager, the rows-per-page
 * form and the export then carry the filters the list shows, not the bogus value (page 2 of {@code ?stage=BOGUS}).
 */
@Configuration(proxyBeanMethods = false)
class AppliedListFilters implements WebMvcConfigurer, HandlerInterceptor {

    private final ListQueryAdvice listQuery = new ListQueryAdvice();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null
                || !LenientPageFilters.ignoredAny(request)
                || !view.getModel().containsKey("listQuery")) {
            return;
        }
        view.addObject("listQuery", listQuery.listQuery(request));
        view.addObject("listParameters", listQuery.listParameters(request));
        view.addObject("listFiltered", listQuery.listFiltered(request));
    }
}
