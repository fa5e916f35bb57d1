package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments in templates are for developers: written as Thymeleaf's parser-level comments they stay on the server. As
 * HTML comments every page carried them to the browser, with notes on internal classes and module boundaries.
 */
class TemplateCommentsTests {

    @Test
    void noTemplateSendsAnHtmlCommentToTheBrowser() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            List<String> sent = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> {
                        try {
                            return Files.readString(f).replace("<!--/*", "").contains("<!--");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(f -> templates.relativize(f).toString())
                    .toList();
            assertThat(sent)
                    .as("templates with <!-- … --> instead of <!--/* … */-->")
                    .isEmpty();
        }
    }
}
