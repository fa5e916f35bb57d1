package cn.zhuanban.shared.files;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded ledger for import from its template: an XLSX file of at most {@value #MAX_ROWS} rows and
 * {@value #MAX_BYTES} bytes whose first row holds the template's headers, in Chinese or English, in the template's
 * order (more columns to the right are ignored). The header check keeps a sheet with its columns in another order
 * from filling one field with another's data unseen. Every refusal is at the form's field {@code file}.
 */
@Component
public class LedgerSheets {

    public static final int MAX_ROWS = 5000;
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;

    LedgerSheets(MessageSource messages) {
        this.messages = messages;
    }

    /** The file's rows below the header; refused when unreadable, not from the template, or without a row. */
    public XlsxSheet open(byte[] content, List<String> headerKeys) {
        return open(content, headerKeys, headerKeys.size());
    }

    /**
     * As {@link #open(byte[], List)}, but the columns from {@code optionalFrom} on may be missing (their header cell
     * empty), so that a file filled in before a template gained a column still imports; when present, their headers
     * must be the template's too.
     */
    public XlsxSheet open(byte[] content, List<String> headerKeys, int optionalFrom) {
        XlsxSheet sheet;
        try {
            sheet = XlsxSheet.read(content, MAX_BYTES, MAX_ROWS);
        } catch (XlsxSheet.Unreadable e) {
            throw refusal(e.reason().messageKey(), MAX_BYTES / (1024 * 1024), MAX_ROWS, XlsxSheet.MAX_INFLATED_MB);
        }
        for (int c = 0; c < headerKeys.size(); c++) {
            String found = c < sheet.header().size() ? sheet.header().get(c) : "";
            String key = headerKeys.get(c);
            if (c >= optionalFrom && found.isBlank()) {
                continue;
            }
            if (LANGUAGES.stream()
                    .noneMatch(l -> messages.getMessage(key, null, l).equals(found))) {
                throw refusal("import.file.headers", c + 1, new DefaultMessageSourceResolvable(key));
            }
        }
        if (sheet.rows().isEmpty()) {
            throw refusal("import.file.no-rows");
        }
        return sheet;
    }

    private static BusinessException refusal(String key, Object... args) {
        return new BusinessException(
                ErrorCode.IMPORT_FILE, "file", new DefaultMessageSourceResolvable(new String[] {key}, args));
    }
}
