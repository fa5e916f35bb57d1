package cn.zhuanban.serviceevaluation.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.serviceevaluation.EvaluationFilter;
import cn.zhuanban.serviceevaluation.EvaluationView;
import cn.zhuanban.serviceevaluation.ServiceEvaluationLedger;
import cn.zhuanban.serviceevaluation.ServiceRating;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ledger as XLSX: the page's filters and scope, every row. */
@Controller
class EvaluationExportController {

    private final ServiceEvaluationLedger ledger;
    private final MessageSource messages;

    EvaluationExportController(ServiceEvaluationLedger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/service-evaluations/export")
    @PreAuthorize("hasAuthority('" + Permissions.EVALUATION_VIEW + "')")
    void export(
            @RequestParam(required = false) Long taskForceId,
            @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to,
            @RequestParam(required = false) ServiceRating rating,
            @RequestParam(required = false) String q,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        EvaluationFilter filter = ledger.applied(new EvaluationFilter(taskForceId, projectId, from, to, rating, q));
        String title = messages.getMessage("evaluation.title", null, locale);
        var headers = LedgerHeaders.of(
                messages,
                locale,
                "evaluation.month",
                "evaluation.project",
                "evaluation.enterprise",
                "evaluation.task-force",
                "evaluation.chief-service-officer",
                "evaluation.rating",
                "evaluation.responsiveness",
                "evaluation.problem-solving",
                "evaluation.attitude",
                "evaluation.comment",
                "evaluation.rated-by",
                "evaluation.rated-at",
                "evaluation.revision");
        try (XlsxWriter xlsx = new XlsxWriter(title, headers)) {
            Pages.each(
                    slice -> ledger.page(filter, user, slice),
                    (EvaluationView e) -> xlsx.row(
                            e.month().toString(),
                            e.projectName(),
                            e.enterpriseName(),
                            e.taskForceName(),
                            e.chiefServiceOfficerName(),
                            label(e.rating(), locale),
                            label(e.responsiveness(), locale),
                            label(e.problemSolving(), locale),
                            label(e.attitude(), locale),
                            e.comment(),
                            e.ratedByName(),
                            e.ratedAt(),
                            e.revision()));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    private String label(ServiceRating rating, Locale locale) {
        return rating == null ? null : messages.getMessage("evaluation.rating." + rating, null, locale);
    }
}
