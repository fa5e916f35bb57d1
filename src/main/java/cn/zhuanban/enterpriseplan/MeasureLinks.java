package cn.zhuanban.enterpriseplan;

import cn.zhuanban.enterpriseplan.PlanViews.LinkView;
import cn.zhuanban.enterpriseplan.domain.PlanRows.LinkRow;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.ProjectSummary;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketState;
import cn.zhuanban.ticket.TicketView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A measure's links to tickets, service items and talent demands: parsed from the form, checked
 * through those modules' query APIs (the thing exists, the editor may see it, and it belongs to the
 * plan's enterprise), and resolved to their current state for the plan page.
 */
@Component
class MeasureLinks {

    private final TicketLists tickets;
    private final ServiceChecklistManagement checklists;
    private final TalentManagement talent;
    private final ProjectReads projects;

    MeasureLinks(
            TicketLists tickets,
            ServiceChecklistManagement checklists,
            TalentManagement talent,
            ProjectReads projects) {
        this.tickets = tickets;
        this.checklists = checklists;
        this.talent = talent;
        this.projects = projects;
    }

    /** The links of a form, each checked; refuses naming the field and the id at fault. */
    List<LinkRow> checked(MeasureForm form, long enterpriseId, CurrentUser user) {
        List<LinkRow> links = new ArrayList<>();
        links.addAll(parse(form.ticketIds(), LinkKind.TICKET, "ticketIds"));
        links.addAll(parse(form.serviceItemIds(), LinkKind.SERVICE_ITEM, "serviceItemIds"));
        links.addAll(parse(form.talentDemandIds(), LinkKind.TALENT_DEMAND, "talentDemandIds"));
        for (LinkRow link : links) {
            if (!belongs(link, enterpriseId, user)) {
                // the id as written: a number argument would be grouped ("99,999")
                throw new BusinessException(
                        ErrorCode.ENTERPRISE_PLAN_LINK, field(link.kind()), String.valueOf(link.targetId()));
            }
        }
        return links;
    }

    /** Where each link stands now, as far as the viewer may see it. */
    List<LinkView> resolve(List<LinkRow> links, CurrentUser viewer) {
        return links.stream().map(l -> resolve(l, viewer)).toList();
    }

    private LinkView resolve(LinkRow link, CurrentUser viewer) {
        try {
            return switch (link.kind()) {
                case TICKET -> {
                    TicketView t = tickets.find(link.targetId(), viewer);
                    yield new LinkView(
                            link.kind(),
                            link.targetId(),
                            t.title(),
                            "ticket.state." + t.state(),
                            t.state() == TicketState.CLOSED);
                }
                case SERVICE_ITEM -> {
                    ServiceItemView i = checklists.find(link.targetId(), viewer);
                    yield new LinkView(
                            link.kind(),
                            link.targetId(),
                            i.projectName() + " · " + i.name(),
                            "checklist.status." + i.status(),
                            !i.status().open());
                }
                case TALENT_DEMAND -> {
                    DemandView d = talent.demand(viewer, link.targetId());
                    yield new LinkView(
                            link.kind(),
                            link.targetId(),
                            d.position() + " " + d.hired() + "/" + d.headcount(),
                            "talent.demand-status." + d.status(),
                            d.status() == DemandStatus.CLOSED);
                }
            };
        } catch (NotFoundException e) {
            return new LinkView(link.kind(), link.targetId(), null, "enterpriseplan.link.hidden", false);
        }
    }

    private boolean belongs(LinkRow link, long enterpriseId, CurrentUser user) {
        try {
            return switch (link.kind()) {
                case TICKET -> ofEnterprise(tickets.find(link.targetId(), user).projectId(), enterpriseId);
                case SERVICE_ITEM ->
                    ofEnterprise(checklists.find(link.targetId(), user).projectId(), enterpriseId);
                case TALENT_DEMAND -> talent.demand(user, link.targetId()).enterpriseId() == enterpriseId;
            };
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean ofEnterprise(long projectId, long enterpriseId) {
        return projects.summary(projectId)
                .map(ProjectSummary::enterpriseId)
                .filter(e -> e == enterpriseId)
                .isPresent();
    }

    private static List<LinkRow> parse(String text, LinkKind kind, String field) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.strip().split("[\\s,，、;；]+")) {
            String id = part.startsWith("#") ? part.substring(1) : part;
            if (!id.matches("\\d{1,18}")) {
                throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_LINK, field, part);
            }
            ids.add(Long.parseLong(id));
        }
        return ids.stream().map(id -> new LinkRow(kind, id)).toList();
    }

    private static String field(LinkKind kind) {
        return switch (kind) {
            case TICKET -> "ticketIds";
            case SERVICE_ITEM -> "serviceItemIds";
            case TALENT_DEMAND -> "talentDemandIds";
        };
    }
}
