package cn.zhuanban.schedule;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an uploaded XML file as a parser may read them, for {@link PlanFileReader}'s DOCTYPE check. The
 * encoding is told as XML 1.0 (Appendix F) tells it: a byte order mark, else the first bytes ({@code <} with a zero
 * byte beside it is UTF-16 without a mark), else UTF-8; and the encoding the XML declaration names is decoded too,
 * since a parser switches to it. Decoding as UTF-8 alone let a DOCTYPE in UTF-16 without a mark by the check.
 * UCS-4 and a named encoding Java does not know are not decoded at all: MS Project writes UTF-8 (or UTF-16), so such a
 * file is refused rather than handed to a parser the check cannot follow.
 */
final class XmlTexts {

    private static final Pattern DECLARED =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");

    private XmlTexts() {}

    /**
     * The file's text as its first bytes tell, then as its declaration names (when that differs); empty when the check
     * cannot decode the file as a parser would.
     */
    static Optional<List<String>> of(byte[] b) {
        if (ucs4(b)) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        String text = new String(b, detected(b)).replace("\uFEFF", "");
        texts.add(text);
        Matcher declared = DECLARED.matcher(text.substring(0, Math.min(text.length(), 200)));
        if (declared.find()) {
            Charset charset;
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalArgumentException e) { // an unknown or unsupported name
                return Optional.empty();
            }
            texts.add(new String(b, charset).replace("\uFEFF", ""));
        }
        return Optional.of(texts);
    }

    private static Charset detected(byte[] b) {
        if (b.length < 2) {
            return StandardCharsets.UTF_8;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0 && b1 != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 != 0 && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * XML in four-byte units: a UTF-32 mark, or a {@code <} and three zero bytes, in any byte order. Other bytes with
     * zeros in front are no XML and are left to be refused as an unknown format.
     */
    private static boolean ucs4(byte[] b) {
        if (b.length < 4) {
            return false;
        }
        int zeros = 0;
        for (int i = 0; i < 4; i++) {
            zeros += b[i] == 0 ? 1 : 0;
        }
        boolean mark = (b[0] == 0 && b[1] == 0 && zeros == 2) || (b[2] == 0 && b[3] == 0 && zeros == 2);
        boolean angle = b[0] == '<' || b[1] == '<' || b[2] == '<' || b[3] == '<';
        return (zeros == 3 && angle) || mark;
    }
}
