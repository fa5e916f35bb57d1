package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list filtered through htmx swaps only its results: its export link must follow the filter (or the file holds every
 * row while the list shows one), and the address bar must hold the filter (or reload and back lose it).
 */
@IntegrationTest
class FilteredListExportTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Autowired
    MockMvc mvc;

    @Test
    void theEvaluationLedgerFilteredThroughHtmxCarriesAnExportLinkWithTheFilter() throws Exception {
        String results = htmx("dispatch", "/service-evaluations?rating=DISSATISFIED");

        assertThat(exportLink(results, "evaluation-export"))
                .contains("hx-swap-oob=\"true\"")
                .contains("href=\"/service-evaluations/export?")
                .contains("rating=DISSATISFIED");
    }

    @Test
    void theEnterpriseListFilteredThroughHtmxCarriesAnExportLinkWithTheFilter() throws Exception {
        String results = htmx("dispatch", "/enterprises?q=科技");

        assertThat(exportLink(results, "enterprise-export"))
                .contains("hx-swap-oob=\"true\"")
                .contains("href=\"/enterprises/export?")
                .contains("q=%E7%A7%91%E6%8A%80");
    }

    @Test
    void theLeadListFilteredThroughHtmxCarriesAnExportLinkWithTheFilter() throws Exception {
        String results = htmx("dispatch", "/investment/leads?awaitingConversion=true");

        assertThat(exportLink(results, "lead-export")).contains("awaitingConversion=true");
    }

    @Test
    void aPageLoadedWithAFilterHasOneExportLinkWithTheFilterAndNoOutOfBandCopy() throws Exception {
        String page = WebTestSupport.page(mvc, "dispatch", "/service-evaluations?rating=DISSATISFIED");

        assertThat(page.split("id=\"evaluation-export\"", -1)).hasSize(2);
        assertThat(exportLink(page, "evaluation-export"))
                .contains("rating=DISSATISFIED")
                .doesNotContain("hx-swap-oob");
    }

    /**
     * Every list whose filter form swaps its results through htmx pushes the filter into the address, and its export
     * link is either the shared one that the results carry again or sits inside the swapped results.
     */
    @Test
    void everyHtmxFilteredListPushesItsFilterAndKeepsItsExportInStep() throws IOException {
        Pattern filterForm = Pattern.compile("<form[^>]*method=\"get\"[^>]*hx-get[^>]*>", Pattern.DOTALL);
        Pattern target = Pattern.compile("hx-target=\"#([\\w-]+)\"");
        List<String> wrong = new ArrayList<>();
        int lists = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher form = filterForm.matcher(html);
                if (!form.find()) {
                    continue;
                }
                lists++;
                String name = TEMPLATES.relativize(file).toString();
                if (!form.group().contains("hx-push-url=\"true\"")) {
                    wrong.add(name + ": the filter form does not push its filter into the address");
                }
                Matcher t = target.matcher(form.group());
                if (!t.find()) {
                    wrong.add(name + ": no hx-target");
                    continue;
                }
                int results = html.indexOf("id=\"" + t.group(1) + "\"");
                Matcher raw = Pattern.compile("/export[?(}]").matcher(html);
                while (raw.find()) {
                    if (raw.start() < results) {
                        wrong.add(name + ": an export link outside the swapped results " + t.group(1)
                                + " (use layout/fragments :: export and exportAgain)");
                    }
                }
                if (html.contains("layout/fragments :: export(")
                        && !html.contains("layout/fragments :: exportAgain(")) {
                    wrong.add(name + ": the results do not carry the export link again (exportAgain)");
                }
            }
        }
        assertThat(lists).as("htmx-filtered lists found").isGreaterThanOrEqualTo(6);
        assertThat(wrong).isEmpty();
    }

    private String htmx(String user, String path) throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, user);
        return mvc.perform(get(path).session(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String exportLink(String html, String id) {
        Matcher m = Pattern.compile("<a[^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("export link " + id).isTrue();
        return m.group();
    }
}
