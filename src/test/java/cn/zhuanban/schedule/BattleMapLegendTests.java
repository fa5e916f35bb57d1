package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The battle map's legend names every mark the chart draws: besides the bars and the latest-start triangle, the stage
 * goals' diamonds and the rows' lights, on the screen and in the caption of every printed page, in both languages.
 */
@IntegrationTest
class BattleMapLegendTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Test
    void theLegendOnScreenAndOnEveryPrintedPageNamesTheDiamondsAndTheLights() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        String chinese = page(dispatch, id, "zh-CN");
        String english = page(dispatch, id, "en");

        String screen = chinese.substring(chinese.indexOf("id=\"gantt-legend\""), chinese.indexOf("id=\"gantt\""));
        assertThat(screen)
                .contains("legend-ms\"></span><span>阶段目标</span>")
                .contains("light-GREEN\" title=\"绿灯\"></span>")
                .contains("light-YELLOW\" title=\"黄灯\"></span>")
                .contains("light-RED\" title=\"红灯\"></span><span>状态灯</span>");
        String[] captions =
                chinese.substring(chinese.indexOf("id=\"gantt-print\"")).split("gantt-page-caption-line");
        assertThat(captions).hasSizeGreaterThan(1);
        for (int i = 1; i < captions.length; i++) {
            assertThat(captions[i].substring(0, captions[i].indexOf("</div>")))
                    .contains("legend-ms\"></span><span>阶段目标</span>")
                    .contains("light-GREEN\" title=\"绿灯\"></span>")
                    .contains("<span>状态灯</span>");
        }
        assertThat(english)
                .contains("legend-ms\"></span><span>Stage goal</span>")
                .contains("light-YELLOW\" title=\"Yellow\"></span>")
                .contains("<span>Lights</span>");
    }

    private String page(MockHttpSession session, long id, String lang) throws Exception {
        return mvc.perform(get("/projects/" + id + "/battle-map")
                        .param("lang", lang)
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long templated(MockHttpSession dispatch) throws Exception {
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        return id;
    }
}
