package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's checklist as XLSX (one project's checklist is a few dozen rows at most). */
@Controller
class ChecklistExportController {

    private static final List<String> HEADERS = List.of(
            "checklist.light",
            "checklist.kind",
            "checklist.name",
            "checklist.department",
            "checklist.responsible",
            "checklist.target",
            "checklist.submitted",
            "checklist.limit",
            "checklist.due",
            "checklist.permit-lapses-on",
            "checklist.status",
            "checklist.document-number",
            "checklist.done-on",
            "checklist.alert",
            "checklist.behind-plan",
            "checklist.note");

    private final ServiceChecklistManagement checklists;
    private final ProjectReads projects;
    private final MessageSource messages;

    ChecklistExportController(ServiceChecklistManagement checklists, ProjectReads projects, MessageSource messages) {
        this.checklists = checklists;
        this.projects = projects;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/projects/{projectId}/checklist/export")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_VIEW + "')")
    void export(@PathVariable long projectId, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String project = projects.find(projectId, user).name();
        List<ServiceItemView> items = checklists.checklist(projectId, user);
        try (XlsxWriter xlsx = new XlsxWriter(
                LedgerText.of(messages, "checklist.title", locale),
                HEADERS.stream().map(k -> LedgerText.of(messages, k, locale)).toList())) {
            for (ServiceItemView i : items) {
                xlsx.row(
                        LedgerText.of(messages, "light." + i.light(), locale),
                        LedgerText.of(messages, "checklist.kind." + i.kind(), locale),
                        i.name(),
                        i.departmentName(),
                        i.responsibleName(),
                        i.targetDate(),
                        i.submittedOn(),
                        i.limitDays() + " " + LedgerText.of(messages, "checklist.unit." + i.limitUnit(), locale),
                        i.limitEnds(),
                        i.permitLapsesOn(),
                        status(i, locale),
                        i.documentNumber(),
                        i.doneOn(),
                        i.alert() == null ? null : LedgerText.of(messages, "checklist.alert." + i.alert(), locale),
                        i.behindPlan() ? LedgerText.of(messages, "checklist.behind-plan.yes", locale) : null,
                        i.note());
            }
            Downloads.xlsx(
                    response, project + "-" + LedgerText.of(messages, "checklist.title", locale) + ".xlsx", xlsx);
        }
    }

    /** 已办结 alone would hide that an issued permit still waits for the work, which the lapse column dates. */
    private String status(ServiceItemView i, Locale locale) {
        String status = LedgerText.of(messages, "checklist.status." + i.status(), locale);
        return i.awaitingWorkStart()
                ? status + " · " + LedgerText.of(messages, "checklist.awaiting-work-start", locale)
                : status;
    }
}
