package cn.zhuanban.schedule;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The Gantt chart drawn on the server and the district wall chart with monthly targets. */
@IntegrationTest
class BattleMapTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Test
    void aProjectsGanttChartIsAnSvgWithCriticalBarsHoverTitlesAndTheTodayLine() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("gantt-critical")))
                .andExpect(content().string(containsString("gantt-today")))
                .andExpect(content().string(containsString("<title>A01 项目备案")));
        mvc.perform(get("/projects/" + id + "/battle-map.svg").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("gantt-ms")));
    }

    @Test
    void theWallChartShowsEachMonthsTargetsAndLinksToTheProject() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        mvc.perform(get("/battle-map?stage=PRE_CONSTRUCTION&from=2028-06").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-project-id=\"" + id + "\"")))
                .andExpect(content().string(containsString("/projects/" + id + "/plan")))
                .andExpect(content().string(containsString("投产")));
    }

    private long templated(MockHttpSession dispatch) throws Exception {
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        return id;
    }
}
