package cn.zhuanban.project;

import cn.zhuanban.project.domain.LightReasonCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * Why a project's light is yellow or red, as message keys and their arguments rather than finished text: the judge
 * (the schedule module) builds it once, the project keeps it beside the stored Chinese text and every reader sees it
 * in his own language. The Chinese text alone read "计划无法按期完成…" to an English reader.
 *
 * <p>Parts are joined with {@code light-reason.parts} ("；"), the items of a list argument with {@code
 * light-reason.items} ("、"), each language its own punctuation.
 */
public record LightReason(List<Message> parts) {

    public LightReason {
        parts = List.copyOf(parts);
    }

    /** The reason in {@code locale}; null when it has no part. */
    public String text(MessageSource messages, Locale locale) {
        return join(parts, "light-reason.parts", messages, locale);
    }

    /**
     * The reason as the project row keeps it (light_reason_code): for a writer that inserts the rows itself (the
     * province generator), which would otherwise leave its readers the Chinese text alone. Null when too long to keep.
     */
    public String code() {
        return LightReasonCode.encode(this);
    }

    /** One sentence: a message key and its arguments. */
    public record Message(String key, List<Arg> args) {

        public Message {
            Objects.requireNonNull(key);
            args = List.copyOf(args);
        }

        public static Message of(String key, Object... args) {
            return new Message(
                    key,
                    java.util.Arrays.stream(args)
                            .map(a -> a instanceof Arg arg ? arg : new Text(String.valueOf(a)))
                            .toList());
        }

        String text(MessageSource messages, Locale locale) {
            Object[] values = args.stream()
                    .map(a -> switch (a) {
                        case Text t -> t.value();
                        case Items i -> join(i.items(), "light-reason.items", messages, locale);
                    })
                    .toArray();
            return messages.getMessage(key, values, key, locale);
        }
    }

    /** An argument: plain text (a task key or name, a number, a date) or a list of sentences. */
    public sealed interface Arg permits Text, Items {}

    public record Text(String value) implements Arg {}

    public record Items(List<Message> items) implements Arg {
        public Items {
            items = List.copyOf(items);
        }
    }

    private static String join(List<Message> messages, String joinKey, MessageSource source, Locale locale) {
        String joined = null;
        for (Message m : messages) {
            String text = m.text(source, locale);
            joined = joined == null ? text : source.getMessage(joinKey, new Object[] {joined, text}, locale);
        }
        return joined;
    }
}
