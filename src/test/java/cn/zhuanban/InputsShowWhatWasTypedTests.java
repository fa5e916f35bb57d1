package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An input or text area that shows a form's value reads it through {@code #input.value('field', form.field())}, so
 * that a refused form shows what was typed (a value that is no number or no date has no place in the form's record,
 * see {@link TypedInputComesBackTests}); and the field it names is the input's own. Forms are the variables the
 * controllers give them: {@code form}, or a name ending in {@code Form} ({@code dayForm}), or {@code *{…}} under
 * {@code th:object}, and in a few templates a form under another name ({@link #OTHER_FORMS}). A value may read the form
 * inside {@code #input.value(…)} only, and may choose between it and another value outside ({@code ${mine ?
 * #input.value('signDays', typed.signDays()) : r.signDays()}}: the SLA page has a form per rule, bound under one name).
 */
class InputsShowWhatWasTypedTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern TAG = Pattern.compile("<(input|textarea)\\b[^>]*>", Pattern.DOTALL);

    /** Inputs that cannot be mistyped: a hidden one is not typed, a box is checked. */
    private static final Pattern UNTYPED = Pattern.compile("\\stype=\"(hidden|checkbox|radio|file|submit|button)\"");

    private static final Pattern READS_FORM = Pattern.compile("(\\$\\{|[^\\w.#'])(form|[a-z]\\w*Form)\\??\\.|\\*\\{");

    /**
     * Forms the controllers give another name, by template. Only there: {@code typed} in ticket/moves.html is the
     * refused move, which never comes back with a mistyped value (a move without a BindingResult answers 400).
     */
    private static final Map<String, Pattern> OTHER_FORMS = Map.of(
            "ticket/sla.html", variables("typed"),
            "identity/tokens.html", variables("typed"),
            "identity/user-form.html", variables("fields"),
            "investment/lead-form.html", variables("preset"),
            "investment/lead.html", variables("stageMove"),
            "investment/rules.html", variables("cap|staleWorkingDays"),
            "meeting/meeting.html", variables("decision|newItem|amendment"));

    private static final String TYPED = "#input.value(";

    private static final Pattern TYPED_FIELD = Pattern.compile("#input\\.value\\((?:'\\w+', )?'([^']+)'");

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

    @Test
    void theScanFindsAFormUnderAnotherNameOnlyInItsTemplateAndOnlyOutsideTypedInput() {
        List<String> direct = new ArrayList<>();
        List<String> otherField = new ArrayList<>();
        check(
                "ticket/sla.html",
                "<input name=\"signDays\" th:value=\"${mine ? typed.signDays() : r.signDays()}\">",
                direct,
                otherField);
        check("investment/rules.html", "<input name=\"cap\" th:value=\"${cap}\">", direct, otherField);
        check(
                "meeting/meeting.html",
                "<input name=\"deadline\" th:value=\"${decision.deadline()}\">",
                direct,
                otherField);
        check(
                "ticket/sla.html",
                "<input name=\"signDays\" th:value=\"${mine ? #input.value('signDays', typed.signDays()) : r.signDays()}\">",
                direct,
                otherField);
        check(
                "meeting/meeting.html",
                "<input name=\"deadline\" th:value=\"${#input.value('decision', 'deadline', decision.deadline())}\">",
                direct,
                otherField);
        check("investment/rules.html", "<input name=\"capital\" th:value=\"${capital}\">", direct, otherField);
        check("ticket/moves.html", "<input name=\"newDate\" th:value=\"${typed?.newDate()}\">", direct, otherField);
        check(
                "x.html",
                "<input name=\"from\" th:value=\"${#input.value('from', form.from()) ?: form.to()}\">",
                direct,
                otherField);
        check(
                "y.html",
                "<input name=\"on\" th:value=\"${fresh ? #input.value('to', form.to()) : 1}\">",
                direct,
                otherField);

        assertThat(direct)
                .containsExactly(
                        "ticket/sla.html: signDays",
                        "investment/rules.html: cap",
                        "meeting/meeting.html: deadline",
                        "x.html: from");
        assertThat(otherField).containsExactly("y.html: on reads to");
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
        Matcher name = NAME.matcher(tag);
        String input = name.find() ? name.group(1) : null;
        Matcher typed = TYPED_FIELD.matcher(value.group(1));
        while (typed.find()) {
            if (input != null && !input.equals(typed.group(1))) {
                otherField.add(template + ": " + input + " reads " + typed.group(1));
            }
        }
        String outside = outsideTypedInput(value.group(1));
        Pattern other = OTHER_FORMS.get(template);
        if (READS_FORM.matcher(outside).find()
                || (other != null && other.matcher(outside).find())) {
            direct.add(template + ": " + (input != null ? input : tag));
        }
    }

    /** The expression without its {@code #input.value(…)} calls, whose arguments may read the form. */
    private static String outsideTypedInput(String expression) {
        StringBuilder outside = new StringBuilder();
        int from = 0;
        for (int at = expression.indexOf(TYPED); at >= 0; at = expression.indexOf(TYPED, from)) {
            outside.append(expression, from, at);
            from = closingParenthesis(expression, at + TYPED.length()) + 1;
        }
        return outside.append(expression.substring(Math.min(from, expression.length())))
                .toString();
    }

    private static int closingParenthesis(String expression, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return expression.length();
    }

    /** The variables as a whole name, not a method or a key of that name ({@code decision.decision()}). */
    private static Pattern variables(String names) {
        return Pattern.compile("(\\$\\{|[^\\w.#'])(" + names + ")\\b");
    }
}
