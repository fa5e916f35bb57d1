package cn.zhuanban.project.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.project.TaskForceSummary;
import cn.zhuanban.shared.Pages;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The task force ledger (服务工作专班台账) as XLSX: the list's search and data scope, every page. */
@Controller
class TaskForceExportController {

    private static final List<String> HEADERS = List.of(
            "task-force.name",
            "task-force.lead",
            "task-force.chief-service-officer",
            "task-force.members",
            "task-force.departments",
            "nav.projects");

    private final TaskForceManagement taskForces;
    private final MessageSource messages;

    TaskForceExportController(TaskForceManagement taskForces, MessageSource messages) {
        this.taskForces = taskForces;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/task-forces/export")
    @PreAuthorize("hasAuthority('" + Permissions.TASK_FORCE_VIEW + "') and hasAuthority('" + Permissions.PROJECT_EXPORT
            + "')")
    void export(@RequestParam(required = false) String q, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "nav.task-forces", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                HEADERS.stream()
                        .map(key -> LedgerText.of(messages, key, locale))
                        .toList())) {
            Pages.each(
                    page -> taskForces.search(q, user, page),
                    (TaskForceSummary t) -> xlsx.row(
                            t.name(),
                            t.leadName(),
                            t.chiefServiceOfficerName(),
                            t.memberCount(),
                            t.departmentCount(),
                            t.projectCount()));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
