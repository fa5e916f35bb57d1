package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every field a person fills in has a name a screen reader can say: a label pointing at it, a label around it, or an
 * aria-label. A placeholder is not one: it disappears as soon as something is typed (a search box, a plan row's key,
 * a follow-up's summary had only that).
 */
class FieldLabelsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern LABEL_FOR = Pattern.compile("<label\\b[^>]*\\sfor=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern UNLABELLED_TYPES = Pattern.compile("\\btype=\"(hidden|submit|button)\"");

    @Test
    void everyFieldHasALabelOrAnAriaLabel() throws IOException {
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                unnamed.addAll(
                        unnamed(TEMPLATES.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
            }
        }
        assertThat(unnamed).isEmpty();
    }

    private static List<String> unnamed(String template, String html) {
        Set<String> labelled = new HashSet<>();
        Matcher label = LABEL_FOR.matcher(html);
        while (label.find()) {
            labelled.add(label.group(1));
        }
        boolean dynamicLabels = html.matches("(?s).*<label\\b[^>]*\\sth:for=.*");
        List<String> unnamed = new ArrayList<>();
        Matcher field = FIELD.matcher(html);
        while (field.find()) {
            String tag = field.group();
            if (UNLABELLED_TYPES.matcher(tag).find()
                    || tag.contains("th:replace=") // the fragment it stands for is checked where it is defined
                    || tag.contains("aria-label")
                    || tag.contains("aria-labelledby")
                    || labelledById(tag, labelled, dynamicLabels)
                    || insideLabel(html, field.start())) {
                continue;
            }
            int line = html.substring(0, field.start()).split("\n", -1).length;
            unnamed.add(template + ":" + line + " " + tag.substring(0, Math.min(tag.length(), 100)));
        }
        return unnamed;
    }

    private static boolean labelledById(String tag, Set<String> labelled, boolean dynamicLabels) {
        Matcher id = ID.matcher(tag);
        return id.find() && labelled.contains(id.group(1)) || tag.contains("th:id=") && dynamicLabels;
    }

    private static boolean insideLabel(String html, int at) {
        String before = html.substring(0, at);
        return before.lastIndexOf("<label") > before.lastIndexOf("</label>");
    }
}
