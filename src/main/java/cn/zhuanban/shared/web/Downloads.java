package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sets the headers of a file download so that Chinese file names survive every browser. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    public static void xlsx(HttpServletResponse response, String fileName, XlsxWriter writer) throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().setAttribute(ExportTrail.ROWS, writer.rows()); // for the audit record
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", attachment(fileName));
        writer.writeTo(response.getOutputStream());
    }

    public static String attachment(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"download\"; filename*=UTF-8''" + encoded;
    }
}
