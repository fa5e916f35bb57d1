package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parts of a rendered page that tests look into: a form by its id, an input or a pick list of it by its name. */
public final class HtmlParts {

    private HtmlParts() {}

    /** The form with this id, from its opening tag to its closing one. */
    public static String form(String page, String id) {
        Matcher m = Pattern.compile("<form[^>]*\\sid=\"" + id + "\".*?</form>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("form " + id).isTrue();
        return m.group();
    }

    /** The opening tag of the input with this name in the form with this id. */
    public static String input(String page, String formId, String name) {
        Matcher m = Pattern.compile("<input[^>]*\\sname=\"" + name + "\"[^>]*>").matcher(form(page, formId));
        assertThat(m.find()).as("input " + name).isTrue();
        return m.group();
    }

    /** The pick list with this name in the form with this id, from its opening tag to its closing one. */
    public static String select(String page, String formId, String name) {
        Matcher m = Pattern.compile("<select[^>]*\\sname=\"" + name + "\".*?</select>", Pattern.DOTALL)
                .matcher(form(page, formId));
        assertThat(m.find()).as("select " + name).isTrue();
        return m.group();
    }
}
