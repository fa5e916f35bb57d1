package cn.zhuanban.schedule;

import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.ProjectStageChanged;
import cn.zhuanban.project.StageReadiness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The plan's stage goals follow the project's stage (audit D3): when the project is set under construction, completed
 * or in production, the stage goal that stands for it (开工, 竣工, 投产 in the plan templates) and any earlier one passed
 * on the way is reported finished on the actual date the editor gave, so that 按期率 and the stage-goal lists count it.
 * A goal already finished keeps its date. Before such a move the project form asks what is still open in the plan:
 * the tasks before that goal, or all of them when the plan has no such goal.
 */
@Component
class StageGoalsFollowTheProject implements StageReadiness {

    /** The stage goal that stands for a project stage, by its name in the plan (templates are data, keys may vary). */
    static final Map<ProjectStage, String> GOALS = Map.of(
            ProjectStage.UNDER_CONSTRUCTION, "开工",
            ProjectStage.COMPLETED, "竣工",
            ProjectStage.IN_PRODUCTION, "投产");

    private static final String PLAN_ROWS =
            " from plan_task g join project_plan pp on pp.id = g.project_plan where pp.project_id = :p";

    private final JdbcClient jdbc;
    private final PlanProgress progress;

    StageGoalsFollowTheProject(JdbcClient jdbc, PlanProgress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @ApplicationModuleListener
    void on(ProjectStageChanged change) {
        if (change.previous() == null
                || change.changedBy() == null
                || change.stage().ordinal() <= change.previous().ordinal()) {
            return;
        }
        for (ProjectStage stage : ProjectStage.values()) {
            String goal = GOALS.get(stage);
            if (goal == null
                    || stage.ordinal() <= change.previous().ordinal()
                    || stage.ordinal() > change.stage().ordinal()) {
                continue;
            }
            // 开工 passed on the way (前期 → 投产) is dated by the day work started, not by the day of production
            LocalDate reached = stage == ProjectStage.UNDER_CONSTRUCTION && change.startedOn() != null
                    ? change.startedOn()
                    : change.on();
            openGoal(change.projectId(), goal)
                    .ifPresent(key -> progress.finish(
                            change.projectId(), key, null, reached, "项目阶段：" + goal, change.changedBy()));
        }
    }

    @Override
    public List<OpenWork> openBefore(long projectId, ProjectStage stage) {
        String goal = GOALS.get(stage);
        Integer goalRow = goal == null
                ? null
                : jdbc
                        .sql("select g.row_index" + PLAN_ROWS + " and g.kind = 'MILESTONE' and g.name = :n"
                                + " order by g.row_index")
                        .param("p", projectId)
                        .param("n", goal)
                        .query(Integer.class)
                        .list()
                        .stream()
                        .findFirst()
                        .orElse(null);
        long open = jdbc.sql("select count(*)" + PLAN_ROWS + " and g.kind = 'TASK' and g.actual_finish is null"
                        + " and (cast(:r as integer) is null or g.row_index < :r)")
                .param("p", projectId)
                .param("r", goalRow)
                .query(Long.class)
                .single();
        List<OpenWork> work = new ArrayList<>();
        if (open > 0) {
            work.add(new OpenWork("project.stage-open.plan-tasks", open));
        }
        return work;
    }

    private Optional<String> openGoal(long projectId, String goal) {
        return jdbc
                .sql("select g.task_key" + PLAN_ROWS
                        + " and g.kind = 'MILESTONE' and g.name = :n and g.actual_finish is null order by g.row_index")
                .param("p", projectId)
                .param("n", goal)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }
}
