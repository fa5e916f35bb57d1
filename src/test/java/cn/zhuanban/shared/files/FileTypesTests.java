package cn.zhuanban.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.XlsxFiles;
import cn.zhuanban.ZipBombs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Word and Excel documents are told by the names of their parts, whatever those parts unpack to. */
class FileTypesTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aDocumentWhoseFirstEntryUnpacksToGibibytesIsJudgedWithoutUnpackingIt() {
        // Two GiB of zeros in front of the parts, from about 2 MB; a check that inflated the entry would, besides
        // taking seconds, meet its wrong CRC at the end and find no allowed type.
        byte[] docx = ZipBombs.docx(2);
        byte[] xlsx = ZipBombs.before(XlsxFiles.of(List.of("名称"), List.of("甲")), 2);

        assertThat(docx.length).isLessThan(3 * 1024 * 1024);
        assertThat(FileTypes.detect(docx)).contains(ZipBombs.DOCX);
        assertThat(FileTypes.detect(xlsx)).contains(XLSX);
    }

    @Test
    void aZipWithoutWordOrExcelPartsOrADamagedOneHasNoAllowedType() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word.txt"));
            zip.write("word/".getBytes());
            zip.closeEntry();
        }
        byte[] docx = ZipBombs.docx(0);

        assertThat(FileTypes.detect(out.toByteArray())).isEmpty();
        assertThat(FileTypes.detect(new byte[] {'P', 'K', 3, 4})).isEmpty();
        assertThat(FileTypes.detect(Arrays.copyOf(docx, docx.length - 30)))
                .as("without its directory")
                .isEmpty();
    }

    @Test
    void aStoredFileIsNamedAfterTheTypeItsContentWasDetectedAsKeepingItsBaseName() {
        assertThat(StoredFiles.namedAsDetected("a.html", "application/pdf")).isEqualTo("a.pdf");
        assertThat(StoredFiles.namedAsDetected("方案.docx.exe", XLSX)).isEqualTo("方案.docx.xlsx");
        assertThat(StoredFiles.namedAsDetected("照片", "image/png")).isEqualTo("照片.png");
        assertThat(StoredFiles.namedAsDetected(".htaccess", "image/gif")).isEqualTo(".htaccess.gif");
        assertThat(StoredFiles.namedAsDetected("现场.JPEG", "image/jpeg")).isEqualTo("现场.JPEG");
        assertThat(StoredFiles.namedAsDetected("现场.jpg", "image/jpeg")).isEqualTo("现场.jpg");
    }
}
