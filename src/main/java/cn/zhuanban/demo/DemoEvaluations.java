package cn.zhuanban.demo;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.serviceevaluation.EvaluationForm;
import cn.zhuanban.serviceevaluation.ServiceEvaluationManagement;
import cn.zhuanban.serviceevaluation.ServiceRating;
import cn.zhuanban.shared.PageQuery;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The enterprises' monthly ratings of their task forces over the last months, counted back from the month the demo
 * is seeded (this month is left for the contacts to rate): the API plant is satisfied; the carbon-fibre project,
 * whose land supply slipped, was dissatisfied once and said why, so the ledger and the rates show a task force below
 * 100%.
 */
@Component
class DemoEvaluations {

    /** Per project (by name) the ratings of 5, 4, 3, 2 and 1 months ago; '-' none. */
    private static final String[][] RATINGS = {
        {"康元生物高端原料药项目", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "SATISFIED", "SATISFIED"},
        {"康元生物制剂研发中心项目", "-", "-", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED"},
        {"华瑞新材料高性能碳纤维项目", "-", "BASICALLY_SATISFIED", "SATISFIED", "DISSATISFIED", "BASICALLY_SATISFIED"}
    };

    private static final String DISSATISFIED_COMMENT = "土地供应一再延期，专班对供地时间没有明确答复，主体厂房至今未能开工，希望尽快协调自然资源局给出确定的供地日期。";

    private final ServiceEvaluationManagement evaluations;
    private final ProjectReads projects;
    private final DemoUsers users;
    private final Clock clock;

    DemoEvaluations(ServiceEvaluationManagement evaluations, ProjectReads projects, DemoUsers users, Clock clock) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.users = users;
        this.clock = clock;
    }

    void seed() {
        YearMonth thisMonth = YearMonth.now(clock);
        for (String username : List.of("enterprise", "enterprise2")) {
            CurrentUser contact = users.as(username);
            for (ProjectSummary project : projects.search(ProjectFilter.NONE, contact, new PageQuery(0, 50))
                    .content()) {
                for (String[] line : RATINGS) {
                    if (line[0].equals(project.name())) {
                        rate(project.id(), line, thisMonth, contact);
                    }
                }
            }
        }
    }

    private void rate(long projectId, String[] line, YearMonth thisMonth, CurrentUser contact) {
        for (int i = 1; i < line.length; i++) {
            if (line[i].equals("-")) {
                continue;
            }
            ServiceRating rating = ServiceRating.valueOf(line[i]);
            boolean dissatisfied = rating == ServiceRating.DISSATISFIED;
            EvaluationForm form = new EvaluationForm(
                    rating,
                    dissatisfied ? ServiceRating.DISSATISFIED : rating,
                    dissatisfied ? ServiceRating.DISSATISFIED : ServiceRating.SATISFIED,
                    ServiceRating.SATISFIED,
                    dissatisfied ? DISSATISFIED_COMMENT : null,
                    null);
            evaluations.recordEarlier(projectId, thisMonth.minusMonths(line.length - i), form, contact);
        }
    }
}
