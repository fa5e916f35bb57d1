package cn.zhuanban.notification.domain;

import cn.zhuanban.notification.Channel;
import cn.zhuanban.notification.domain.RecipientChannels.Recipient;
import cn.zhuanban.notification.domain.RecipientChannels.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The deliveries of one notice: a mail and an SMS per person who chose them, in that person's
 * language; but one post per department robot (WeCom or DingTalk group), however many of the
 * department's people are told, @-mentioning all of them. Each delivery's idempotency key names
 * the occasion and the person or the department group, so telling again queues nothing new.
 */
public final class DeliveryPlan {

    /** The text of the notice in one language. */
    public record Rendered(String subject, String body) {}

    /** Renders the notice in a language. */
    @FunctionalInterface
    public interface Renderer {
        Rendered in(Locale locale);
    }

    /** Mobiles joined by commas must fit the address column. */
    static final int MAX_ADDRESS = 200;

    private DeliveryPlan() {}

    public static List<NewDelivery> of(String occasion, List<Recipient> recipients, Renderer texts) {
        Map<Locale, Rendered> rendered = new LinkedHashMap<>();
        List<NewDelivery> deliveries = new ArrayList<>();
        Map<String, List<Recipient>> robotGroups = new LinkedHashMap<>();
        Map<String, List<String>> robotMobiles = new LinkedHashMap<>();
        for (Recipient r : recipients) {
            for (Route route : r.routes()) {
                if (isRobot(route.channel())) {
                    String group = r.departmentId() + ":" + route.channel();
                    robotGroups.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
                    robotMobiles.computeIfAbsent(group, g -> new ArrayList<>()).add(route.address());
                    continue;
                }
                Rendered text = rendered.computeIfAbsent(r.locale(), texts::in);
                deliveries.add(new NewDelivery(
                        personalKey(occasion, r.userId()) + ":" + route.channel(),
                        r.userId(),
                        r.departmentId(),
                        route.channel(),
                        route.address(),
                        text.subject(),
                        text.body()));
            }
        }
        robotGroups.forEach((group, members) -> {
            Recipient first = members.getFirst();
            Channel channel = first.routes().stream()
                    .map(Route::channel)
                    .filter(c -> group.endsWith(":" + c))
                    .findFirst()
                    .orElseThrow();
            Rendered text = rendered.computeIfAbsent(groupLocale(members), texts::in);
            deliveries.add(new NewDelivery(
                    occasion + ":d" + first.departmentId() + ":" + channel,
                    first.userId(),
                    first.departmentId(),
                    channel,
                    mobiles(robotMobiles.get(group)),
                    text.subject(),
                    text.body()));
        });
        return deliveries;
    }

    /** The key of one person's inbox item for an occasion; their mail and SMS keys extend it. */
    public static String personalKey(String occasion, long userId) {
        return occasion + ":u" + userId;
    }

    /** A group post is in the language all its members chose, else in Chinese. */
    static Locale groupLocale(List<Recipient> members) {
        Locale first = members.getFirst().locale();
        return members.stream().allMatch(m -> Objects.equals(m.locale(), first))
                ? first
                : RecipientChannels.DEFAULT_LOCALE;
    }

    /** The mobiles to @-mention, comma-separated, as many as fit; null when none is known. */
    static String mobiles(List<String> mobiles) {
        StringBuilder joined = new StringBuilder();
        mobiles.stream().filter(Objects::nonNull).distinct().forEach(m -> {
            if (joined.length() + m.length() + 1 <= MAX_ADDRESS) {
                joined.append(joined.isEmpty() ? "" : ",").append(m);
            }
        });
        return joined.isEmpty() ? null : joined.toString();
    }

    private static boolean isRobot(Channel channel) {
        return channel == Channel.WECOM || channel == Channel.DINGTALK;
    }
}
