package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
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

    /** Parameters that only place or sort a list, never filter its rows. */
    private static final Set<String> PLACING = Set.of("page", "size", "sort", "after", "before", "last");

    /**
     * Whether the parameter only places or sorts a list: the pager, the audit list's cursor ({@code after},
     * {@code before}, {@code last}) and a page's pager of a part ({@code photoPage}, {@code projectPage}). An export's
     * record leaves them out (ExportTrail), and so does reading an old record that kept them.
     */
    public static boolean placesList(String name) {
        return PLACING.contains(name) || (name.endsWith("Page") && name.length() > 4);
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-Boosted") == null;
    }
}
