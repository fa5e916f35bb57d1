package cn.zhuanban.shared.web;

import cn.zhuanban.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the current query string without {@code page}, ending in {@code &} or empty,
 * so that the shared pager fragment links to other pages with the same filters, and the export links
 * (layout/fragments :: export) export what the list shows. A filter value the list ignored ({@link
 * LenientPageFilters}) is left out: the model attributes are made before the list binds its filters, so {@link
 * AppliedListFilters} makes them again afterwards when a value was ignored.
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
                if (LenientPageFilters.ignored(request, entry.getKey(), value)) {
                    continue;
                }
                query.append(encode(entry.getKey()))
                        .append('=')
                        .append(encode(value))
                        .append('&');
            }
        }
        return query.toString();
    }

    /**
     * The current query as name and value pairs without {@code page} and {@code size}: the hidden fields of the pager's
     * rows-per-page form, which keeps the filters and starts again on the first page.
     */
    @ModelAttribute("listParameters")
    List<Map.Entry<String, String>> listParameters(HttpServletRequest request) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!Paging.isPagingParameter(name) && !name.startsWith("_")) {
                for (String value : values) {
                    if (!LenientPageFilters.ignored(request, name, value)) {
                        parameters.add(Map.entry(name, value));
                    }
                }
            }
        });
        return parameters;
    }

    /**
     * Whether the list is narrowed by a filter (a parameter other than the pager's, with a value): its empty state
     * then says nothing matches (list.no-match), not that there is nothing yet.
     */
    @ModelAttribute("listFiltered")
    boolean listFiltered(HttpServletRequest request) {
        return listParameters(request).stream().anyMatch(p -> !p.getValue().isBlank());
    }

    /** The rows per page a pager offers. */
    @ModelAttribute("pageSizes")
    List<Integer> pageSizes() {
        return PageQuery.LIST_SIZES;
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
