package cn.zhuanban.shared.web;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

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

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrent(HttpServletResponse response, Model model) {
        return RefusedPage.show(response, model, 409, "error.concurrent-change");
    }
}
