package cn.zhuanban.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sets the headers of a file download so that Chinese file names survive every browser. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /**
     * Tells the audit record of this download a filter the file applies though the request did not name it (the
     * month a monthly ledger takes when none is asked for), so that the record says which rows left the system.
     */
    public static void impliedFilter(String name, String value) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            @SuppressWarnings("unchecked")
            Map<String, String> implied = request.getRequest().getAttribute(ExportTrail.IMPLIED) instanceof Map<?, ?> m
                    ? (Map<String, String>) m
                    : new LinkedHashMap<>();
            implied.put(name, value);
            request.getRequest().setAttribute(ExportTrail.IMPLIED, implied);
        }
    }

    public static void xlsx(HttpServletResponse response, String fileName, XlsxWriter writer) throws IOException {
        xlsx(response, fileName, null, writer);
    }

    /** As {@link #xlsx(HttpServletResponse, String, XlsxWriter)}, with the plain name for clients without filename*. */
    public static void xlsx(HttpServletResponse response, String fileName, String asciiName, XlsxWriter writer)
            throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().setAttribute(ExportTrail.ROWS, writer.rows()); // for the audit record
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", attachment(fileName, asciiName));
        writer.writeTo(response.getOutputStream());
    }

    public static String attachment(String fileName) {
        return disposition("attachment", fileName, null);
    }

    /**
     * Saved under {@code fileName}; clients that do not read {@code filename*} get {@code asciiName} (a Chinese title
     * alone would leave them "download"), or the name's ASCII part when it is null.
     */
    public static String attachment(String fileName, String asciiName) {
        return disposition("attachment", fileName, asciiName);
    }

    /** Shown in the browser (an image on a page), saved under this name. Only for types checked on upload. */
    public static String inline(String fileName) {
        return disposition("inline", fileName, null);
    }

    private static String disposition(String type, String fileName, String plain) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = asciiName(plain == null ? fileName : plain);
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /**
     * The plain {@code filename} for clients that do not read {@code filename*}: the name's ASCII letters, digits and
     * simple punctuation, each run of other characters turned into one "_", and "download" when no letter or digit
     * of the name is left (a wholly Chinese title), keeping the extension.
     */
    static String asciiName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._\\- ]+", "_");
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.substring(dot + 1).matches("[A-Za-z0-9]{1,8}") ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        base = base.replaceAll("^[_ .-]+|[_ .-]+$", "").replaceAll(" *_[_ ]*", "_");
        return (base.matches(".*[A-Za-z0-9].*") ? base : "download") + extension;
    }
}
