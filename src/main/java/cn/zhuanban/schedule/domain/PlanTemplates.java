package cn.zhuanban.schedule.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan templates, stored as rows so that administrators change them as data. */
@Repository
public class PlanTemplates {

    /** A template row; {@code predecessors} lists keys separated by commas (finish-to-start, no lag). */
    public record TemplateRow(
            String taskKey,
            String name,
            String kind,
            String parentKey,
            int duration,
            String department,
            String predecessors) {

        public TemplateRow withDepartment(String to) {
            return new TemplateRow(taskKey, name, kind, parentKey, duration, to, predecessors);
        }
    }

    private final JdbcClient jdbc;

    PlanTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TemplateRow> rows(String template) {
        return jdbc.sql("""
                        select task_key, name, kind, parent_key, duration, department, predecessors
                        from plan_template_row where template = :template order by row_index""")
                .param("template", template)
                .query(TemplateRow.class)
                .list();
    }

    /** Replaces every row of a template (creates it when new), in the order given. */
    public void replace(String template, List<TemplateRow> rows) {
        jdbc.sql("delete from plan_template_row where template = :template")
                .param("template", template)
                .update();
        int index = 1;
        for (TemplateRow r : rows) {
            jdbc.sql("""
                            insert into plan_template_row (template, row_index, task_key, name, kind, parent_key,
                                                           duration, department, predecessors)
                            values (:template, :index, :key, :name, :kind, :parent, :duration, :department,
                                    :predecessors)""")
                    .param("template", template)
                    .param("index", index++)
                    .param("key", r.taskKey())
                    .param("name", r.name())
                    .param("kind", r.kind())
                    .param("parent", r.parentKey())
                    .param("duration", r.duration())
                    .param("department", r.department())
                    .param("predecessors", r.predecessors())
                    .update();
        }
    }

    public List<String> names() {
        return jdbc.sql("select distinct template from plan_template_row order by template")
                .query(String.class)
                .list();
    }
}
