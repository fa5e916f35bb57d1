package cn.zhuanban.shared.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns refusals in the REST API into RFC 9457 problem details with a stable {@code code}, so
 * that scripts of provincial platforms can branch on the code rather than on translated text.
 * An {@code AccessDeniedException} (a refused {@code @PreAuthorize}) is deliberately not handled
 * here: it travels on to Spring Security's access-denied handler, which answers the same 403
 * problem and records the refusal in the audit log, for pages and API alike. Ordered before the pages' handler
 * ({@link PageExceptionHandler}), which an API controller, being a {@code @Controller} too, also falls under: the API's
 * refusals are problems, never pages, whichever advice the context happens to list first.
 */
@Order(0)
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler {

    private static final URI BLANK = URI.create("about:blank");

    /** The value in Jackson's refusal to coerce it: {@code String value ("abc")}, {@code Integer value (1)}. */
    private static final Pattern COERCED = Pattern.compile("^Cannot coerce [A-Za-z ]*value \\(\"?(.*?)\"?\\) to ");

    private final MessageSource messages;
    private final FormErrors formErrors;
    private final Refusals refusals;

    ApiExceptionHandler(MessageSource messages, FormErrors formErrors, Refusals refusals) {
        this.messages = messages;
        this.formErrors = formErrors;
        this.refusals = refusals;
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail business(BusinessException e) {
        ErrorCode code = e.errorCode();
        String text = text(code.messageKey(), e.args());
        refusals.record(e, text);
        ProblemDetail problem = problem(code, text);
        if (!e.also().isEmpty()) {
            // several fields refused at once (BusinessException#throwAll): each named, each said
            java.util.List<String> fields = new java.util.ArrayList<>();
            StringBuilder detail = new StringBuilder(text);
            fields.add(e.field());
            for (BusinessException other : e.also()) {
                String more = text(other.errorCode().messageKey(), other.args());
                refusals.record(other, more);
                fields.add(other.field());
                detail.append("; ").append(other.field()).append(": ").append(more);
            }
            problem.setDetail((e.field() == null ? "" : e.field() + ": ") + detail);
            problem.setProperty("field", e.field());
            problem.setProperty(
                    "fields",
                    fields.stream()
                            .filter(java.util.Objects::nonNull)
                            .distinct()
                            .toList());
            return problem;
        }
        if (e.field() != null) {
            problem.setProperty("field", e.field());
            if (code == ErrorCode.VALIDATION) {
                // As a refused @Valid body names its fields, so a client reads every validation problem one way.
                problem.setProperty("fields", java.util.List.of(e.field()));
            }
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult());
    }

    /** A value none of its field's choices, with the body's other problems ({@link JsonChoiceProblems}). */
    @ExceptionHandler(JsonChoiceProblems.RefusedBody.class)
    ProblemDetail invalid(JsonChoiceProblems.RefusedBody e) {
        return invalid(e.result());
    }

    private ProblemDetail invalid(org.springframework.validation.BindingResult result) {
        String detail = result.getFieldErrors().stream()
                .map(error -> error.getField() + ": " + formErrors.message(error))
                .collect(Collectors.joining("; "));
        java.util.List<String> fields = result.getFieldErrors().stream()
                .map(error -> error.getField())
                .distinct()
                .toList();
        return named(problem(ErrorCode.VALIDATION, detail), fields);
    }

    /**
     * A validation problem names its inputs in {@code fields}, and in {@code field} too when it is one alone: the
     * contract's client reads {@code field} for the input at fault, whether it came in the body, the query or the path.
     */
    private static ProblemDetail named(ProblemDetail problem, java.util.List<String> fields) {
        if (fields.size() == 1) {
            problem.setProperty("field", fields.getFirst());
        }
        problem.setProperty("fields", fields);
        return problem;
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class
    })
    ProblemDetail unreadable(Exception e) {
        String field = jsonField(e);
        if (field != null) {
            return named(problem(ErrorCode.VALIDATION, field + ": " + mistypedJson(e)), java.util.List.of(field));
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            if (NoSuchPath.of(mismatch)) {
                // a word where the address names a record (/api/v1/projects/abc): nothing is there, as for an unknown
                // id
                return problem(ErrorCode.NOT_FOUND, text("error.http.not-found"));
            }
            if (RepeatedParameters.repeated(mismatch.getValue()) || RepeatedParameters.repeated((Throwable) mismatch)) {
                // days=3&days=5: one value belongs there, and the first was taken silently
                return named(
                        problem(
                                ErrorCode.VALIDATION,
                                mismatch.getName() + ": "
                                        + text(RepeatedParameters.MESSAGE, FormErrors.shortened(mismatch.getValue()))),
                        java.util.List.of(mismatch.getName()));
            }
            String key = mismatch.getRequiredType() != null
                            && mismatch.getRequiredType().isEnum()
                    ? "error.validation.choice"
                    : "error.validation.type";
            return named(
                    problem(
                            ErrorCode.VALIDATION,
                            mismatch.getName() + ": " + text(key, FormErrors.shortened(mismatch.getValue()))),
                    java.util.List.of(mismatch.getName()));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            String name = missing.getParameterName();
            return named(
                    problem(ErrorCode.VALIDATION, name + ": " + text("error.validation.required")),
                    java.util.List.of(name));
        }
        return problem(ErrorCode.VALIDATION, unreadableBody(e));
    }

    /**
     * Why a body could not be read, in the reader's language: where the JSON breaks, or that there is none. The
     * parser's own message (English, quoting the input) is not passed on.
     */
    private String unreadableBody(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json
                    && json.getLocation() != null
                    && json.getLocation().getLineNr() > 0) {
                return text(
                        "error.validation.json-syntax",
                        json.getLocation().getLineNr(),
                        json.getLocation().getColumnNr());
            }
        }
        return e.getCause() == null ? text("error.validation.body-missing") : text("error.validation.unreadable");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent(OptimisticLockingFailureException e) {
        String key = e instanceof cn.zhuanban.shared.ChangedMeanwhile changed && changed.messageKey() != null
                ? changed.messageKey()
                : ErrorCode.CONCURRENT_CHANGE.messageKey();
        return problem(ErrorCode.CONCURRENT_CHANGE, text(key));
    }

    private ProblemDetail problem(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        // written out, as the security layer's and the container's problems write it: every API error has one shape
        problem.setType(BLANK);
        problem.setTitle(text("error.title." + code.status().value()));
        problem.setProperty("code", code.code());
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /**
     * What a JSON value of the wrong type gets: the choices' or the format's text, naming the value sent when the parser
     * kept it ("不是可选的值：PURPLE", "格式不正确：abc"); it named the property a second time.
     */
    private String mistypedJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoredTextDeserializer.RefusedText) {
                return text(StoredText.MESSAGE);
            }
            if (t instanceof InvalidFormatException invalid) {
                boolean choice = invalid.getTargetType() != null
                        && invalid.getTargetType().isEnum();
                return sent(choice ? "error.validation.choice" : "error.validation.type", invalid.getValue());
            }
            if (t instanceof MismatchedInputException mismatch && mismatch.getOriginalMessage() != null) {
                // A value the strict mapper would not coerce (ApiJson): Jackson keeps it in its message only
                // ("Cannot coerce String value ("abc") to ...").
                if (mismatch.getOriginalMessage().startsWith("Cannot coerce empty String")) {
                    return text("error.validation.empty-string");
                }
                Matcher sent = COERCED.matcher(mismatch.getOriginalMessage());
                if (sent.find()) {
                    return sent("error.validation.type", sent.group(1));
                }
            }
        }
        return text("error.validation.format");
    }

    /**
     * The refusal naming the value sent; an empty string is told as one, with how to send no value: "格式不正确：" with
     * nothing after it read as the general message, and a client sending {@code ""} for "none" learnt nothing.
     */
    private String sent(String key, Object value) {
        // as sent, no longer than a form's echo, a number ungrouped ("格式不正确：100,000,000,000,000,000,000")
        return "".equals(value) ? text("error.validation.empty-string") : text(key, FormErrors.shortened(value));
    }

    /**
     * The JSON property that could not be read (a bad enum or date), so the problem names it as other refusals do:
     * {@code tasks[0].duration}.
     */
    private static String jsonField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (var ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else {
                        field.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return field.toString();
            }
        }
        return null;
    }

    static HttpStatus statusOf(ErrorCode code) {
        return code.status();
    }
}
