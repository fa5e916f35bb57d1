package cn.zhuanban.enterpriseplan.web;

import cn.zhuanban.enterpriseplan.EnterprisePlanLists;
import cn.zhuanban.enterpriseplan.PlanStatus;
import cn.zhuanban.enterpriseplan.PlanViews.PlanSummary;
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The plan list as XLSX (same filters and scope as the page) and an approved plan as DOCX. */
@Controller
class EnterprisePlanExportController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final List<String> HEADERS = List.of(
            "enterpriseplan.enterprise",
            "enterpriseplan.latest-version",
            "enterpriseplan.status",
            "enterpriseplan.approved-version",
            "enterpriseplan.measures",
            "enterpriseplan.updated-at");

    private final EnterprisePlanLists lists;
    private final EnterprisePlanDocx docx;
    private final MessageSource messages;

    EnterprisePlanExportController(EnterprisePlanLists lists, EnterprisePlanDocx docx, MessageSource messages) {
        this.lists = lists;
        this.docx = docx;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/enterprise-plans/export")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_VIEW + "')")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PlanStatus status,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        String title = text("enterpriseplan.title", locale);
        try (XlsxWriter xlsx =
                new XlsxWriter(title, HEADERS.stream().map(k -> text(k, locale)).toList())) {
            Pages.each(slice -> lists.plans(q, status, user, slice), (PlanSummary p) -> {
                xlsx.row(
                        p.enterpriseName(),
                        p.latestNumber(),
                        text("enterpriseplan.status." + p.latestStatus(), locale),
                        p.approvedNumber(),
                        p.measures(),
                        p.updatedAt());
            });
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /** The approved version (the last one unless {@code version} names another) as DOCX. */
    @AuditedExport
    @GetMapping("/enterprise-plans/{id}/plan.docx")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_PLAN_VIEW + "')")
    void docx(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Integer number = version;
        if (number == null) {
            number = lists.plan(id, null, user).approvedNumber();
        }
        if (number == null) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_NOT_APPROVED, (String) null);
        }
        PlanView plan = lists.plan(id, number, user);
        if (!plan.version().approved()) {
            throw new BusinessException(ErrorCode.ENTERPRISE_PLAN_NOT_APPROVED, (String) null);
        }
        response.setContentType(DOCX);
        response.setHeader(
                "Content-Disposition",
                Downloads.attachment(text("enterpriseplan.docx.title", locale, plan.enterpriseName()) + "-v"
                        + plan.version().number() + ".docx"));
        docx.write(plan, locale, response.getOutputStream());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
