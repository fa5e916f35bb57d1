package cn.zhuanban.ticket.web;

import cn.zhuanban.ticket.MetricsPeriod;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds a handler's {@link PeriodChoice} from {@code period}, {@code from} and {@code to} with Spring's binding of
 * request parameters, so that each keeps the answers it had as a parameter of its own: the lenient page read, the
 * strict API, a mistyped day refused naming it (PageExceptionHandler, ApiExceptionHandler), a value sent twice.
 */
@Configuration(proxyBeanMethods = false)
class PeriodChoiceResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final RequestParamMethodArgumentResolver params = new RequestParamMethodArgumentResolver(false);

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PeriodChoice.class;
    }

    @Override
    public PeriodChoice resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws Exception {
        List<MethodParameter> each = PeriodChoice.PARAMETERS;
        return new PeriodChoice(
                (MetricsPeriod.Kind) params.resolveArgument(each.get(0), container, request, binders),
                (LocalDate) params.resolveArgument(each.get(1), container, request, binders),
                (LocalDate) params.resolveArgument(each.get(2), container, request, binders));
    }
}
