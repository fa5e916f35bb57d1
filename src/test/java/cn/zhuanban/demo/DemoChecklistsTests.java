package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.PageQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo project being prepared or built has its service checklist as far along as its plan (the approvals done
 * on the plan done with their dates, those under way in hand, the later ones waiting with their "must finish by"), so
 * that a department's list of service items shows real work, each item with its department's person answering for
 * it; and a yellow project says why it is yellow.
 */
@IntegrationTest
class DemoChecklistsTests {

    private static final Set<ProjectStage> PLANNED =
            EnumSet.of(ProjectStage.PLANNED, ProjectStage.PRE_CONSTRUCTION, ProjectStage.UNDER_CONSTRUCTION);

    @Autowired
    DemoUsers users;

    @Autowired
    ProjectReads projects;

    @Autowired
    PlanManagement plans;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    MockMvc mvc;

    @Test
    void everyProjectBeingPreparedOrBuiltHasItsChecklistAsFarAlongAsItsPlan() {
        CurrentUser dispatch = users.as("dispatch");
        List<ServiceItemStatus> seen = new ArrayList<>();
        for (ProjectSummary project : demoProjects()) {
            List<ServiceItemView> items = checklists.checklist(project.id(), dispatch);
            if (!PLANNED.contains(project.stage())) {
                continue;
            }
            assertThat(items).as(project.name()).hasSize(15);
            PlanSheet sheet = plans.sheet(project.id(), dispatch);
            for (ServiceItemView item : items) {
                PlanSheet.Row row = sheet.rows().stream()
                        .filter(r -> r.name().equals(item.name()))
                        .findFirst()
                        .orElseThrow();
                String what = project.name() + " " + item.name();
                // every step has a department to answer for it: 燃气接入 went to nobody (no gas company in the demo)
                assertThat(item.departmentName()).as(what).isNotNull();
                // and a person of it who answers for it (责任人): the items were seeded without one
                assertThat(item.responsibleName()).as(what).isNotBlank();
                assertThat(item.targetDate()).as(what).isEqualTo(row.lateFinish());
                if (row.actualFinish() != null) {
                    assertThat(item.status()).as(what).isEqualTo(ServiceItemStatus.DONE);
                    assertThat(item.doneOn()).as(what).isEqualTo(row.actualFinish());
                } else if (row.actualStart() != null) {
                    assertThat(item.status()).as(what).isEqualTo(ServiceItemStatus.IN_PROGRESS);
                } else {
                    assertThat(item.status()).as(what).isEqualTo(ServiceItemStatus.PENDING);
                }
                seen.add(item.status());
            }
        }
        assertThat(seen)
                .as("the demo shows work done, in hand and waiting")
                .contains(ServiceItemStatus.DONE, ServiceItemStatus.IN_PROGRESS, ServiceItemStatus.PENDING);
    }

    @Test
    void theLandBureausListOfServiceItemsShowsItsWork() throws Exception {
        String page = mvc.perform(get("/service-items").session(WebTestSupport.login(mvc, "handler")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("用地预审与选址意见书").doesNotContain("暂无数据");
    }

    /**
     * Every demo project that is not green says why, and a yellow one names the work that makes it so. Not the
     * flagship's light by name: other tests in the shared context give its tickets red cards, which turn it red (the
     * plan's own yellow is checked in DemoSchedulesTests and the reasons' wording in PlanLightReasonTests).
     */
    @Test
    void aYellowProjectSaysWhichWorkHasLittleFloatLeft() {
        List<ProjectView> yellow = new ArrayList<>();
        for (ProjectSummary p : demoProjects()) {
            ProjectView view = projects.find(p.id(), users.as("dispatch"));
            if (view.statusLight() != StatusLight.GREEN) {
                assertThat(view.lightReason()).as(view.name()).isNotBlank();
            }
            if (view.statusLight() == StatusLight.YELLOW) {
                yellow.add(view);
            }
        }
        assertThat(yellow).as("the demo's projects with little float left").isNotEmpty();
        assertThat(yellow)
                .allSatisfy(view -> assertThat(view.lightReason())
                        .as(view.name())
                        .containsPattern("^(总时差不超过5个工作日：[A-Z]\\d+ \\S+ 余\\d个工作日|临近最迟完成日，进度落后：|月度目标逾期后补完：)"));
    }

    private List<ProjectSummary> demoProjects() {
        return DemoProjects.PROJECTS
                .lines()
                .map(line -> project(line.split("\\|", -1)[0]))
                .toList();
    }

    private ProjectSummary project(String name) {
        return projects.search(
                        new ProjectFilter(name, null, null, null, null, null, null),
                        users.as("dispatch"),
                        new PageQuery(0, 1))
                .content()
                .getFirst();
    }
}
