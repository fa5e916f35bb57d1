package cn.zhuanban.notification.domain;

import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.notification.Channel;
import cn.zhuanban.notification.ChannelPreferences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Decides, for each recipient, the channels besides the inbox: those the user opted into and can
 * be reached on (an e-mail address, a phone, a robot of their department), and the language of
 * their texts. Four queries however many recipients: users, languages, preferences, robots.
 */
@Component
public class RecipientChannels {

    /** A channel and the address on it (for robots: the mobile to @-mention, may be null). */
    public record Route(Channel channel, String address) {}

    /** A recipient with the language of their texts: the one they chose, else Chinese. */
    public record Recipient(long userId, Long departmentId, Locale locale, List<Route> routes) {}

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final UserDirectory users;
    private final PreferenceStore preferences;
    private final RobotStore robots;

    RecipientChannels(UserDirectory users, PreferenceStore preferences, RobotStore robots) {
        this.users = users;
        this.preferences = preferences;
        this.robots = robots;
    }

    /** The enabled users among {@code userIds} with their routes; disabled accounts are told nothing. */
    public List<Recipient> resolve(Collection<Long> userIds) {
        List<UserView> found =
                users.findAll(userIds).stream().filter(UserView::enabled).toList();
        Map<Long, ChannelPreferences> chosen = preferences.of(userIds);
        Map<Long, String> languages = users.locales(userIds);
        Map<Long, RobotConfig> departmentRobots = robots.of(found.stream()
                .map(UserView::departmentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return found.stream()
                .map(user -> new Recipient(
                        user.id(),
                        user.departmentId(),
                        locale(languages.get(user.id())),
                        routes(
                                user,
                                chosen.getOrDefault(user.id(), ChannelPreferences.DEFAULT),
                                user.departmentId() == null ? null : departmentRobots.get(user.departmentId()))))
                .toList();
    }

    private static List<Route> routes(UserView user, ChannelPreferences chosen, RobotConfig robot) {
        List<Route> routes = new ArrayList<>();
        if (chosen.email() && present(user.email())) {
            routes.add(new Route(Channel.EMAIL, user.email()));
        }
        if (chosen.sms() && present(user.phone())) {
            routes.add(new Route(Channel.SMS, user.phone()));
        }
        if (chosen.robot() && robot != null) {
            String mention = present(user.phone()) ? user.phone() : null;
            if (robot.hasWeCom()) {
                routes.add(new Route(Channel.WECOM, mention));
            }
            if (robot.hasDingTalk()) {
                routes.add(new Route(Channel.DINGTALK, mention));
            }
        }
        return routes;
    }

    static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT_LOCALE;
        }
        Locale chosen = Locale.forLanguageTag(tag.replace('_', '-'));
        return chosen.getLanguage().isEmpty() ? DEFAULT_LOCALE : chosen;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
