package cn.zhuanban.investment.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentReports;
import cn.zhuanban.investment.InvestmentViews.ChannelConversion;
import cn.zhuanban.investment.InvestmentViews.FunnelStep;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funnel page's two tables (leads reaching each stage, conversion by channel) as XLSX, for the same period and
 * the same leads as the page: the same defaults for a missing date, the user's lead scope.
 */
@Controller
class FunnelExportController {

    private final InvestmentReports reports;
    private final MessageSource messages;
    private final Clock clock;

    FunnelExportController(InvestmentReports reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @AuditedExport
    @GetMapping("/investment/funnel/export")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_LEAD_EXPORT + "')")
    void export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser user,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? PipelineController.defaultFrom(end) : from;
        String title = LedgerText.of(messages, "attraction.funnel", locale) + " " + start + "~" + end;
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "attraction.lead.stage",
                        "attraction.funnel.reached",
                        "attraction.funnel.conversion-percent"))) {
            for (FunnelStep s : reports.funnel(user, start, end)) {
                xlsx.row(
                        LedgerText.of(messages, "attraction.stage." + s.stage(), locale),
                        s.reached(),
                        s.fromPrevious() == null ? null : s.fromPrevious().percent());
            }
            xlsx.row();
            xlsx.row(LedgerHeaders.of(
                            messages,
                            locale,
                            "attraction.lead.channel",
                            "attraction.funnel.leads",
                            "attraction.funnel.signed",
                            "attraction.funnel.conversion-percent")
                    .toArray());
            for (ChannelConversion c : reports.byChannel(user, start, end)) {
                xlsx.row(
                        LedgerText.of(messages, "attraction.channel." + c.channel(), locale),
                        c.leads(),
                        c.signed(),
                        c.rate() == null ? null : c.rate().percent());
            }
            xlsx.row();
            xlsx.row(LedgerText.of(messages, "attraction.funnel.from", locale), start);
            xlsx.row(LedgerText.of(messages, "attraction.funnel.to", locale), end);
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }
}
