package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.ImportResult;
import cn.zhuanban.investmentreport.InvestmentImport;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page, the template (pre-filled with the user's projects that still owe this month's
 * report) and the upload, which shows every bad row with its reasons when nothing was imported.
 */
@Controller
@RequestMapping("/investment-reports/import")
class InvestmentImportController {

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

    private final InvestmentImport importer;
    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;
    private final MessageSource messages;
    private final FormErrors formErrors;

    InvestmentImportController(
            InvestmentImport importer,
            InvestmentQueries queries,
            InvestmentReporting reporting,
            MessageSource messages,
            FormErrors formErrors) {
        this.importer = importer;
        this.queries = queries;
        this.reporting = reporting;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    /** A bad row as the page shows it: row number, column label and the reason in the user's language. */
    record BadRow(int row, String column, String reason) {}

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_IMPORT + "')")
    String page(Model model) {
        model.addAttribute("errors", Map.of());
        return "investmentreport/import";
    }

    @GetMapping("/template")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_IMPORT + "')")
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
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_IMPORT + "')")
    String upload(@RequestParam("file") MultipartFile file, CurrentUser user, Locale locale, Model model)
            throws IOException {
        try {
            if (file.isEmpty() || file.getSize() > InvestmentImport.MAX_BYTES) {
                throw new BusinessException(ErrorCode.INVESTMENT_IMPORT_FILE, "file", 5000);
            }
            try (InputStream in = file.getInputStream()) {
                ImportResult result = importer.importXlsx(in, file.getOriginalFilename(), user);
                model.addAttribute("result", result);
                model.addAttribute(
                        "badRows",
                        result.errors().stream()
                                .map(e -> new BadRow(
                                        e.row(),
                                        messages.getMessage(
                                                "investment.column." + e.column(), null, e.column(), locale),
                                        messages.getMessage(
                                                e.messageKey(), e.args().toArray(), e.messageKey(), locale)))
                                .toList());
            }
            model.addAttribute("errors", Map.of());
        } catch (BusinessException e) {
            model.addAttribute("errors", formErrors.of(e));
        }
        return "investmentreport/import";
    }
}
