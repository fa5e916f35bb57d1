package cn.zhuanban.shared.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses, before a form or a query record is bound, a parameter name no page of ours makes: an index where the field
 * is no list ({@code name[0]}), an index below zero, beyond what any form holds or past an {@code int}
 * ({@code months[-1]}, {@code months[100000]}, {@code months[2147483648]}), a word where a list wants a number. Spring
 * bound such names into the record and failed inside (a NumberFormatException, an IndexOutOfBounds, "no primary
 * constructor" for a decimal): a 500 with a stack trace for a crafted request. Now it is a 400 naming the parameter, a
 * page or a problem, and nothing is saved. Every page and API controller; binders of single values ({@code
 * RequestParam}) have no record and are left alone. Every binder also gets the text editor that refuses a text sent
 * twice ({@link RepeatedParameters.OneText}).
 */
@ControllerAdvice
class CraftedParameters {

    /** The most elements a list of a form may take; the longest list a page makes (a year's months, a move's departments) is far below. */
    static final int MOST_ELEMENTS = 1000;

    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    @InitBinder
    void refuseCrafted(WebDataBinder binder, HttpServletRequest request) {
        binder.setAutoGrowCollectionLimit(MOST_ELEMENTS);
        binder.registerCustomEditor(String.class, new RepeatedParameters.OneText());
        Class<?> type = boundType(binder);
        if (type == null || BeanUtils.isSimpleValueType(type)) {
            return;
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!name.startsWith("_") && !name.startsWith("!") && (name.indexOf('[') >= 0 || name.indexOf(']') >= 0)) {
                check(type, name);
            }
        }
    }

    private static @Nullable Class<?> boundType(WebDataBinder binder) {
        if (binder.getTarget() != null) {
            return binder.getTarget().getClass();
        }
        ResolvableType type = binder.getTargetType();
        return type == null ? null : type.resolve();
    }

    private static void check(Class<?> type, String name) {
        int open = name.indexOf('[');
        if (open <= 0) {
            throw refused(name);
        }
        String property = name.substring(0, open);
        Matcher index = INDEX.matcher(name);
        if (!index.find(open) || index.start() != open) {
            throw refused(name);
        }
        if (property.indexOf('.') >= 0) {
            // a nested record's list: only the index is checked here
            checkIndex(name, index.group(1));
            return;
        }
        ResolvableType declared = declared(type, property);
        if (declared == null) {
            return; // no such field: the binder ignores it, as any unknown parameter
        }
        Class<?> raw = declared.toClass();
        ResolvableType element;
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            checkIndex(name, index.group(1));
            element = raw.isArray()
                    ? declared.getComponentType()
                    : declared.asCollection().getGeneric(0);
        } else if (Map.class.isAssignableFrom(raw)) {
            element = declared.asMap().getGeneric(1);
        } else {
            throw refused(name); // name[0]: the field holds one value
        }
        String rest = name.substring(index.end());
        if (!rest.isEmpty() && (element.resolve() == null || BeanUtils.isSimpleValueType(element.toClass()))) {
            throw refused(name); // months[0][1], months[0].x: the element is one value
        }
    }

    private static void checkIndex(String name, String index) {
        if (!index.matches("\\d{1,9}") || Integer.parseInt(index) >= MOST_ELEMENTS) {
            throw refused(name);
        }
    }

    /** The declared type of a record's component or a bean's property, null when there is none. */
    private static @Nullable ResolvableType declared(Class<?> type, String property) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return ResolvableType.forType(component.getGenericType());
                }
            }
            return null;
        }
        PropertyDescriptor descriptor = BeanUtils.getPropertyDescriptor(type, property);
        if (descriptor == null || descriptor.getWriteMethod() == null) {
            return null;
        }
        return ResolvableType.forMethodParameter(descriptor.getWriteMethod(), 0);
    }

    private static BusinessException refused(String name) {
        return new BusinessException(
                ErrorCode.VALIDATION,
                name,
                new DefaultMessageSourceResolvable(new String[] {"error.validation.parameter"}, new Object[] {name}));
    }
}
