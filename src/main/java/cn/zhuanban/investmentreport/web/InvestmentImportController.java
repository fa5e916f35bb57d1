package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.ImportJob;
import cn.zhuanban.investmentreport.ImportResult.RowError;
import cn.zhuanban.investmentreport.InvestmentImportJobs;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page, the template (pre-filled with the user's projects that still owe this month's
 * report) and the upload. A file that cannot be imported at all is refused at the field at once; an
 * accepted one becomes a background job, and the page of that job shows its progress (polled with
 * htmx while it runs) and then the count imported or every bad row with its reasons. The page also
 * lists the user's own jobs, so a result is found again after leaving the page.
 */
@Controller
@RequestMapping("/investment-reports/import")
class InvestmentImportController {

    private static final String IMPORT = "hasAuthority('" + Permissions.INVESTMENT_IMPORT + "')";
    private static final int JOBS_PER_PAGE = 10;

    static final List<String> HEADERS = List.of(
            "investment.project-id",
            "project.name",
            "investment.year",
            "investment.month",
            "investment.this-month",
            "investment.year-to-date",
            "investment.since-start",
            "investment.over-total-explanation",
            "investment.progress-note");

    private final InvestmentImportJobs jobs;
    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;
    private final MessageSource messages;
    private final FormErrors formErrors;
    private final Clock clock;

    InvestmentImportController(
            InvestmentImportJobs jobs,
            InvestmentQueries queries,
            InvestmentReporting reporting,
            MessageSource messages,
            FormErrors formErrors,
            Clock clock) {
        this.jobs = jobs;
        this.queries = queries;
        this.reporting = reporting;
        this.messages = messages;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /** A bad row as the page shows it: row number, column label and the reason in the user's language. */
    record BadRow(int row, String column, String reason) {}

    @GetMapping
    @PreAuthorize(IMPORT)
    String page(@RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        model.addAttribute("errors", Map.of());
        return importPage(page, user, model);
    }

    @AuditedExport
    @GetMapping("/template")
    @PreAuthorize(IMPORT)
    void template(CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        YearMonth month = reporting.currentMonth();
        String title = messages.getMessage("investment.template", null, locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                HEADERS.stream()
                        .map(key -> messages.getMessage(key, null, locale))
                        .toList())) {
            Pages.each(
                    q -> queries.missing(month, user, q),
                    p -> xlsx.row(p.projectId(), p.projectName(), month.getYear(), month.getMonthValue()));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /** Refusals the user can act on come back at the field; an accepted file is queued and its job page shown. */
    @PostMapping
    @PreAuthorize(IMPORT)
    String upload(@RequestParam("file") MultipartFile file, CurrentUser user, Model model) throws IOException {
        try {
            long id = jobs.upload(file.getOriginalFilename(), file.getBytes(), user);
            return "redirect:/investment-reports/import/jobs/" + id;
        } catch (BusinessException e) {
            model.addAttribute("errors", formErrors.of(e));
            return importPage(null, user, model);
        }
    }

    /** The page with one of the user's own jobs; to htmx, the job's part alone, which polls itself until the end. */
    @GetMapping("/jobs/{id}")
    @PreAuthorize(IMPORT)
    String job(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            CurrentUser user,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ImportJob job = jobs.job(id, user);
        model.addAttribute("job", job);
        model.addAttribute("badRows", job.problems() == 0 ? List.of() : badRows(jobs.badRows(id, user), locale));
        model.addAttribute("zone", clock.getZone());
        if (Paging.isHtmx(request)) {
            if (job.finished()) {
                // The list of the user's imports below still shows the job running: it fetches itself again.
                response.setHeader("HX-Trigger", "import-finished");
            }
            return "investmentreport/import :: job";
        }
        model.addAttribute("errors", Map.of());
        return importPage(page, user, model);
    }

    /** The whole page: the form, whatever the model holds already, and a page of the user's jobs. */
    private String importPage(Integer page, CurrentUser user, Model model) {
        model.addAttribute("jobs", jobs.mine(user, PageQuery.of(page, JOBS_PER_PAGE)));
        model.addAttribute("zone", clock.getZone());
        return "investmentreport/import";
    }

    private List<BadRow> badRows(List<RowError> errors, Locale locale) {
        return errors.stream()
                .map(e -> new BadRow(
                        e.row(),
                        e.column() == null
                                ? ""
                                : messages.getMessage("investment.column." + e.column(), null, e.column(), locale),
                        messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale)))
                .toList();
    }
}
