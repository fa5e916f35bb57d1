package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.PlanTemplates;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a project a full standard plan in one step (domain §5): the template's rows and links, its last stage goal
 * (production) fixed on the project's target date, so that the backward pass yields every row's "must start by".
 */
@Service
@Transactional
public class PlanTemplating {

    public static final String INDUSTRIAL = "industrial";

    private final PlanTemplates templates;
    private final PlanReplacement replacement;
    private final ProjectReads projects;
    private final Clock clock;

    PlanTemplating(PlanTemplates templates, PlanReplacement replacement, ProjectReads projects, Clock clock) {
        this.templates = templates;
        this.replacement = replacement;
        this.projects = projects;
        this.clock = clock;
    }

    public PlanSheet apply(long projectId, CurrentUser user, Integer version, String template) {
        ProjectView project = projects.find(projectId, user);
        if (project.targetFinish() == null) {
            throw new BusinessException(ErrorCode.SCHEDULE_INPUT, "targetFinish", "targetFinish");
        }
        List<PlanTemplates.TemplateRow> source = templates.rows(template);
        if (source.isEmpty()) {
            throw new BusinessException(
                    ErrorCode.SCHEDULE_INPUT,
                    "template",
                    new DefaultMessageSourceResolvable(new String[] {"plan.error.template"}, new Object[] {template}));
        }
        String last = source.stream()
                .filter(r -> r.kind().equals(PlanRow.MILESTONE))
                .reduce((a, b) -> b)
                .map(PlanTemplates.TemplateRow::taskKey)
                .orElse(null);
        LocalDate start = project.start() != null ? project.start() : LocalDate.now(clock);
        PlanContent content = content(source, start, project.targetFinish());
        List<PlanRow> rows = content.rows().stream()
                .map(r -> r.taskKey().equals(last) ? r.withConstraint("FNLT", project.targetFinish()) : r)
                .toList();
        return replacement.replace(
                projectId,
                user,
                version,
                new PlanContent(start, project.targetFinish(), rows, content.links()),
                "plan.template-applied");
    }

    /** A template's rows as plan rows and finish-to-start links. */
    static PlanContent content(List<PlanTemplates.TemplateRow> source, LocalDate start, LocalDate targetFinish) {
        List<PlanRow> rows = new ArrayList<>();
        List<PlanLink> links = new ArrayList<>();
        for (PlanTemplates.TemplateRow r : source) {
            rows.add(PlanRow.of(r.taskKey(), r.name(), r.kind(), r.parentKey(), r.duration(), r.department()));
            if (r.predecessors() != null && !r.predecessors().isBlank()) {
                for (String from : r.predecessors().split(",")) {
                    links.add(new PlanLink(from.trim(), r.taskKey(), "FS", 0));
                }
            }
        }
        return new PlanContent(start, targetFinish, rows, links);
    }

    public List<String> templates() {
        return templates.names();
    }
}
