package cn.zhuanban.notification.domain;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where group robots may post: only {@code https://} on a host the operator allows (by default the official WeCom and
 * DingTalk robot hosts). Robot messages carry ticket and project text and mobile numbers, so an address the system
 * administrator chooses freely would let him read business data (which 三员分立 forbids) and make the server call
 * internal addresses such as {@code 169.254.169.254} or its own actuator (SSRF). A government intranet that runs a
 * private robot gateway adds its host to {@code zhuanban.notification.robot.allowed-hosts}; an entry {@code *.example}
 * allows the subdomains of {@code example}. A literal IP address (internal, loopback, link-local or any other) is only
 * allowed when listed as it is. Checked when a robot is saved and again before each post, for addresses stored
 * before this rule.
 */
@Component
public class RobotAddresses {

    private final List<String> allowedHosts;

    RobotAddresses(
            @Value("${zhuanban.notification.robot.allowed-hosts:qyapi.weixin.qq.com,oapi.dingtalk.com}")
                    List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .toList();
    }

    /** Whether a robot may post to {@code url}. */
    public boolean allows(String url) {
        String host = hostOf(url);
        return host != null && allowedHosts.stream().anyMatch(allowed -> matches(allowed, host));
    }

    /** The allowed hosts, for saying which ones in a refusal. */
    public String allowedHosts() {
        return String.join(", ", allowedHosts);
    }

    /** Refuses posting to {@code url} at send time: a robot stored before the rule, or the allow list narrowed since. */
    void checkBeforeSending(String url) {
        if (!allows(url)) {
            throw new IllegalStateException(
                    "robot address not allowed (zhuanban.notification.robot.allowed-hosts): " + hostOf(url));
        }
    }

    /** The lower-case host of an {@code https} URL without user info, or null for anything else. */
    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean matches(String allowed, String host) {
        if (allowed.startsWith("*.")) {
            return !isAddressLiteral(host) && host.endsWith(allowed.substring(1));
        }
        return allowed.equals(host);
    }

    /** An IPv4 or bracketed IPv6 literal: never matched by a wildcard entry. */
    private static boolean isAddressLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }
}
