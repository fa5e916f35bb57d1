package cn.zhuanban.notification.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts JSON to a group robot webhook with short timeouts, so a hanging robot cannot stall the
 * sender job, and treats a reply without {@code errcode 0} as a failure (both WeCom and DingTalk
 * answer HTTP 200 with an error code when they refuse a message). The JSON is sent as bytes with a
 * Content-Length: a streamed (chunked) body is not understood by every gateway in between. Only to an allowed address
 * ({@link RobotAddresses}), whatever is stored; redirects are not followed for a POST.
 */
@Component
class RobotClient {

    record Reply(Integer errcode, String errmsg) {}

    private final RestClient rest;
    private final RobotAddresses addresses;
    private final JsonMapper json = JsonMapper.builder().build();

    RobotClient(
            RobotAddresses addresses,
            @Value("${zhuanban.notification.robot.connect-timeout:PT3S}") Duration connectTimeout,
            @Value("${zhuanban.notification.robot.read-timeout:PT5S}") Duration readTimeout) {
        this.addresses = addresses;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(connectTimeout);
        factory.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(factory).build();
    }

    /** The URL is used as given (already encoded): a second encoding would break the signature. */
    void post(String url, Map<String, Object> message) {
        addresses.checkBeforeSending(url);
        Reply reply = rest.post()
                .uri(URI.create(url))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(message).getBytes(StandardCharsets.UTF_8))
                .retrieve()
                .body(Reply.class);
        if (reply == null || reply.errcode() == null || reply.errcode() != 0) {
            throw new IllegalStateException(
                    "robot refused: " + (reply == null ? "empty reply" : reply.errcode() + " " + reply.errmsg()));
        }
    }
}
