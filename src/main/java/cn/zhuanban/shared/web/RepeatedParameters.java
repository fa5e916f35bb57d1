package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A parameter sent twice where one value belongs ({@code name=a&name=b}, {@code days=3&days=5}) is refused as a value
 * of the wrong kind: a form shows "重复提交了字段" beside the field (FormErrors), a query parameter gets a 400 naming it.
 * Spring joined two texts with a comma ("a,b" was saved as the name) and took the first of two numbers or choices, so
 * a crafted or doubled form saved something no one typed. A list (checkboxes, a multiple choice: {@code
 * coDepartmentIds}) still takes every value. A page read of a list (GET of a page controller) stays lenient, as for an
 * unknown filter value ({@link LenientPageFilters}): the user still gets the list, with the first value.
 */
@Configuration(proxyBeanMethods = false)
class RepeatedParameters implements WebMvcConfigurer {

    /** The text of a field sent twice, naming the values. */
    static final String MESSAGE = "error.validation.repeated";

    @Override
    public void addFormatters(FormatterRegistry registry) {
        if (registry instanceof ConversionService conversions) {
            registry.addConverter(new OneValueOnly(conversions));
        }
    }

    /** Thrown for two or more values where one belongs; the binder records it as a type mismatch of the field. */
    static final class Repeated extends IllegalArgumentException {
        Repeated() {
            super("a parameter sent more than once where one value belongs");
        }
    }

    /**
     * The binders' editor of a text field: Spring joins two values for a text after the conversion refused them
     * ({@link OneValueOnly}), so the editor turns them into no text, and the binder asks the conversion again, which
     * refuses them for good. Registered on every binder by {@link CraftedParameters}.
     */
    static final class OneText extends java.beans.PropertyEditorSupport {

        /** What two texts become: no text, so the binder tries the conversion, which refuses them. */
        private static final Object REPEATED = new Object();

        @Override
        public void setAsText(String text) {
            setValue(text);
        }

        @Override
        public void setValue(Object value) {
            if (value instanceof String[] values && values.length <= 1) {
                super.setValue(values.length == 0 ? null : values[0]);
            } else if (repeated(value) && !OneValueOnly.pageRead()) {
                super.setValue(REPEATED);
            } else {
                super.setValue(value);
            }
        }
    }

    /** Whether the value bound is several values sent under one name. */
    static boolean repeated(@Nullable Object value) {
        return value instanceof String[] values && values.length > 1;
    }

    /** Whether the failure is the refusal of several values under one name. */
    static boolean repeated(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Repeated) {
                return true;
            }
        }
        return false;
    }

    static final class OneValueOnly implements ConditionalGenericConverter {

        private final ConversionService conversions;

        OneValueOnly(ConversionService conversions) {
            this.conversions = conversions;
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String[].class, Object.class));
        }

        @Override
        public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
            Class<?> type = targetType.getType();
            return !type.isArray()
                    && !Collection.class.isAssignableFrom(type)
                    && !Map.class.isAssignableFrom(type)
                    && type != Object.class
                    && (type == String.class
                            || conversions.canConvert(TypeDescriptor.valueOf(String.class), targetType));
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            String[] values = (String[]) source;
            if (values == null || values.length == 0) {
                return null;
            }
            if (values.length > 1 && !pageRead()) {
                throw new Repeated();
            }
            if (values.length > 1 && targetType.getType() == String.class) {
                return String.join(",", values); // a page read's text filter, as Spring always read it
            }
            return conversions.convert(values[0], TypeDescriptor.valueOf(String.class), targetType);
        }

        /** Whether this is a page read (GET or HEAD) of a page controller. */
        static boolean pageRead() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return false;
            }
            HttpServletRequest request = attributes.getRequest();
            return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                    && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
                            instanceof HandlerMethod handler
                    && !handler.getBeanType().isAnnotationPresent(ApiController.class);
        }
    }
}
