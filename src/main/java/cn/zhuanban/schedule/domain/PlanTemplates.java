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
            String predecessors) {}

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

    public List<String> names() {
        return jdbc.sql("select distinct template from plan_template_row order by template")
                .query(String.class)
                .list();
    }
}
