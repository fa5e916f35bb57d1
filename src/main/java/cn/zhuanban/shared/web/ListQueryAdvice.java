package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the current query string without {@code page}, ending in {@code &} or empty,
 * so that the shared pager fragment links to other pages with the same filters, and the export links
 * (layout/fragments :: export) export what the list shows.
 */
@ControllerAdvice(annotations = Controller.class)
class ListQueryAdvice {

    @ModelAttribute("listQuery")
    String listQuery(HttpServletRequest request) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (entry.getKey().equals("page") || entry.getKey().startsWith("_")) {
                continue;
            }
            for (String value : entry.getValue()) {
                query.append(encode(entry.getKey()))
                        .append('=')
                        .append(encode(value))
                        .append('&');
            }
        }
        return query.toString();
    }

    /** Whether the page is answered to an htmx request, which swaps in only part of it (Paging.isHtmx). */
    @ModelAttribute("htmxRequest")
    boolean htmxRequest(HttpServletRequest request) {
        return Paging.isHtmx(request);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
