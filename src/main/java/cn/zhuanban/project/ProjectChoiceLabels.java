package cn.zhuanban.project;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Levels and stages as a ledger writes them: the labels the project form shows (省重点, 在建), in Chinese or English, or
 * the constants' names; case and surrounding blanks do not matter. Keys are upper case.
 */
@Component
class ProjectChoiceLabels {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final Map<String, ProjectLevel> levels;
    private final Map<String, ProjectStage> stages;

    ProjectChoiceLabels(MessageSource messages) {
        this.levels = Map.copyOf(byLabel(messages, "project.level.", ProjectLevel.values()));
        this.stages = Map.copyOf(byLabel(messages, "project.stage.", ProjectStage.values()));
    }

    Map<String, ProjectLevel> levels() {
        return levels;
    }

    Map<String, ProjectStage> stages() {
        return stages;
    }

    /** The levels' labels as message arguments, for the reason a cell is not one of them. */
    List<Object> levelLabels() {
        return resolvables("project.level.", ProjectLevel.values());
    }

    List<Object> stageLabels() {
        return resolvables("project.stage.", ProjectStage.values());
    }

    private static <E extends Enum<E>> Map<String, E> byLabel(MessageSource messages, String prefix, E[] values) {
        Map<String, E> byLabel = new HashMap<>();
        for (E value : values) {
            byLabel.put(value.name(), value);
            for (Locale language : LANGUAGES) {
                byLabel.put(
                        messages.getMessage(prefix + value.name(), null, language)
                                .strip()
                                .toUpperCase(Locale.ROOT),
                        value);
            }
        }
        return byLabel;
    }

    private static List<Object> resolvables(String prefix, Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> (MessageSourceResolvable) new DefaultMessageSourceResolvable(prefix + v.name()))
                .map(Object.class::cast)
                .toList();
    }
}
