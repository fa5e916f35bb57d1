package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTests {

    @Test
    void anAsciiNameIsItsOwnFallback() {
        assertThat(Downloads.attachment("plan-18.xml"))
                .isEqualTo("attachment; filename=\"plan-18.xml\"; filename*=UTF-8''plan-18.xml");
    }

    @Test
    void aChineseNameFallsBackToItsAsciiPartOrToDownloadWithItsExtension() {
        assertThat(Downloads.attachment("项目清单.xlsx"))
                .isEqualTo("attachment; filename=\"download.xlsx\"; filename*=UTF-8''"
                        + "%E9%A1%B9%E7%9B%AE%E6%B8%85%E5%8D%95.xlsx");
        assertThat(Downloads.asciiName("作战图 2026-11.svg")).isEqualTo("2026-11.svg");
        assertThat(Downloads.asciiName("A园区 \"攻坚\" 计划-v2.docx")).isEqualTo("A_-v2.docx");
        assertThat(Downloads.asciiName("a\\b;c\r\n.pdf")).isEqualTo("a_b_c.pdf");
        assertThat(Downloads.asciiName("说明")).isEqualTo("download");
    }
}
