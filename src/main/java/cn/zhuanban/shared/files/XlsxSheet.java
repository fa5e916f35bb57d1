package cn.zhuanban.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an uploaded XLSX file as values, for the imports of ledgers. POI parses the package's XML with
 * DOCTYPEs refused and entity expansion off (its XMLHelper) and refuses zip bombs by inflate ratio; this class adds the
 * refusals a user can act on: an empty file, one too large, one that is not XLSX (judged by content), too many rows,
 * one that unpacks to too much. The sheet is streamed, not loaded as POI's workbook model: that model took over 512 MB
 * of heap for a 1 MB file whose sheet unpacked to 100 MB of small cells, before any row could be counted.
 * Row 1 is the header; blank rows are skipped and not counted; every row keeps the number the spreadsheet shows. The values are taken
 * out while the workbook is open, so nothing here holds POI objects.
 */
public final class XlsxSheet {

    /** Why a file is not read; the message of each is {@code import.file.<name in lower case, dashed>}. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        NOT_XLSX,
        TOO_MANY_ROWS,
        TOO_MUCH_CONTENT;

        public String messageKey() {
            return "import.file." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A file that cannot be read as a ledger, and why. */
    public static final class Unreadable extends RuntimeException {

        private final Refusal reason;

        Unreadable(Refusal reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** The most all parts of a file may inflate to. */
    public static final int MAX_INFLATED_MB = 50;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final List<String> header;
    private final List<XlsxRow> rows;

    private XlsxSheet(List<String> header, List<XlsxRow> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Checks the upload's size and type before POI sees it, then reads it. */
    public static XlsxSheet read(byte[] content, long maxBytes, int maxRows) {
        if (content.length == 0) {
            throw new Unreadable(Refusal.EMPTY, null);
        }
        if (content.length > maxBytes) {
            throw new Unreadable(Refusal.TOO_LARGE, null);
        }
        if (!FileTypes.detect(content).filter(XLSX::equals).isPresent()) {
            throw new Unreadable(Refusal.NOT_XLSX, null);
        }
        return read(new ByteArrayInputStream(content), maxRows);
    }

    /**
     * Reads a file already checked for size; anything POI cannot or will not read is {@link Refusal#NOT_XLSX}, a file
     * whose parts inflate past {@value #MAX_INFLATED_MB} MB is {@link Refusal#TOO_MUCH_CONTENT}.
     */
    public static XlsxSheet read(InputStream in, int maxRows) {
        try {
            byte[] content = in.readAllBytes();
            checkInflatedSize(content);
            return stream(content, maxRows);
        } catch (Unreadable e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable(Refusal.NOT_XLSX, e);
        } catch (Exception e) {
            // Not an XLSX file, a damaged one, or one POI refuses as unsafe.
            throw new Unreadable(Refusal.NOT_XLSX, e);
        }
    }

    /**
     * POI keeps every part of a package it opens from a stream in memory and refuses only parts that inflate over 100
     * times their compressed size: a 5 MB upload could still unpack to 500 MB. Inflating once into nothing, counting,
     * bounds that before POI sees the file: the counting stops at the limit, so a part that would unpack to gigabytes
     * costs no more than the limit's worth of inflating. The entries are walked by the same reader, set up as POI sets
     * it up ({@code ZipHelper.openZipStream}), so that what is counted is what POI will read. A template filled with
     * 5,000 rows unpacks to a few MB.
     *
     * @return the bytes the parts inflate to, all of them being within the limit
     */
    static long checkInflatedSize(byte[] content) throws IOException {
        long limit = MAX_INFLATED_MB * 1024L * 1024;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", false, true)) {
            while (zip.getNextEntry() != null) {
                for (int n; (n = zip.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0; ) {
                    total += n;
                    if (total > limit) {
                        throw new Unreadable(Refusal.TOO_MUCH_CONTENT, null);
                    }
                }
            }
        }
        return total;
    }

    /** The first sheet, streamed (see {@link SheetHandler}); the package is only read, never written back. */
    private static XlsxSheet stream(byte[] content, int maxRows) throws Exception {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XMLReader xml = XMLHelper.newXMLReader();
            SheetHandler handler = new SheetHandler(
                    new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(), date1904(reader), maxRows);
            xml.setContentHandler(handler);
            Iterator<InputStream> sheets = reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < handler.header().width(); c++) {
                names.add(handler.header().text(c));
            }
            return new XlsxSheet(List.copyOf(names), List.copyOf(handler.rows()));
        } finally {
            pkg.revert();
        }
    }

    /** Whether the workbook counts dates from 1904 (old Excel for Mac) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] found = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    found[0] = "1".equals(value) || "true".equals(value);
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            xml.parse(new InputSource(workbook));
        }
        return found[0];
    }

    /** The texts of row 1, one per column up to the last one filled. */
    public List<String> header() {
        return header;
    }

    /** The rows below the header that hold anything. */
    public List<XlsxRow> rows() {
        return rows;
    }
}
