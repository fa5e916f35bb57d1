package cn.zhuanban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every kind of thing a "not found" can name has its words in both languages, so no message shows a code. */
class NotFoundLabelsTests {

    private static final Pattern LITERAL = Pattern.compile("new NotFoundException\\(\"([a-z-]+)\"");
    private static final Pattern CONSTANT = Pattern.compile("static final String [A-Z_]+ = \"([a-z-]+)\";");

    @Test
    void everyEntityOfANotFoundHasALabelInBothLanguages() throws IOException {
        Set<String> entities = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String java = Files.readString(file);
                collect(LITERAL.matcher(java), entities);
                if (java.contains("NotFoundException(")) {
                    Matcher constants = CONSTANT.matcher(java);
                    while (constants.find()) {
                        if (java.contains("NotFoundException(" + constantName(java, constants.start()))) {
                            entities.add(constants.group(1));
                        }
                    }
                }
            }
        }
        assertThat(entities).contains("project", "recruitment-event");
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties messages = new Properties();
            try (var in = Files.newBufferedReader(Path.of("src/main/resources", bundle))) {
                messages.load(in);
            }
            assertThat(entities).as(bundle).allMatch(e -> messages.containsKey("entity." + e));
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String constantName(String java, int at) {
        String declaration = java.substring(at, java.indexOf('=', at)).trim();
        return declaration.substring(declaration.lastIndexOf(' ') + 1);
    }
}
