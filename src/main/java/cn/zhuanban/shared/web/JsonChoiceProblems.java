package cn.zhuanban.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * A request body with a value that is none of a field's choices ({@code "category": "X"}) is refused with every other
 * invalid field of the body, not alone: the strict mapper ({@link ApiJson}) stopped at the first such value, before
 * validation, so {@code fields} named {@code category} but not the missing {@code title}. While a body is read, such a
 * value is noted and read as none ({@link #handler()}); once read, the body is validated as {@code @Valid} would and
 * refused with the noted values and the other problems together. Only while a request body is being read: a tree read
 * later ({@link ApiJson#read}) or any other use of the mapper stays strict.
 */
@ControllerAdvice
class JsonChoiceProblems extends RequestBodyAdviceAdapter {

    private static final String NOTED = JsonChoiceProblems.class.getName() + ".noted";

    private final SmartValidator validator;

    JsonChoiceProblems(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** A body refused for its noted values and its other problems, answered as a refused {@code @Valid} body is. */
    static final class RefusedBody extends RuntimeException {

        private final transient BindingResult result;

        RefusedBody(BindingResult result) {
            super("request body refused: " + result.getFieldErrors().size() + " field(s)");
            this.result = result;
        }

        BindingResult result() {
            return result;
        }
    }

    /** A value of a JSON body that is none of its field's choices: the field's path and the value sent. */
    record Noted(String field, String value) {}

    /** The mapper's handler: notes a value no choice matches while a body is read, else leaves it to Jackson. */
    static DeserializationProblemHandler handler() {
        return new DeserializationProblemHandler() {
            @Override
            public Object handleWeirdStringValue(
                    DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
                List<Noted> noted = noted();
                if (noted == null || !targetType.isEnum() || ctxt.getParser() == null) {
                    return NOT_HANDLED;
                }
                noted.add(new Noted(path(ctxt.getParser().streamReadContext()), value));
                return null;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Noted> noted() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (List<Noted>) request.getAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
    }

    /** {@code tasks[0].type}, as the other refusals name a field of a body. */
    private static String path(TokenStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.addFirst((parts.isEmpty() || parts.getFirst().startsWith("[") ? "" : ".") + c.currentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(NOTED, new ArrayList<Noted>(), RequestAttributes.SCOPE_REQUEST);
        }
        return input;
    }

    @Override
    public Object handleEmptyBody(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
        }
        return body;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<Noted> noted = noted();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
        }
        if (noted == null || noted.isEmpty()) {
            return body;
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(body, parameter.getParameterName());
        if (validated(parameter)) {
            validator.validate(body, result);
        }
        Set<String> choices = noted.stream().map(Noted::field).collect(Collectors.toSet());
        BeanPropertyBindingResult refused = new BeanPropertyBindingResult(body, parameter.getParameterName());
        for (Noted n : noted) {
            refused.addError(new FieldError(
                    result.getObjectName(),
                    n.field(),
                    n.value(),
                    false,
                    // an empty string is told as one, with how to send no value (as ApiExceptionHandler tells it)
                    new String[] {n.value().isEmpty() ? "error.validation.empty-string" : "error.validation.choice"},
                    new Object[] {n.value()},
                    "not one of the choices: " + n.value()));
        }
        // the noted values were read as none: their "required" is not the problem
        result.getFieldErrors().stream()
                .filter(e -> !choices.contains(e.getField()))
                .forEach(refused::addError);
        result.getGlobalErrors().forEach(refused::addError);
        throw new RefusedBody(refused);
    }

    private static boolean validated(MethodParameter parameter) {
        for (Annotation a : parameter.getParameterAnnotations()) {
            if (a instanceof jakarta.validation.Valid || a instanceof Validated) {
                return true;
            }
        }
        return false;
    }
}
