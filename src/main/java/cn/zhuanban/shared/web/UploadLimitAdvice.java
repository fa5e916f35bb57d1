package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload over the container's limit fails before any controller is chosen, so only an advice
 * that applies to every handler sees it: the user gets a message in their language, not an error.
 * So does a post to an upload address that carries no file at all (not a multipart request).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return RefusedPage.show(response, model, 413, "error.upload-too-large");
    }

    @ExceptionHandler(MultipartException.class)
    String notAnUpload(HttpServletResponse response, Model model) {
        return RefusedPage.show(response, model, 400, "error.upload-missing");
    }
}
