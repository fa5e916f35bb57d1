package cn.zhuanban.schedule;

import cn.zhuanban.shared.BusinessException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.primavera.PrimaveraXERFileReader;

/**
 * Which format a plan file is and MPXJ's reading of it, before {@link PlanFileReader} turns it into rows: Primavera
 * XER by its header (in the encoding it was written in), MS Project XML only without a document type declaration in
 * any encoding a parser would read it in. Anything else is refused with a reason the user can read.
 */
final class PlanFileParser {

    private PlanFileParser() {}

    /**
     * XER files carry no encoding: P6 writes the system's code page, which on Chinese Windows is GBK (GB18030 reads it
     * and whatever GB18030 adds), and newer tools write UTF-8. A file that is valid UTF-8 is read as such (ASCII is
     * both); anything else as GB18030, which is also what our export writes. MPXJ's default, Windows-1252, turned every
     * Chinese name into question marks.
     */
    static Charset xerCharset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return PlanInterop.XER_CHARSET;
        }
    }

    static ProjectFile parse(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1);
        try {
            if (head.startsWith("ERMHDR")) {
                PrimaveraXERFileReader reader = new PrimaveraXERFileReader();
                reader.setCharset(xerCharset(bytes));
                return reader.read(new ByteArrayInputStream(bytes));
            }
            if (isXml(bytes)) {
                return new MSPDIReader().read(new ByteArrayInputStream(bytes));
            }
        } catch (BusinessException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw PlanFileReader.unreadable(e);
        }
        throw PlanFileReader.refused("unknown-format");
    }

    private static boolean isXml(byte[] bytes) {
        List<String> texts = XmlTexts.of(bytes).orElseThrow(() -> PlanFileReader.refused("unreadable"));
        String trimmed = texts.getFirst().stripLeading();
        if (!trimmed.startsWith("<")) {
            return false;
        }
        for (String text : texts) {
            String upper = text.toUpperCase(Locale.ROOT);
            if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
                throw PlanFileReader.refused("doctype");
            }
        }
        if (!trimmed.contains("<Project")) {
            throw PlanFileReader.refused("not-mspdi");
        }
        return true;
    }
}
