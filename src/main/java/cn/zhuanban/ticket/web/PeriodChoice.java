package cn.zhuanban.ticket.web;

import cn.zhuanban.ticket.MetricsPeriod;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The period of report chosen for the metrics and the ranking (红黑榜), as their pages, their exports and the API take
 * it: {@code period} (本月/本季度/本年/自定义/全部, {@code MONTH|QUARTER|YEAR|CUSTOM|ALL}; none is {@code ALL}) and, for
 * {@code CUSTOM}, the days {@code from} and {@code to} (ISO dates, both included, either left open). Bound by
 * {@link PeriodChoiceResolver} exactly as the three query parameters it replaces ({@link #parameters}): on a page read
 * an unknown {@code period} counts as none (LenientPageFilters), over the API it is a 400 naming {@code period}; a day
 * that is no date is a 400 naming {@code from} or {@code to} everywhere.
 */
record PeriodChoice(MetricsPeriod.Kind period, LocalDate from, LocalDate to) {

    /** The period resolved against today in the district. */
    MetricsPeriod resolve(Clock clock) {
        return MetricsPeriod.of(period, from, to, LocalDate.now(clock));
    }

    /** The three parameters as a handler once declared them, each bound by Spring's own request-parameter binding. */
    static final List<MethodParameter> PARAMETERS = parameters();

    @SuppressWarnings("unused") // read by reflection only: its parameters are what the query holds
    private static void parameters(
            @RequestParam(defaultValue = "ALL") MetricsPeriod.Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    private static List<MethodParameter> parameters() {
        Method method = ReflectionUtils.findMethod(
                PeriodChoice.class, "parameters", MetricsPeriod.Kind.class, LocalDate.class, LocalDate.class);
        return java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> {
                    MethodParameter parameter = new MethodParameter(method, i);
                    parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                    return parameter;
                })
                .toList();
    }
}
