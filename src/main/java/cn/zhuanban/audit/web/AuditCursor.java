package cn.zhuanban.audit.web;

import cn.zhuanban.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Where the API's next page of audit records starts: after the record {@code afterId} (newest first), and which page
 * that is, counted from the page the client started from. Opaque to clients (base64url of a versioned text), so its
 * content may change; a cursor seeks by the index on time and chain position where an offset read and threw away
 * every earlier record, and records appended meanwhile neither shift nor repeat a page.
 */
record AuditCursor(long afterId, int page) {

    static final String PARAMETER = "cursor";

    private static final String VERSION = "1";

    String encoded() {
        String text = VERSION + "." + afterId + "." + page;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back; a 400 naming {@code cursor} when it is not one this API gave. */
    static AuditCursor parse(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length == 3 && parts[0].equals(VERSION)) {
                AuditCursor cursor = new AuditCursor(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
                if (cursor.afterId() > 0 && cursor.page() > 0) {
                    return cursor;
                }
            }
        } catch (IllegalArgumentException e) { // bad base64 or number: NumberFormatException is one
            // refused below like any other text that is no cursor
        }
        throw invalid();
    }

    static BusinessException invalid() {
        return BusinessException.invalid(PARAMETER, "audit.api.cursor-invalid");
    }

    /** The cursor of the page after {@code page}, when it has records after its last one ({@code lastId}). */
    static @Nullable String next(@Nullable Long lastId, int page, boolean more) {
        return more && lastId != null ? new AuditCursor(lastId, page + 1).encoded() : null;
    }
}
