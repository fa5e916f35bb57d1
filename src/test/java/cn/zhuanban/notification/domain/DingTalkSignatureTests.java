package cn.zhuanban.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** DingTalk "加签": the signature, its URL encoding, and that the robot client sends it unspoilt. */
class DingTalkSignatureTests {

    static final String SECRET = "SEC0123456789abcdef";
    static final long TIMESTAMP = 1_700_000_000_000L;
    /** printf '1700000000000\nSEC0123456789abcdef' | openssl dgst -sha256 -hmac 'SEC0123456789abcdef' -binary | base64 */
    static final String OPENSSL_VECTOR = "TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk=";

    @Test
    void signatureMatchesTheVectorComputedWithOpenssl() {
        assertThat(DingTalkSignature.sign(SECRET, TIMESTAMP)).isEqualTo(OPENSSL_VECTOR);
    }

    @Test
    void signatureIsHmacSha256OfTimestampNewlineSecretKeyedWithTheSecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("SECother-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal("1717171717171\nSECother-secret".getBytes(StandardCharsets.UTF_8)));

        assertThat(DingTalkSignature.sign("SECother-secret", 1_717_171_717_171L))
                .isEqualTo(expected);
    }

    @Test
    void signedUrlAppendsTimestampAndUrlEncodedSign() {
        String url =
                DingTalkSignature.signedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", SECRET, TIMESTAMP);

        assertThat(url)
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000"
                        + "&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D");
        assertThat(DingTalkSignature.signedUrl("https://x/robot?access_token=abc", null, TIMESTAMP))
                .isEqualTo("https://x/robot?access_token=abc");
    }

    @Test
    void robotClientSendsTheSignedUrlWithoutEncodingItAgainAndRefusesAnErrorCode() throws Exception {
        AtomicReference<String> query = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        AtomicReference<String> length = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/robot/send", exchange -> {
            query.set(exchange.getRequestURI().getRawQuery());
            length.set(exchange.getRequestHeaders().getFirst("Content-Length"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = (query.get().contains("access_token=bad")
                            ? "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"
                            : "{\"errcode\":0,\"errmsg\":\"ok\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try {
            // A plain local server stands in for DingTalk: the address rule (RobotAddresses) is not what this tests.
            RobotAddresses anywhere = new RobotAddresses(List.of()) {
                @Override
                void checkBeforeSending(String url) {}
            };
            RobotClient client = new RobotClient(anywhere, Duration.ofSeconds(2), Duration.ofSeconds(2));
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/robot/send?access_token=";

            client.post(
                    DingTalkSignature.signedUrl(base + "good", SECRET, TIMESTAMP),
                    DingTalkChannel.message("工单《停电》已交办", "13800001234"));

            String sign = query.get().replaceAll(".*&sign=", "");
            assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8)).isEqualTo(OPENSSL_VECTOR);
            assertThat(length.get()).as("not chunked").isNotNull();
            assertThat(body.get()).contains("\"msgtype\":\"text\"", "工单《停电》已交办 @13800001234", "13800001234");
            assertThatThrownBy(() -> client.post(base + "bad", WeComChannel.message("x", null)))
                    .hasMessageContaining("310000");
        } finally {
            server.stop(0);
        }
    }
}
