package cn.zhuanban.schedule.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The names a project's plan is downloaded under: the kind of file and the project's name ({@code 计划-某某项目.xlsx},
 * {@code 甘特图-某某项目.svg}), as other exports name theirs, instead of {@code plan-3.xlsx}; sent with
 * {@code filename*} by {@link cn.zhuanban.shared.web.Downloads}. Characters no file system takes become "_".
 */
final class PlanFileNames {

    private static final int NAME_MAX = 80;

    private PlanFileNames() {}

    static String of(MessageSource messages, Locale locale, String kindKey, String projectName, String extension) {
        String kind = messages.getMessage(kindKey, null, locale);
        String name = projectName == null
                ? ""
                : projectName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_").strip();
        if (name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX);
        }
        return (name.isEmpty() ? kind : kind + "-" + name) + "." + extension;
    }
}
