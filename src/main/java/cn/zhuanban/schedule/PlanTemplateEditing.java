package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.PlanTemplates;
import cn.zhuanban.schedule.domain.PlanTemplates.TemplateRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators edit the plan templates used for reverse scheduling: rows (stages, tasks, stage goals), durations
 * and finish-to-start predecessors. Every change is checked as a whole plan (unique keys, parents that are stages,
 * known predecessors, no cycle) before it is stored, so a template always applies.
 */
@Service
@Transactional
public class PlanTemplateEditing {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Set<String> KINDS = Set.of(PlanRow.STAGE, PlanRow.TASK, PlanRow.MILESTONE);

    private final PlanTemplates templates;
    private final Scheduling scheduling;
    private final ApplicationEventPublisher events;
    private final RowDepartments departments;
    private final Clock clock;

    PlanTemplateEditing(
            PlanTemplates templates,
            Scheduling scheduling,
            ApplicationEventPublisher events,
            RowDepartments departments,
            Clock clock) {
        this.templates = templates;
        this.scheduling = scheduling;
        this.events = events;
        this.departments = departments;
        this.clock = clock;
    }

    /** The district's departments a template row may answer to: the plan sheet's list. */
    @Transactional(readOnly = true)
    public List<String> departments() {
        return departments.names();
    }

