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
 * A table of rows that can be none says so ("暂无数据") instead of showing bare column headers, or a count of zero
 * above nothing: a user cannot tell an empty list from one that failed to load.
 */
class EmptyTablesSayNoDataTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern BODY = Pattern.compile("<tbody[^>]*>(.*?)</tbody>", Pattern.DOTALL);

    private static final Pattern EACH = Pattern.compile("th:each=\"[^\"]*\\$\\{([^}]*)}\"");

    /** Tables whose rows are never none, by template and the collection they walk. */
    private static final Map<String, String> NEVER_EMPTY = Map.ofEntries(
            // a version compared with the one before: both have these fields, and a diff page has measures
            Map.entry("enterpriseplan/diff.html", "diff.fields() diff.measures()"),
            // a plan has its first version from the moment it exists
            Map.entry("enterpriseplan/versions.html", "versions"),
            // seeded at the first start and never deleted
            Map.entry("identity/departments.html", "departments"),
            Map.entry("identity/roles.html", "roles"),
            Map.entry("notification/robots.html", "robots"),
            Map.entry("ticket/sla.html", "rules"),
            // every quarter of the year and every stage of the funnel, with zeros
            Map.entry("investment/cohorts.html", "report.quarters()"),
            Map.entry("investment/funnel.html", "steps"),
            // an import's report lists the lines it refused, shown only when there are some
            Map.entry("layout/import.html", "lines"),
            // a project's light changes: the table only when there are some, an empty history says so above it
            Map.entry("project/detail.html", "lightChanges.content()"),
            // print pages of one record: a checklist from a template, a ticket from its first step
            Map.entry("servicechecklist/print.html", "items"),
            Map.entry("ticket/print.html", "t.history()"));

    @Test
    void everyTableThatCanBeEmptySaysSo() throws IOException {
        List<String> silent = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                Matcher body = BODY.matcher(Files.readString(file));
                while (body.find()) {
                    Matcher each = EACH.matcher(body.group(1));
                    if (!each.find()
                            || body.group(1).contains("isEmpty()")
                            || body.group(1).contains("empty")) {
                        continue;
                    }
                    String collection = each.group(1).strip();
                    if (!List.of(NEVER_EMPTY.getOrDefault(name, "").split(" ")).contains(collection)) {
                        silent.add(name + " " + collection);
                    }
                }
            }
        }
        assertThat(silent).as("tables without a row for none (list.empty)").isEmpty();
    }
}
