package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.identity.AdminDuty;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user sees comes from the message bundles, in Chinese and in English: the bundles
 * have the same keys, templates hold no literal text, and every key the code or the templates
 * name exists. Plain files, no Spring: quick enough to run on every build.
 */
class I18nTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Path JAVA = Path.of("src/main/java");

    /** A literal key, not the prefix of a computed one ({@code "scope." + scope}). */
    private static final String KEY = "\"([\\w.-]*[\\w-])\"(?!\\s*\\+)";

    /** Literal message keys in Java code: the calls and annotations that take a key. */
    static final List<Pattern> JAVA_KEYS = Stream.of(
                    "getMessage\\(\\s*" + KEY,
                    "addFlashAttribute\\(\\s*\"flash\",\\s*" + KEY,
                    "addAttribute\\(\\s*\"errorKey\",\\s*" + KEY,
                    "\\btext\\(\\s*" + KEY,
                    "new WorkbenchItem\\(\\s*\\d+,\\s*" + KEY,
                    "message\\s*=\\s*\"\\{([a-z][\\w.-]*)}\"",
                    // Key-like literals with prefixes only message keys use (e.g. export column headers).
                    "\"((?:nav|action|list|admin|workbench|error|validation|audit)(?:\\.[\\w-]+)+)\"(?!\\s*\\+)")
            .map(Pattern::compile)
            .toList();

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = MessageBundle.keys(RESOURCES.resolve("messages.properties"));
        Set<String> chinese = MessageBundle.keys(RESOURCES.resolve("messages_zh_CN.properties"));

        assertThat(difference(english, chinese))
                .as("keys missing in messages_zh_CN.properties")
                .isEmpty();
        assertThat(difference(chinese, english))
                .as("keys missing in messages.properties")
                .isEmpty();
    }

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        // Both files merge with git's union driver, which can leave a key twice; the last one would win silently.
        assertThat(MessageBundle.duplicateKeys(RESOURCES.resolve("messages.properties")))
                .isEmpty();
        assertThat(MessageBundle.duplicateKeys(RESOURCES.resolve("messages_zh_CN.properties")))
                .isEmpty();
    }

    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        // Such texts go through MessageFormat, which drops a single apostrophe and leaves what follows unformatted.
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            assertThat(MessageBundle.texts(RESOURCES.resolve(bundle)).entrySet().stream()
                            .filter(e -> e.getValue().matches("(?s).*\\{\\d.*"))
                            .filter(e -> e.getValue().replace("''", "").contains("'"))
                            .map(Map.Entry::getKey))
                    .as(bundle)
                    .isEmpty();
        }
    }

    @Test
    void aFieldsOwnTypeMismatchTextIsCompleteWithoutTheTypedValue() throws IOException {
        // FormErrors gives a field's own text (typeMismatch.form.enterpriseId) also for a blank value, where a type's
        // text would say 必填项: "请从列表中选择企业：{0}" then ended in a bare colon. A type's texts
        // (typeMismatch.java.lang.Long, typeMismatch.int) name the typed value; they are never given a blank one.
        Pattern typeText = Pattern.compile("typeMismatch\\.(java\\..*|int|long|double|boolean)");
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            assertThat(MessageBundle.texts(RESOURCES.resolve(bundle)).entrySet().stream()
                            .filter(e -> e.getKey().startsWith("typeMismatch."))
                            .filter(e -> !typeText.matcher(e.getKey()).matches())
                            .filter(e -> e.getValue().contains("{0}"))
                            .map(Map.Entry::getKey))
                    .as(bundle)
                    .isEmpty();
        }
    }

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            LiteralTextScanner.scan(Files.readString(template))
                    .forEach(text -> findings.add(TEMPLATES.relativize(template) + ": " + text));
        }
        assertThat(findings)
                .as("literal text in templates; use th:text=\"#{key}\" or th:attr")
                .isEmpty();
    }

    @Test
    void theScannerFindsLiteralTextAndAcceptsMessageExpressions() {
        String bad = """
                <div class="x" th:title="#{ok}"><!-- a comment is fine --><p>Hello</p>
                <input placeholder="Search" th:placeholder="#{list.search}"><img alt="Logo">
                <button aria-label="Close" title='Tip'>项目</button><input type="submit" value="Go">
                <script>var ok = "script text is not checked";</script><style>p::after { content: "x"; }</style>
                <span th:text="${a > b}">&nbsp;</span> 1 / 2 <span>[[#{inline.key}]]</span>
                <form data-confirm="Really?"></form></div>""";

        assertThat(LiteralTextScanner.scan(bad))
                .containsExactly(
                        "text \"Hello\"",
                        "placeholder=\"Search\"",
                        "alt=\"Logo\"",
                        "aria-label=\"Close\"",
                        "title=\"Tip\"",
                        "text \"项目\"",
                        "value=\"Go\"",
                        "data-confirm=\"Really?\"");
    }

    @Test
    void everyKeyTheTemplatesNameExistsInBothBundles() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path template : templates()) {
            for (String key : LiteralTextScanner.messageKeys(Files.readString(template))) {
                used.computeIfAbsent(key, k -> new TreeSet<>())
                        .add(TEMPLATES.relativize(template).toString());
            }
        }
        assertThat(used).as("template keys found").isNotEmpty();
        assertKeysExist(used);
    }

    @Test
    void everyKeyTheJavaCodeNamesExistsInBothBundles() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : JAVA_KEYS) {
                    pattern.matcher(source)
                            .results()
                            .forEach(m -> used.computeIfAbsent(m.group(1), k -> new TreeSet<>())
                                    .add(file.getFileName().toString()));
                }
            }
        }
        assertThat(used).as("Java keys found").isNotEmpty();
        assertKeysExist(used);
    }

    /** Actions published for the audit log: an event's {@code action()} literal, or the first text of a publish call. */
    static final List<Pattern> AUDIT_ACTIONS = List.of(
            Pattern.compile("String action\\(\\)\\s*\\{\\s*return \"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\";"),
            Pattern.compile("(?:publish|record|recordOn)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\""));

    @Test
    void everyAuditedActionHasItsLabel() throws IOException {
        // The audit log shows an action by its label and falls back to the raw name, which a reader cannot use.
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : AUDIT_ACTIONS) {
                    pattern.matcher(source)
                            .results()
                            .forEach(m -> used.computeIfAbsent("audit.action." + m.group(1), k -> new TreeSet<>())
                                    .add(file.getFileName().toString()));
                }
            }
        }
        assertThat(used).as("audited actions found").containsKeys("audit.action.investment.reported");
        assertKeysExist(used);
    }

    @Test
    void everyErrorCodePermissionScopeAndDutyHasItsLabel() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            used.computeIfAbsent(code.messageKey(), k -> new TreeSet<>()).add("ErrorCode." + code.name());
            used.computeIfAbsent("error.title." + code.status().value(), k -> new TreeSet<>())
                    .add("ErrorCode");
        }
        Permissions.ALL.forEach(p -> used.put("permission." + p, Set.of("Permissions")));
        for (DataScope scope : DataScope.values()) {
            used.put("scope." + scope.name(), Set.of("DataScope"));
        }
        for (AdminDuty duty : AdminDuty.values()) {
            used.put("duty." + duty.name(), Set.of("AdminDuty"));
        }
        used.put("error.title.401", Set.of("ProblemResponses"));
        used.put("error.title.403", Set.of("ProblemResponses"));
        assertKeysExist(used);
    }

    private static void assertKeysExist(Map<String, Set<String>> used) throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Set<String> keys = MessageBundle.keys(RESOURCES.resolve(bundle));
            Map<String, Set<String>> missing = new TreeMap<>(used);
            missing.keySet().removeAll(keys);
            assertThat(missing).as("keys (→ where used) missing in " + bundle).isEmpty();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> html =
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertThat(html).isNotEmpty();
            return html;
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
