package cn.zhuanban;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Zip bombs for upload tests: a real document (docx, xlsx) with an entry {@code a.bin} put before its parts that
 * inflates to gibibytes of zeros from about a kilobyte per mebibyte. Built without inflating or deflating gibibytes:
 * one mebibyte of zeros deflated with a full flush is a block sequence that stands alone, so it is repeated.
 *
 * <p>The entry's CRC is deliberately wrong: a check that inflates the entry to its end (as walking a zip with
 * {@link ZipInputStream} does) fails on it, so a test sees a different answer, not only a slower one.
 */
public final class ZipBombs {

    private static final int MIB = 1024 * 1024;

    private ZipBombs() {}

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A one-paragraph Word document after an entry of {@code gib} GiB of zeros. */
    public static byte[] docx(int gib) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("施工方案");
            doc.write(out);
            return before(out.toByteArray(), gib);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code document}'s entries, stored, after an entry of {@code gib} GiB of zeros (at most 3). */
    public static byte[] before(byte[] document, int gib) {
        Zip zip = new Zip();
        zip.entry("a.bin", Deflater.DEFLATED, zeros(gib * 1024), 0, (long) gib * 1024 * MIB);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(document))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                zip.entry(e.getName(), 0, data, crc.getValue(), data.length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.finish();
    }

    /** Raw deflate data of {@code mib} MiB of zeros. */
    private static byte[] zeros(int mib) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[MIB]);
        byte[] buffer = new byte[64 * 1024];
        int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * mib + 2);
        for (int i = 0; i < mib; i++) {
            out.write(buffer, 0, n);
        }
        out.write(new byte[] {0x03, 0x00}, 0, 2); // an empty final block
        return out.toByteArray();
    }

    /** A zip written by hand, so that an entry's data, sizes and CRC are exactly what is given. */
    private static final class Zip {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int entries;

        void entry(String name, int method, byte[] data, long crc, long size) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(le(30).putInt(0x04034b50)
                    .putShort((short) 20)
                    .putShort((short) 0x0800)
                    .putShort((short) method)
                    .putInt(0x00210000) // 1980-01-01 00:00
                    .putInt((int) crc)
                    .putInt(data.length)
                    .putInt((int) size)
                    .putShort((short) n.length)
                    .putShort((short) 0)
                    .array());
            out.writeBytes(n);
            out.writeBytes(data);
            directory.writeBytes(le(46).putInt(0x02014b50)
                    .putShort((short) 20)
                    .putShort((short) 20)
                    .putShort((short) 0x0800)
                    .putShort((short) method)
                    .putInt(0x00210000)
                    .putInt((int) crc)
                    .putInt(data.length)
                    .putInt((int) size)
                    .putShort((short) n.length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt(offset)
                    .array());
            directory.writeBytes(n);
            entries++;
        }

        byte[] finish() {
            int offset = out.size();
            out.writeBytes(directory.toByteArray());
            out.writeBytes(le(22).putInt(0x06054b50)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) entries)
                    .putShort((short) entries)
                    .putInt(directory.size())
                    .putInt(offset)
                    .putShort((short) 0)
                    .array());
            return out.toByteArray();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
