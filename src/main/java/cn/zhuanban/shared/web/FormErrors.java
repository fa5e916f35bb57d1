package cn.zhuanban.shared.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangedMeanwhile;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns validation errors and refusals into a field → message map that form templates show
 * beside the inputs ({@code errors['name']}); errors without a field go under {@code _global}.
 */
@Component
public class FormErrors {

    public static final String GLOBAL = "_global";

    /** The message of a field left empty. */
    private static final String REQUIRED = "validation.required";

    /** How many characters of a refused value its message repeats. */
    static final int ECHOED = 30;

    /** The version stored now, after a change meanwhile: the form's hidden version takes it for a second save. */
    public static final String STORED_VERSION = "_version";

    /**
     * Marks a 409 that is the form again after a change by someone else meanwhile, holding the user's input and the
     * version stored now. htmx swaps no error answer in, so such a form was never shown and the user saw only the
     * generic failure line; app.js swaps the answers with this header in and keeps that line for every other failure.
     */
    public static final String FORM_AGAIN_HEADER = "X-Form-Again";

    private final MessageSource messages;
    private final Refusals refusals;

    FormErrors(MessageSource messages, Refusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    /** The messages of a refused form; its inputs show what was typed ({@link TypedInput}). */
    public Map<String, String> of(BindingResult result) {
        TypedInput.remember(result);
        if (result.hasErrors()) {
            FormPageAddress.refused();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        result.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), message(error)));
        result.getGlobalErrors()
                .forEach(error ->
                        errors.putIfAbsent(GLOBAL, messages.getMessage(error, LocaleContextHolder.getLocale())));
        return errors;
    }

    /**
     * The flow every form shares: invalid input or a refusal re-renders the form with the messages
     * beside the inputs; otherwise {@code save} runs and returns where to go next. A change by someone
     * else meanwhile also re-renders the form with what the user typed (409), instead of a dead-end page
     * that lost it.
     */
    public String submit(BindingResult binding, Function<Map<String, String>, String> rerender, Supplier<String> save) {
        if (binding.hasErrors()) {
            return rerender.apply(of(binding));
        }
        try {
            return save.get();
        } catch (BusinessException e) {
            return rerender.apply(of(e));
        } catch (OptimisticLockingFailureException e) {
            return rerender.apply(changedMeanwhile(e));
        }
    }

    /**
     * The message of a change by someone else meanwhile, and the version stored now when known; the response is a
     * 409, though the page shown is the form again.
     */
    public Map<String, String> changedMeanwhile(OptimisticLockingFailureException e) {
        FormPageAddress.refused();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            answerChangedMeanwhile(request.getResponse());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(GLOBAL, text("error.concurrent-change.form"));
        if (e instanceof ChangedMeanwhile changed) {
            errors.put(STORED_VERSION, Integer.toString(changed.storedVersion()));
        }
        return errors;
    }

    /** A 409 whose page is the form again, with what the user typed: see {@link #FORM_AGAIN_HEADER}. */
    public static void answerChangedMeanwhile(HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        response.setHeader(FORM_AGAIN_HEADER, "changed-meanwhile");
    }

    /** The refusal's message under its field; a refusal of access (403) is also logged (see {@link Refusals}). */
    public Map<String, String> of(BusinessException e) {
        FormPageAddress.refused();
        Map<String, String> errors = new LinkedHashMap<>();
        for (BusinessException refusal : all(e)) {
            String field = refusal.field() == null ? GLOBAL : refusal.field();
            String text = leftEmpty(refusal)
                    ? text(REQUIRED)
                    : text(refusal.errorCode().messageKey(), refusal.args());
            refusals.record(refusal, text);
            errors.putIfAbsent(field, text);
        }
        return java.util.Collections.unmodifiableMap(errors);
    }

    /** A refusal and those of other fields made with it ({@link BusinessException#throwAll}). */
    private static java.util.List<BusinessException> all(BusinessException e) {
        java.util.List<BusinessException> all = new java.util.ArrayList<>();
        all.add(e);
        all.addAll(e.also());
        return all;
    }

    /**
     * A field refused for being empty says 必填项 like the constraint messages of the other fields: the general
     * "输入有误：必填项" beside the password form's fields read as a different, graver mistake.
     */
    private static boolean leftEmpty(BusinessException e) {
        Object[] args = e.args();
        return e.field() != null
                && args.length == 1
                && args[0] instanceof MessageSourceResolvable reason
                && reason.getCodes() != null
                && Arrays.asList(reason.getCodes()).contains(REQUIRED);
    }

    /** The message of one field's error, for a form or an API problem alike. */
    public String message(FieldError error) {
        return error.isBindingFailure() ? mistyped(error) : messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    /**
     * What a value that is no number or no date gets: the text for its type ({@code typeMismatch.java.math.BigDecimal}
     * "请输入有效的数字", {@code typeMismatch.java.time.LocalDate} the date format), a value that is none of a list's
     * choices (a state, a stage, a card: an enum) "不是可选的值", else the general one; each names what was typed, which
     * the input no longer holds (the record had no place for it). Spring's own text for these is English and names
     * Java types.
     */
    private String mistyped(FieldError error) {
        Object[] typed = {shortened(error.getRejectedValue())};
        if (RepeatedParameters.repeated(error.getRejectedValue())
                || (error.contains(TypeMismatchException.class)
                        && RepeatedParameters.repeated((Throwable) error.unwrap(TypeMismatchException.class)))) {
            return text(RepeatedParameters.MESSAGE, typed); // name=a&name=b: not "a,b", a field sent twice
        }
        boolean blank = isBlank(error.getRejectedValue());
        for (String code : error.getCodes() == null ? new String[0] : error.getCodes()) {
            if (blank && !code.endsWith("." + error.getField())) {
                // An emptied number (a primitive has no "no value"): the type's text ("请输入有效的整数：{0}") named
                // nothing after its colon; a field's own text (工作年限须为…) still says what it takes.
                return text(REQUIRED);
            }
            String text = messages.getMessage(code, typed, null, LocaleContextHolder.getLocale());
            if (text != null) {
                return text;
            }
        }
        return text(isChoice(error) ? "error.validation.choice" : "error.validation.type", typed);
    }

    /**
     * What was typed, as the message repeats it: at most {@value #ECHOED} characters and an ellipsis, so that a pasted
     * page of text is not said back in full beside the field that refused it.
     */
    static Object shortened(Object typed) {
        String text = typed instanceof Object[] values
                ? String.join(",", Arrays.stream(values).map(FormErrors::plain).toList())
                : typed == null ? null : plain(typed);
        if (text == null || text.codePointCount(0, text.length()) <= ECHOED) {
            // a number as text: the message would group it ("格式不正确：100,000,000,000")
            return typed instanceof Object[] || typed instanceof Number ? text : typed;
        }
        return text.substring(0, text.offsetByCodePoints(0, ECHOED)) + "…";
    }

    /** A value as sent: a number without grouping or an exponent. */
    private static String plain(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private static boolean isBlank(Object typed) {
        return typed == null
                || (typed instanceof String text && text.isBlank())
                || (typed instanceof Object[] values
                        && Arrays.stream(values)
                                .allMatch(v -> v == null || String.valueOf(v).isBlank()));
    }

    private static boolean isChoice(FieldError error) {
        return error.contains(TypeMismatchException.class)
                && error.unwrap(TypeMismatchException.class).getRequiredType() instanceof Class<?> type
                && type.isEnum();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
