package cn.zhuanban.notification.domain;

/**
 * Shows stored credentials without giving them away: a robot URL keeps its host and path but its
 * query (where WeCom and DingTalk put the access key) is masked; a secret shows its last four
 * characters only.
 */
public final class Secrets {

    private static final String MASK = "****";

    private Secrets() {}

    public static String maskUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query + 1) + MASK + tail(url);
    }

    public static String hint(String secret) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        return secret.length() < 12 ? MASK : MASK + tail(secret);
    }

    private static String tail(String s) {
        return s.length() < 12 ? "" : s.substring(s.length() - 4);
    }
}
