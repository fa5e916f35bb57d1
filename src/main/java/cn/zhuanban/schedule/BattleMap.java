package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.shared.PageQuery;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district wall chart (挂图作战): every visible key project a row, months as columns, each cell the month's
 * targets and their light. Projects come from the project module's scoped search.
 */
@Service
@Transactional(readOnly = true)
public class BattleMap {

    /** At most this many projects on one wall; the project search pages at 200. */
    static final int MAX_ROWS = PageQuery.MAX_SIZE;

    public record Line(ProjectSummary project, List<MonthlyTargets> months) {}

    private final ProjectManagement projects;
    private final PlanManagement plans;

    BattleMap(ProjectManagement projects, PlanManagement plans) {
        this.projects = projects;
        this.plans = plans;
    }

    public List<Line> wall(ProjectFilter filter, CurrentUser user, YearMonth first, int months) {
        List<Line> lines = new ArrayList<>();
        for (ProjectSummary project :
                projects.search(filter, user, PageQuery.of(0, MAX_ROWS)).content()) {
            PlanSheet sheet = plans.sheetOfVisible(project.id(), project.name());
            List<MonthlyTargets> cells = new ArrayList<>(months);
            for (int m = 0; m < months; m++) {
                YearMonth month = first.plusMonths(m);
                cells.add(sheet == null ? new MonthlyTargets(month, List.of(), null) : MonthlyTargets.of(sheet, month));
            }
            lines.add(new Line(project, cells));
        }
        return lines;
    }
}
