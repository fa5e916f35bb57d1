package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An input or text area that shows a form's value reads it through {@code #input.value('field', form.field())}, so
 * that a refused form shows what was typed (a value that is no number or no date has no place in the form's record,
 * see {@link TypedInputComesBackTests}); and the field it names is the input's own. Forms are the variables the
 * controllers give them: {@code form}, or a name ending in {@code Form} ({@code dayForm}), or {@code *{…}} under
 * {@code th:object}.
 */
class InputsShowWhatWasTypedTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern TAG = Pattern.compile("<(input|textarea)\\b[^>]*>", Pattern.DOTALL);

    /** Inputs that cannot be mistyped: a hidden one is not typed, a box is checked. */
    private static final Pattern UNTYPED = Pattern.compile("\\stype=\"(hidden|checkbox|radio|file|submit|button)\"");

    private static final Pattern READS_FORM = Pattern.compile("(\\$\\{|[^\\w.#'])(form|[a-z]\\w*Form)\\??\\.|\\*\\{");

    private static final Pattern TYPED_FIELD = Pattern.compile("^\\$\\{#input\\.value\\((?:'\\w+', )?'([^']+)'");

    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]+)\"");

    @Test
    void everyInputOfAFormShowsWhatWasTyped() throws IOException {
        List<String> direct = new ArrayList<>();
        List<String> otherField = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                Matcher tag = TAG.matcher(Files.readString(file));
                while (tag.find()) {
                    check(name, tag.group(), direct, otherField);
                }
            }
        }
        assertThat(direct)
                .as("inputs reading the form directly (use #input.value)")
                .isEmpty();
        assertThat(otherField)
                .as("#input.value naming another field than the input's name")
                .isEmpty();
    }

    @Test
    void theScanFindsAnInputReadingTheFormAndOneNamingAnotherField() {
        List<String> direct = new ArrayList<>();
        List<String> otherField = new ArrayList<>();
        check("a", "<input name=\"amount\" th:value=\"${form.amount()}\">", direct, otherField);
        check("b", "<input name=\"on\" th:value=\"${dayForm?.on() ?: today}\">", direct, otherField);
        check("c", "<textarea name=\"note\" th:text=\"*{note()}\">", direct, otherField);
        check("d", "<input name=\"amount\" th:value=\"${#input.value('amount', form.amount())}\">", direct, otherField);
        check("e", "<input name=\"to\" th:value=\"${#input.value('form', 'from', form.from())}\">", direct, otherField);
        check("f", "<input type=\"hidden\" name=\"version\" th:value=\"${form.version()}\">", direct, otherField);
        check("g", "<input name=\"q\" th:value=\"${filter.q()}\">", direct, otherField);

        assertThat(direct).extracting(s -> s.substring(0, 1)).containsExactly("a", "b", "c");
        assertThat(otherField).extracting(s -> s.substring(0, 1)).containsExactly("e");
    }

    private static void check(String template, String tag, List<String> direct, List<String> otherField) {
        if (UNTYPED.matcher(tag).find()) {
            return;
        }
        Matcher value = Pattern.compile((tag.startsWith("<input") ? "th:value" : "th:text") + "=\"([^\"]*)\"")
                .matcher(tag);
        if (!value.find()) {
            return;
        }
        Matcher typed = TYPED_FIELD.matcher(value.group(1));
        Matcher name = NAME.matcher(tag);
        if (typed.find()) {
            if (name.find() && !name.group(1).equals(typed.group(1))) {
                otherField.add(template + ": " + name.group(1) + " reads " + typed.group(1));
            }
        } else if (!value.group(1).startsWith("${#input.value(")
                && READS_FORM.matcher(value.group(1)).find()) {
            direct.add(template + ": " + (name.find() ? name.group(1) : tag));
        }
    }
}
