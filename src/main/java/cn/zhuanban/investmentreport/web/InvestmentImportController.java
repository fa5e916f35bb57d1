package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.imports.ImportJobPages;
import cn.zhuanban.imports.ImportPage;
import cn.zhuanban.investmentreport.InvestmentImport;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
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
 * accepted one becomes a background job ({@link ImportJobPages}), and the page of that job shows its progress
 * (polled with htmx while it runs) and then the count imported or every bad row with its reasons. The page also
 * lists the user's own jobs, so a result is found again after leaving the page.
 */
@Controller
@RequestMapping("/investment-reports/import")
class InvestmentImportController {

    private static final String IMPORT = "hasAuthority('" + Permissions.INVESTMENT_IMPORT + "')";

    /** The kind's name as {@code InvestmentImportKind} stores it with each job. */
    static final ImportPage PAGE = new ImportPage(
            InvestmentImport.KIND, "/investment-reports/import", "investmentreport/import", "investment.import.ok");

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

    private final ImportJobPages pages;
    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;
    private final MessageSource messages;

    InvestmentImportController(
            ImportJobPages pages, InvestmentQueries queries, InvestmentReporting reporting, MessageSource messages) {
        this.pages = pages;
        this.queries = queries;
        this.reporting = reporting;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(IMPORT)
    String page(@RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        return pages.page(PAGE, page, user, model);
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

    @PostMapping
    @PreAuthorize(IMPORT)
    String upload(@RequestParam("file") MultipartFile file, CurrentUser user, Model model) throws IOException {
        return pages.upload(PAGE, file, user, model);
    }

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
        return pages.job(PAGE, id, page, user, locale, request, response, model);
    }
}
