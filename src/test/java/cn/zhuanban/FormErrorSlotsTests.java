package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
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
    /** Fragment files whose forms are shown inside another page, which carries the form-level message. */
    private static final Map<String, String> FRAGMENTS_SHOWN_BY =
            Map.of("investment/lead-parts.html", "investment/lead.html");
    /** A yes/no box: ticked sends true. */
    private static final Pattern YES_NO_BOX =
            Pattern.compile("<input\\b[^>]*type=\"checkbox\"[^>]*value=\"true\"[^>]*>", Pattern.DOTALL);

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

    /**
     * A form with field messages also shows the line above it that says the save was refused: a refusal of a field the
     * page has no slot for (a yes/no box missing from the request) came back with no word at all.
     */
    @Test
    void everyPageWithFieldMessagesSaysWhenASaveWasRefused() throws IOException {
        List<String> silent = new ArrayList<>();
        for (var template : templates().entrySet()) {
            String html = template.getValue();
            String shownBy = FRAGMENTS_SHOWN_BY.get(template.getKey());
            boolean summary = html.contains("globalError")
                    || (shownBy != null && templates().get(shownBy).contains("globalError"));
            if (postedForms(html).anyMatch(form -> form.contains("fieldError(")) && !summary) {
                silent.add(template.getKey());
            }
        }
        assertThat(silent).isEmpty();
    }

    /**
     * An unticked box is not sent at all, so a yes/no box carries the marker that makes its absence a "no": without
     * it, unticking "enabled" on an account or "willing to relocate" on a candidate made the save fail.
     */
    @Test
    void everyYesNoBoxOfAPostedFormSendsNoWhenUnticked() throws IOException {
        List<String> unmarked = new ArrayList<>();
        for (var template : templates().entrySet()) {
            postedForms(template.getValue()).forEach(form -> {
                Matcher box = YES_NO_BOX.matcher(form);
                while (box.find()) {
                    String name = group(NAME, box.group());
                    if (!form.contains("name=\"_" + name + "\"")) {
                        unmarked.add(template.getKey() + " " + name);
                    }
                }
            });
        }
        assertThat(unmarked).isEmpty();
    }

    private static Map<String, String> templates() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                all.put(TEMPLATES.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return all;
    }

    private static Stream<String> postedForms(String html) {
        return FORM.matcher(html).results().map(MatchResult::group).filter(body -> {
            String head = body.substring(0, body.indexOf('>') + 1);
            return head.contains("method=\"post\"") || head.contains("hx-post");
        });
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
                        || html.contains("fieldError('" + name + "')")
                        // a field named by an expression (a table of fields) with its slot named by the same one
                        || html.contains("fieldError(" + name + ")")) {
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
