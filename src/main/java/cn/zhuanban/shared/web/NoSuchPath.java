package cn.zhuanban.shared.web;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A part of the address that could not be read as its handler's type ({@code /meetings/contacts} where a meeting's number
 * belongs): the address names nothing, so pages and API answer 404 as for an unknown number, not 400 as for a form's
 * or a query's value. One rule for every {@code /{id}} of the application, pages and API alike.
 */
final class NoSuchPath {

    private NoSuchPath() {}

    static boolean of(MethodArgumentTypeMismatchException e) {
        return e.getParameter().hasParameterAnnotation(PathVariable.class);
    }
}
