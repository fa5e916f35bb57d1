package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A list page's filter in its address that names no value of its kind ({@code /projects?stage=BOGUS}, a stale
 * bookmark after a value was renamed) is ignored, as if it were absent, instead of answering the page with a 400: the
 * user still gets the list. Only on a page read (GET or HEAD) of a page controller: a form's post keeps refusing an
 * unknown value at its field, the API keeps answering 400 (its clients should learn of the mistake), and a path's
 * value is no filter. A request parameter with a default takes the default, as when it is absent. The ignored value is
 * noted on the request ({@link #ignored}): the list's pager and export links leave it out (ListQueryAdvice).
 */
@Configuration(proxyBeanMethods = false)
class LenientPageFilters implements WebMvcConfigurer {

    private static final String IGNORED = LenientPageFilters.class.getName() + ".ignored";

    /**
     * Whether this page read ignored the parameter's value: the pager's and the export's links (ListQueryAdvice) are
     * built from the filters the list applied, so the bogus value does not ride along into every page and the file.
     */
    static boolean ignored(HttpServletRequest request, String name, String value) {
        return request.getAttribute(IGNORED) instanceof Set<?> ignored && ignored.contains(Map.entry(name, value));
    }

    /** Whether this page read ignored any filter value. */
    static boolean ignoredAny(HttpServletRequest request) {
        return request.getAttribute(IGNORED) instanceof Set<?> ignored && !ignored.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Set<Map.Entry<String, String>> ignoredSet(HttpServletRequest request) {
        if (request.getAttribute(IGNORED) instanceof Set<?> ignored) {
            return (Set<Map.Entry<String, String>>) ignored;
        }
        Set<Map.Entry<String, String>> ignored = new HashSet<>();
        request.setAttribute(IGNORED, ignored);
        return ignored;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new UnknownEnumIgnored());
    }

    static final class UnknownEnumIgnored implements ConditionalGenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, Enum.class));
        }

        @Override
        public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
            // The conversion service caches this answer for the pair of types: the request is looked at in convert.
            return targetType.getType().isEnum() && !targetType.hasAnnotation(PathVariable.class);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            Class<? extends Enum> type = (Class<? extends Enum>) targetType.getType();
            Object value = valueOf(type, (String) source);
            if (value != null || source == null || ((String) source).isBlank()) {
                return value;
            }
            HttpServletRequest request = pageRead();
            if (request == null) {
                throw new IllegalArgumentException("No " + type.getSimpleName() + " named " + source);
            }
            remember(request, (String) source, targetType);
            RequestParam param = targetType.getAnnotation(RequestParam.class);
            return param == null || ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                    ? null
                    : valueOf(type, param.defaultValue());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static @Nullable Object valueOf(Class<? extends Enum> type, @Nullable String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            // As Spring Boot's own conversion reads a value: case, hyphens and the like aside.
            String wanted = letters(text);
            for (Enum constant : type.getEnumConstants()) {
                if (letters(constant.name()).equals(wanted)) {
                    return constant;
                }
            }
            return null;
        }

        private static String letters(String text) {
            StringBuilder kept = new StringBuilder();
            text.codePoints()
                    .filter(Character::isLetterOrDigit)
                    .map(Character::toLowerCase)
                    .forEach(kept::appendCodePoint);
            return kept.toString();
        }

        /** The request when it is a page read of a page controller, else null. */
        private static @Nullable HttpServletRequest pageRead() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return null;
            }
            HttpServletRequest request = attributes.getRequest();
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return null;
            }
            return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                            && !handler.getBeanType().isAnnotationPresent(ApiController.class)
                    ? request
                    : null;
        }

        /**
         * Notes the ignored value under the parameter that carried it, so the page's links leave it out. The name
         * comes from the parameter bound ({@code @RequestParam}, or a filter record's component); the parameters that
         * hold the value decide when that name is not one of them (an element of a list, a renamed binding).
         */
        private static void remember(HttpServletRequest request, String value, TypeDescriptor target) {
            String named = parameterName(target);
            List<String> holding = request.getParameterMap().entrySet().stream()
                    .filter(p -> Arrays.asList(p.getValue()).contains(value))
                    .map(Map.Entry::getKey)
                    .toList();
            Set<Map.Entry<String, String>> ignored = ignoredSet(request);
            for (String name : holding.contains(named) ? List.of(named) : holding) {
                ignored.add(Map.entry(name, value));
            }
        }

        private static @Nullable String parameterName(TypeDescriptor target) {
            RequestParam param = target.getAnnotation(RequestParam.class);
            if (param != null && !param.name().isEmpty()) {
                return param.name();
            }
            return target.getResolvableType().getSource() instanceof MethodParameter parameter
                    ? parameter.getParameterName()
                    : null;
        }
    }
}
