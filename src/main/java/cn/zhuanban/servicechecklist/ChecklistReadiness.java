package cn.zhuanban.servicechecklist;

import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StageReadiness;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checklist's open items when a project is about to be set under construction or in production (audit D3): the
 * project form warns with their number and asks to confirm. Pending and in-progress items count; done and not
 * applicable ones do not. One count on the project's index.
 */
@Component
class ChecklistReadiness implements StageReadiness {

    private final JdbcClient jdbc;

    ChecklistReadiness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenWork> openBefore(long projectId, ProjectStage stage) {
        long open = jdbc.sql("select count(*) from service_item where project_id = :p and status in (:open)")
                .param("p", projectId)
                .param("open", List.of(ServiceItemStatus.PENDING.name(), ServiceItemStatus.IN_PROGRESS.name()))
                .query(Long.class)
                .single();
        return open == 0 ? List.of() : List.of(new OpenWork("project.stage-open.checklist-items", open));
    }
}
