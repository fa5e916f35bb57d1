package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds the link to another page of the current list, keeping every filter parameter. */
public final class Paging {

    private Paging() {}

    public static String pageLink(HttpServletRequest request, int page) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    /** The parameters of the pager, lenient on lists (PageExceptionHandler) and left out of its size form. */
    static boolean isPagingParameter(String name) {
        return "page".equals(name) || "size".equals(name);
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-Boosted") == null;
    }
}