    /**
     * Every row of every template answering to department {@code from} answers to {@code to} instead (a department
     * renamed, or a template written with short names): one audited change per template touched.
     */
    public void renameDepartment(String from, String to) {
        for (String template : templates.names()) {
            List<TemplateRow> rows = new ArrayList<>(templates.rows(template));
            boolean touched = false;
            for (int i = 0; i < rows.size(); i++) {
                TemplateRow r = rows.get(i);
                if (from.equals(r.department())) {
                    rows.set(i, r.withDepartment(to));
                    touched = true;
                }
            }
            if (touched) {
                store(template, rows, "plan.template-department-renamed", from + " → " + to);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<String> names() {
        return templates.names();
    }

    @Transactional(readOnly = true)
    public List<TemplateRow> rows(String template) {
        List<TemplateRow> rows = templates.rows(template);
        if (rows.isEmpty()) {
            throw new NotFoundException("plan-template", template);
        }
        return rows;
    }

    /** Adds a row, or replaces the row with key {@code originalKey} (its key may change: links follow it). */
    public void saveRow(String template, String originalKey, TemplateRow row) {
        TemplateRow clean = clean(row);
        List<TemplateRow> rows = new ArrayList<>(rows(template));
        int at = indexOf(rows, originalKey);
        checkDepartment(clean, at < 0 ? null : rows.get(at));
        String summary = at < 0
                ? ChangeSummary.between(snapshot(null), snapshot(clean))
                : originalKey + " " + ChangeSummary.between(snapshot(rows.get(at)), snapshot(clean));
        if (at < 0) {
            rows.add(clean);
        } else {
            rows.set(at, clean);
            if (!clean.taskKey().equals(originalKey)) {
                rows.replaceAll(r -> renamed(r, originalKey, clean.taskKey()));
            }
        }
        store(template, rows, "plan.template-row-saved", summary);
    }

    public void removeRow(String template, String key) {
        List<TemplateRow> rows = new ArrayList<>(rows(template));
        if (!rows.removeIf(r -> r.taskKey().equals(key))) {
            throw new NotFoundException("plan-template-row", key);
        }
        if (rows.isEmpty()) {
            throw refused("key", "last-row");
        }
        rows.replaceAll(r -> renamed(r, key, null));
        store(template, rows, "plan.template-row-removed", key);
    }

    /** A new template as a copy of an existing one. */
    public void copy(String source, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (!NAME.matcher(trimmed).matches()) {
            throw refused("name", "name");
        }
        if (templates.names().contains(trimmed)) {
            throw refused("name", "name-taken");
        }
        store(trimmed, rows(source), "plan.template-copied", source + " → " + trimmed);
    }

    private void store(String template, List<TemplateRow> rows, String action, String summary) {
        check(rows);
        templates.replace(template, rows);
        events.publishEvent(new PlanTemplateChanged(Actor.current(), action, template, summary));
    }

    /** Schedules the template as a plan on its own: refuses what a project could not apply. */
    private void check(List<TemplateRow> rows) {
        LocalDate today = LocalDate.now(clock);
        PlanContent content = PlanTemplating.content(rows, today, null);
        ProjectPlan plan = ProjectPlan.start(0, today, null);
        for (PlanRow r : content.rows()) {
            plan.add(r.withParent(null), clock.instant());
        }
        for (PlanRow r : content.rows()) {
            plan.change(r.taskKey(), x -> x.withParent(r.parentKey()), clock.instant());
        }
        for (PlanRow r : content.rows()) {
            plan.predecessors(
                    r.taskKey(),
                    content.links().stream()
                            .filter(l -> l.toKey().equals(r.taskKey()))
                            .toList(),
                    clock.instant());
        }
        scheduling.run(PlanRequests.of(plan), scheduling.construction(false));
    }

    /**
     * The plan sheet's rule for a row's department ({@link RowDepartments}): one of the district's, none for a stage;
     * a value the row already held (kept from before) may stay as it is.
     */
    private void checkDepartment(TemplateRow row, TemplateRow before) {
        String department = row.department();
        if (department == null || (before != null && department.equals(before.department()))) {
            return;
        }
        departments.forNewRow(row.taskKey(), PlanRow.STAGE.equals(row.kind()), department);
    }

    private static TemplateRow clean(TemplateRow r) {
        String key = r.taskKey() == null ? "" : r.taskKey().trim();
        String name = r.name() == null ? "" : r.name().trim();
        if (key.length() > TypedRows.KEY_MAX || !TypedRows.KEY.matcher(key).matches()) {
            throw refused("taskKey", "key");
        }
        if (name.isEmpty() || name.length() > 200) {
            throw refused("name", "row-name");
        }
        if (!KINDS.contains(r.kind())) {
            throw refused("kind", "kind");
        }
        if (r.duration() < 0 || r.duration() > TypedRows.MAX_DURATION) {
            throw refused("duration", "duration");
        }
        String predecessors = blankToNull(r.predecessors());
        if (predecessors != null) {
            predecessors = String.join(",", List.of(predecessors.split("[,，\\s]+")));
        }
        return new TemplateRow(
                key,
                name,
                r.kind(),
                blankToNull(r.parentKey()),
                PlanRow.TASK.equals(r.kind()) ? r.duration() : 0,
                blankToNull(r.department()),
                PlanRow.STAGE.equals(r.kind()) ? null : predecessors);
    }

    /**
     * What the audit log compares of a template row before and after it is saved, so that the summary names the value
     * that was there ({@code C01 duration: 20 → 25}); all unset for a row that was not there.
     */
    private static Map<String, Object> snapshot(TemplateRow r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", r == null ? null : r.taskKey());
        fields.put("name", r == null ? null : ChangeSummary.typed(r.name()));
        fields.put("kind", r == null ? null : r.kind());
        fields.put("parent", r == null ? null : r.parentKey());
        fields.put("duration", r == null ? null : r.duration());
        fields.put("department", r == null ? null : r.department());
        fields.put("predecessors", r == null ? null : r.predecessors());
        return fields;
    }

    /** The row with a key renamed (or removed, when {@code to} is null) in its parent and predecessors. */
    private static TemplateRow renamed(TemplateRow r, String from, String to) {
        String parent = from.equals(r.parentKey()) ? to : r.parentKey();
        String predecessors = r.predecessors();
        if (predecessors != null) {
            List<String> list = new ArrayList<>();
            for (String p : predecessors.split(",")) {
                String k = p.trim();
                if (!k.equals(from)) {
                    list.add(k);
                } else if (to != null) {
                    list.add(to);
                }
            }
            predecessors = list.isEmpty() ? null : String.join(",", list);
        }
        return new TemplateRow(r.taskKey(), r.name(), r.kind(), parent, r.duration(), r.department(), predecessors);
    }

    private static int indexOf(List<TemplateRow> rows, String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).taskKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static BusinessException refused(String field, String reason) {
        return new BusinessException(
                ErrorCode.PLAN_FORM, field, new DefaultMessageSourceResolvable("plan.templates.error." + reason));
    }
}
