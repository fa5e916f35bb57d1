package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the container's limit gets a refusal in the user's language, through the real server: MockMvc never
 * parses a multipart body the way the container does, which is how the bare English "HTTP Status 413" page went
 * unnoticed. No Accept-Language is sent: the page speaks the application's language, as every other page does.
 */
@IntegrationTest
class UploadLimitTests {

    private static final String BOUNDARY = "zhuanban-upload-limit";

    @LocalServerPort
    int port;

    @Test
    void aFileOverTheLimitGetsAChinesePageNotTheContainers() throws Exception {
        HttpResponse<String> response = post("/investment-reports/import");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("上传的文件超过大小限制").doesNotContain("HTTP Status 413");
    }

    @Test
    void anApiUploadOverTheLimitGetsAProblem() throws Exception {
        HttpResponse<String> response = post("/api/v1/tickets");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413", "\"code\":\"upload-too-large\"", "上传的文件超过大小限制");
    }

    @Test
    void moreFilesThanAnyFormTakesAreRefusedWithAChinesePageThoughEachIsUnderTheLimit() throws Exception {
        // Ten files of 9.5 MB: 95 MB, over the 9 × 10 MB the largest form takes.
        HttpResponse<String> response = post("/tickets", 10, 9 * 1024 * 1024 + 512 * 1024);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("合计不超过 90 MB").doesNotContain("HTTP Status 413");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return post(path, 1, 11 * 1024 * 1024);
    }

    private HttpResponse<String> post(String path, int files, int size) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < files; i++) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big" + i
                            + ".xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(new byte[size]);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
