package cn.zhuanban.shared.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Shows refusals on pages as a friendly error page in the user's language. Form controllers
 * catch {@link BusinessException} themselves to show the message beside the form; whatever
 * escapes lands here.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final Refusals refusals;
    private final MessageSource messages;

    PageExceptionHandler(Refusals refusals, MessageSource messages) {
        this.refusals = refusals;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("errorKey", e.errorCode().messageKey());
        model.addAttribute("errorArgs", e.args());
        return "error/404";
    }

    @ExceptionHandler(BusinessException.class)
    String refused(BusinessException e, HttpServletResponse response, Model model) {
        refusals.record(e, messages.getMessage(e.errorCode().messageKey(), e.args(), LocaleContextHolder.getLocale()));
        return RefusedPage.show(
                response, model, e.errorCode().status().value(), e.errorCode().messageKey(), e.args());
    }

    /**
     * A value taken on its own rather than into a form's record (a hidden version, an id, a date of one row: a
     * {@code @RequestParam} or a part of the address) that is no number or no date. Only the form's own controller could
     * show its form again, so the 400 page says which value was wrong and how, in the user's language, and offers to go
     * back, where the browser still holds what was typed. Spring's answer was the bare "request has errors" page.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mistyped(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (NoSuchPath.of(e)) {
            // /meetings/contacts, /projects/abc: an address with a word where a record's number belongs names nothing,
            // as an unknown number does; not a form's value the user could correct
            response.setStatus(404);
            return "error/404";
        }
        if (Paging.isPagingParameter(e.getName()) && "GET".equals(request.getMethod())) {
            // A list's page or rows per page from a mangled bookmark or a typed address: nothing to fix in a form, so
            // the list opens on its first page with its own size (API paging stays strict: ApiExceptionHandler).
            return "redirect:"
                    + ServletUriComponentsBuilder.fromRequest(request)
                            .replaceQueryParam(e.getName())
                            .build()
                            .toUriString();
        }
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("fieldError", text("error.page.bad-request.field", e.getName(), mistake(e)));
        return "error/4xx";
    }

    /** The text forms give for such a value ({@code typeMismatch.int} "请输入有效的整数"), naming what was sent. */
    private String mistake(MethodArgumentTypeMismatchException e) {
        if (RepeatedParameters.repeated(e.getValue()) || RepeatedParameters.repeated((Throwable) e)) {
            return text(RepeatedParameters.MESSAGE, FormErrors.shortened(e.getValue()));
        }
        Object[] sent = {FormErrors.shortened(e.getValue())};
        Class<?> type = e.getRequiredType();
        String text = type == null
                ? null
                : messages.getMessage("typeMismatch." + type.getName(), sent, null, LocaleContextHolder.getLocale());
        if (text != null) {
            return text;
        }
        return text(type != null && type.isEnum() ? "error.validation.choice" : "error.validation.type", sent);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrent(HttpServletResponse response, Model model) {
        return RefusedPage.show(response, model, 409, "error.concurrent-change");
    }
}
