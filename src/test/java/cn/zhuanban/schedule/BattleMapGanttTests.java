package cn.zhuanban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A project's Gantt chart drawn on the server: critical bars, the longest path, hover titles and the today line. */
@IntegrationTest
class BattleMapGanttTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    PlanManagement plans;

    @Test
    void aProjectsGanttChartIsAnSvgWithCriticalBarsHoverTitlesAndTheTodayLine() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        PlanFixtures.edit(mvc, dispatch, id, "/rows/A01/duration", "duration", "2000"); // now it cannot meet its target
        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("<rect class=\"gantt-critical\"")))
                .andExpect(content().string(containsString("gantt-today")))
                .andExpect(content().string(containsString("<title>A01 项目备案")))
                // The page's stylesheet colours the chart: the CSP would refuse a style element in the page.
                .andExpect(content().string(not(containsString("<style>"))));
        mvc.perform(get("/projects/" + id + "/battle-map.svg").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("gantt-ms")))
                .andExpect(content().string(containsString("<style>.gantt-planned { fill: #4299e1; }")));
    }

    /**
     * On a phone the chart opened at the plan's start, twenty months before today, with the names taking two thirds of
     * the width: the page's chart opens at today (app.js scrolls the marked box to the today line) with the names apart,
     * kept in view and narrowed by the stylesheet; the downloaded file and the printed pages stay one drawing each.
     */
    @Test
    void thePagesChartOpensAtTodayWithItsNamesApartWhileTheFileAndPaperKeepThemInTheDrawing() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        String page = mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String screen = page.substring(page.indexOf("id=\"gantt\""), page.indexOf("id=\"gantt-print\""));
        assertThat(screen).contains("data-scroll-to-today").contains("class=\"gantt-today\"");
        String labels =
                screen.substring(screen.indexOf("class=\"gantt-labels\""), screen.indexOf("class=\"gantt-chart\""));
        String chart = screen.substring(screen.indexOf("class=\"gantt-chart\""));
        assertThat(labels).contains("A01 项目备案</text>").doesNotContain("gantt-today");
        assertThat(chart).contains("gantt-today").doesNotContain("A01 项目备案</text>");
        // the chart starts where the names end, on the same coordinates as the file
        assertThat(chart).contains("viewBox=\"260 0 ");
        String printed = page.substring(page.indexOf("id=\"gantt-print\""));
        assertThat(printed).contains("A01 项目备案</text>").contains("viewBox=\"0 0 ");
        String file = mvc.perform(get("/projects/" + id + "/battle-map.svg").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(file).contains("A01 项目备案</text>").contains("viewBox=\"0 0 ").contains("gantt-today");
        String script = new String(
                new ClassPathResource("static/js/app.js").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script).contains("[data-scroll-to-today]").contains(".gantt-today");
        String css = new String(
                new ClassPathResource("static/css/app.css").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(css).containsPattern("@media \\(max-width: [0-9.]+px\\) \\{ \\.gantt-labels \\{ width:");
    }

    @Test
    void aPlanWithRoomToItsTargetShowsItsLongestPathInsteadOfNoPathAtAll() throws Exception {
        MockHttpSession dispatch = WebTestSupport.login(mvc, "dispatch");
        long id = templated(dispatch);
        PlanSheet sheet = plans.sheet(id, fixtures().user("dispatch"));
        Integer room = sheet.drivingFloat();
        assertThat(room).as("the template leaves room to the target").isPositive();
        assertThat(sheet.rows()).noneMatch(PlanSheet.Row::critical);
        List<String> longest = sheet.rows().stream()
                .filter(r -> r.driving(room))
                .map(PlanSheet.Row::key)
                .toList();
        assertThat(longest)
                .isNotEmpty()
                .allMatch(key -> sheet.row(key).totalFloat().equals(room));
        assertThat(sheet.rows())
                .filteredOn(r -> !r.stage() && !longest.contains(r.key()))
                .allMatch(r -> r.totalFloat() > room);

        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<rect class=\"gantt-driving\"")))
                .andExpect(content().string(not(containsString("<rect class=\"gantt-critical\""))))
                .andExpect(content().string(containsString("距目标尚有" + room + "个工作日余量")));

        PlanFixtures.edit(mvc, dispatch, id, "/rows/A01/duration", "duration", "2000");
        mvc.perform(get("/projects/" + id + "/battle-map").session(dispatch))
                .andExpect(content().string(containsString("<rect class=\"gantt-critical\"")))
                .andExpect(content().string(not(containsString("gantt-driving\""))))
                .andExpect(content().string(not(containsString("legend-driving"))));
    }

    private ServiceFixtures fixtures() {
        return new ServiceFixtures(enterprises, taskForces, projects, directory);
    }

    private long templated(MockHttpSession dispatch) throws Exception {
        return templated(dispatch, "2027-03-01", "2028-06-30");
    }

    private long templated(MockHttpSession dispatch, String start, String target) throws Exception {
        long enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        return PlanFixtures.templated(mvc, dispatch, enterpriseId, start, target);
    }
}
