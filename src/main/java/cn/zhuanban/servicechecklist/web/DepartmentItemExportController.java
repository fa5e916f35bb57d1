package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.servicechecklist.DepartmentItemFilter;
import cn.zhuanban.servicechecklist.ItemLateness;
import cn.zhuanban.servicechecklist.ItemLedger;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.servicechecklist.ServiceItemView;
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

/** The service items of the user's list as XLSX: the list's filter and scope (ItemLedger), page by page. */
@Controller
class DepartmentItemExportController {

    private static final List<String> HEADERS = List.of(
            "checklist.light",
            "checklist.project",
            "checklist.name",
            "checklist.department",
            "checklist.responsible",
            "checklist.submitted",
            "checklist.limit",
            "checklist.due",
            "checklist.permit-lapses-on",
            "checklist.status",
            "checklist.alert",
            "checklist.target",
            "checklist.behind-plan");

    private final ItemLedger ledger;
    private final MessageSource messages;

    DepartmentItemExportController(ItemLedger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/service-items/export")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_VIEW + "')")
    void export(
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ServiceItemStatus status,
            @RequestParam(required = false) ItemLateness late,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long projectId,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        DepartmentStaff.requireList(user);
        DepartmentItemFilter filter = DepartmentStaff.filter(q, status, open, late, departmentId, projectId, user);
        String title = LedgerText.of(
                messages,
                ItemLedger.departmentOnly(user) ? "checklist.department-items" : "checklist.scope-items",
                locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                HEADERS.stream().map(k -> LedgerText.of(messages, k, locale)).toList())) {
            Pages.each(
                    slice -> ledger.page(user, filter, slice),
                    (ServiceItemView i) -> xlsx.row(
                            LedgerText.of(messages, "light." + i.light(), locale),
                            i.projectName(),
                            i.name(),
                            i.departmentName(),
                            i.responsibleName(),
                            i.submittedOn(),
                            i.limitDays() + " " + LedgerText.of(messages, "checklist.unit." + i.limitUnit(), locale),
                            i.limitEnds(),
                            i.permitLapsesOn(),
                            status(i, locale),
                            i.alert() == null ? null : LedgerText.of(messages, "checklist.alert." + i.alert(), locale),
                            i.targetDate(),
                            i.behindPlan() ? LedgerText.of(messages, "checklist.behind-plan.yes", locale) : null));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
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
