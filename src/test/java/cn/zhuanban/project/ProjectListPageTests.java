package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.project.domain.LightReasonText;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** On a phone the project list is a column of cards to tap, each with its light, enterprise, stage and deadline. */
@IntegrationTest
class ProjectListPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LightReasonText reasons;

    @Test
    void eachProjectOfThePageIsAlsoACardForPhones() throws Exception {
        // the demo's dates move with the month it was seeded in
        LocalDate target =
                jdbc.queryForObject("select target_finish from project where name = '康元生物高端原料药项目'", LocalDate.class);
        String page = WebTestSupport.page(mvc, "dispatch", "/projects?q=康元生物高端原料药");
        String cards = page.substring(page.indexOf("id=\"project-cards\""), page.indexOf("id=\"project-table\""));

        assertThat(cards)
                .contains("康元生物高端原料药项目", "示范康元生物制药有限公司", "省重点", "在建", "计划完成日期 " + target)
                .containsPattern("href=\"/projects/\\d+\"")
                .contains("class=\"light mt-1 light-");
    }

    /** A dot's tooltip never shows on a phone: a red or yellow project says why under its name, a green one nothing. */
    @Test
    void aProjectThatIsNotGreenSaysWhyInTheListOnPhoneAndDesk() throws Exception {
        var late = jdbc.queryForMap("select name, light_reason from project where status_light <> 'GREEN'"
                + " and light_reason is not null order by id fetch first 1 rows only");
        String name = (String) late.get("name");
        String reason = HtmlUtils.htmlEscape((String) late.get("light_reason"));
        String page = WebTestSupport.page(mvc, "dispatch", "/projects?q=" + name);
        String cards = page.substring(page.indexOf("id=\"project-cards\""), page.indexOf("id=\"project-table\""));
        String table = page.substring(page.indexOf("id=\"project-table\""));

        assertThat(cards).contains(reason);
        assertThat(table).contains(reason);

        String green = jdbc.queryForObject(
                "select name from project where status_light = 'GREEN' order by id fetch first 1 rows only",
                String.class);
        assertThat(WebTestSupport.page(mvc, "dispatch", "/projects?q=" + green)).doesNotContain("light-reason");
    }

    /**
     * The reason is kept as message keys (V190) beside its Chinese text: an English reader reads it in English on the
     * list, the project page and in the API, a reader who chose no language in Chinese, as stored.
     */
    @Test
    void aRedProjectsReasonIsReadInTheReadersLanguage() throws Exception {
        var red = jdbc.queryForMap("select id, name, light_reason, light_reason_code from project"
                + " where status_light = 'RED' and light_reason_code is not null order by id fetch first 1 rows only");
        String chinese = (String) red.get("light_reason");
        String english = reasons.of(chinese, (String) red.get("light_reason_code"), Locale.ENGLISH);
        assertThat(english).isNotEqualTo(chinese).doesNotContain("：", "；", "、");
        String list = "/projects?light=RED&q=" + red.get("name");
        String detail = "/projects/" + red.get("id");

        assertThat(WebTestSupport.page(mvc, "dispatch", list)).contains(HtmlUtils.htmlEscape(chinese));
        assertThat(WebTestSupport.page(mvc, "dispatch", detail)).contains(HtmlUtils.htmlEscape(chinese));
        String englishList = WebTestSupport.page(mvc, "dispatch", list + "&lang=en");
        assertThat(englishList).contains(HtmlUtils.htmlEscape(english)).doesNotContain(HtmlUtils.htmlEscape(chinese));
        assertThat(WebTestSupport.page(mvc, "dispatch", detail + "?lang=en")).contains(HtmlUtils.htmlEscape(english));

        var api = get("/api/v1" + detail).session(WebTestSupport.login(mvc, "dispatch"));
        mvc.perform(api.header("Accept-Language", "en"))
                .andExpect(jsonPath("$.lightReason").value(english));
        mvc.perform(get("/api/v1" + detail).session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(jsonPath("$.lightReason").value(chinese));
    }
}
