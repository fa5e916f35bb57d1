package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A form that shows refusals beside its fields shows one beside every field a person can get wrong. A field without
 * its slot swallowed its message: the page came back unchanged, with no word of what was wrong (a negative minimum of
 * years on a talent demand, a token valid for -5 days, a date in the year 9999).
 */
class FormErrorSlotsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FORM = Pattern.compile("<form\\b.*?</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");
    /** Fields that cannot be wrong on their own: hidden state, choices that are on or off, search boxes. */
    private static final Set<String> UNCHECKED_TYPES = Set.of("hidden", "checkbox", "radio", "submit", "search");
    /** Fields whose refusals are shown under another name (the whole list, the uploaded files, the month). */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of(
            "investment/rules.html fromAmount",
            "investment/rules.html ratePerMille",
            "investmentreport/project.html ${f}",
            "investmentreport/project.html year",
            "schedule/progress.html photos");

    @Test
    void everyFieldOfAFormWithFieldMessagesHasItsOwnSlot() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                missing.addAll(
                        missingSlots(TEMPLATES.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> missingSlots(String template, String html) {
        List<String> missing = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String body = form.group();
            String head = body.substring(0, body.indexOf('>') + 1);
            boolean posts = head.contains("method=\"post\"") || head.contains("hx-post");
            if (!posts || !body.contains("fieldError(")) {
                continue; // refusals of this form go to the page's alert
            }
            Matcher field = FIELD.matcher(body);
            while (field.find()) {
                String name = group(NAME, field.group());
                String type = group(TYPE, field.group());
                if (name == null
                        || UNCHECKED_TYPES.contains(type == null ? "text" : type)
                        || name.equals("_csrf")
                        || name.equals("version")
                        || name.endsWith("Q")
                        || SHOWN_ELSEWHERE.contains(template + " " + name)
                        || html.contains("fieldError('" + name + "')")) {
                    continue;
                }
                missing.add(template + " " + name);
            }
        }
        return missing;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
