package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.ChannelPreferences;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users' channel choices; a user without a row has the defaults (inbox only). */
@Component
public class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChannelPreferences of(long userId) {
        return of(java.util.List.of(userId)).getOrDefault(userId, ChannelPreferences.DEFAULT);
    }

    /** The stored choices of the given users, in one query; users without a row are absent. */
    public Map<Long, ChannelPreferences> of(Collection<Long> userIds) {
        Map<Long, ChannelPreferences> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select user_id, email, sms, robot from notification_preference where user_id in (:ids)")
                .param("ids", userIds)
                .query((rs, n) -> result.put(
                        rs.getLong(1), new ChannelPreferences(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4))))
                .list();
        return result;
    }

    public void save(long userId, ChannelPreferences preferences) {
        int updated = jdbc.sql("update notification_preference set email = :email, sms = :sms, robot = :robot "
                        + "where user_id = :user")
                .param("email", preferences.email())
                .param("sms", preferences.sms())
                .param("robot", preferences.robot())
                .param("user", userId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into notification_preference (user_id, email, sms, robot) values (:user, :email, :sms, :robot)")
                    .param("email", preferences.email())
                    .param("sms", preferences.sms())
                    .param("robot", preferences.robot())
                    .param("user", userId)
                    .update();
        }
    }
}
