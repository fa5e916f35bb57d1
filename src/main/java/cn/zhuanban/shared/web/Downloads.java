package cn.zhuanban.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sets the headers of a file download so that Chinese file names survive every browser. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** The parameter app.js adds to an export link: the name of this click's "file is ready" cookie. */
    static final String TOKEN = "_download";

    static final String READY_COOKIE = "zb-download";

    private static final Pattern TOKENS = Pattern.compile("[A-Za-z0-9]{1,32}");

    public static void xlsx(HttpServletResponse response, String fileName, XlsxWriter writer) throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().setAttribute(ExportTrail.ROWS, writer.rows()); // for the audit record
            announceReady(request.getRequest(), response);
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", attachment(fileName));
        writer.writeTo(response.getOutputStream());
    }

    /**
     * A province's ledger takes seconds to write and the browser shows nothing until the file arrives: the page says
     * the file is being prepared until this cookie, readable by its script and gone after a minute, comes with the
     * file (see {@code app.js}).
     */
    private static void announceReady(HttpServletRequest request, HttpServletResponse response) {
        String token = request.getParameter(TOKEN);
        if (token != null && TOKENS.matcher(token).matches()) {
            Cookie ready = new Cookie(READY_COOKIE, token);
            ready.setPath("/");
            ready.setMaxAge(60);
            ready.setAttribute("SameSite", "Strict");
            response.addCookie(ready);
        }
    }

    public static String attachment(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"download\"; filename*=UTF-8''" + encoded;
    }
}
