package cn.zhuanban.dashboard.reports;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The generated reports page: choose a report and a format, watch the progress (the job list polls
 * itself with htmx while a job is unfinished) and download the finished files.
 */
@Controller
class ReportController {

    private static final String GENERATE = "hasAuthority('" + Permissions.REPORT_GENERATE + "')";

    private final GeneratedReports reports;
    private final FormErrors formErrors;

    ReportController(GeneratedReports reports, FormErrors formErrors) {
        this.reports = reports;
        this.formErrors = formErrors;
    }

    @GetMapping("/reports")
    @PreAuthorize(GENERATE)
    String page(CurrentUser user, Model model) {
        return page(user, model, null, reports.defaultMonth(), Map.of());
    }

    /**
     * Queues a report. The month is the monthly dispatch report's (the weekly briefing is always this week's); a
     * month still ahead shows the form again with the reason beside the month.
     */
    @PostMapping("/reports")
    @PreAuthorize(GENERATE)
    String request(
            @RequestParam ReportKind kind,
            @RequestParam ReportFormat format,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            CurrentUser user,
            Locale locale,
            Model model) {
        try {
            reports.request(kind, format, month, user, locale);
        } catch (BusinessException e) {
            return page(user, model, kind, month, formErrors.of(e));
        }
        return "redirect:/reports";
    }

    private String page(CurrentUser user, Model model, ReportKind kind, YearMonth month, Map<String, String> errors) {
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("kind", kind);
        model.addAttribute("month", month);
        model.addAttribute("latestMonth", reports.latestMonth());
        model.addAttribute("errors", errors);
        jobs(user, model);
        return "dashboard/reports";
    }

    /** The job list alone, for htmx polling. */
    @GetMapping("/reports/jobs")
    @PreAuthorize(GENERATE)
    String list(CurrentUser user, Model model) {
        jobs(user, model);
        return "dashboard/reports :: jobs";
    }

    @AuditedExport
    @GetMapping("/reports/jobs/{id}/file")
    @PreAuthorize(GENERATE)
    void download(@PathVariable long id, CurrentUser user, HttpServletResponse response) throws IOException {
        ReportJob job = reports.find(id, user);
        try (InputStream in = reports.open(id, user)) {
            response.setContentType(job.format().contentType());
            response.setHeader("Content-Disposition", Downloads.attachment(job.fileName()));
            in.transferTo(response.getOutputStream());
        }
    }

    private void jobs(CurrentUser user, Model model) {
        List<ReportJob> jobs = reports.mine(user);
        model.addAttribute("jobs", jobs);
        model.addAttribute("pending", jobs.stream().anyMatch(j -> !j.finished()));
    }
}
