package cn.zhuanban.investment.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investment.InvestmentRegistry;
import cn.zhuanban.investment.InvestmentViews.PartnerView;
import cn.zhuanban.investment.InvestmentViews.ReferrerView;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
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

/**
 * The partner and referrer registries as XLSX, page by page, under the investment module's export
 * permission like the lead ledger they serve, for those who may open the registries. Each file holds the columns its list shows: the
 * referrers' phone numbers and the notes stay on the edit forms.
 */
@Controller
class RegistryExportController {

    private static final String EXPORT =
            RegistryController.VIEW + " and hasAuthority('" + Permissions.INVESTMENT_LEAD_EXPORT + "')";

    private final InvestmentRegistry registry;
    private final MessageSource messages;

    RegistryExportController(InvestmentRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/investment/partners/export")
    @PreAuthorize(EXPORT)
    void partners(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = LedgerHeaders.of(
                messages,
                locale,
                "attraction.partner.name",
                "attraction.partner.kind",
                "attraction.partner.contact-name",
                "attraction.partner.contact-phone",
                "attraction.funnel.leads",
                "attraction.funnel.signed");
        try (XlsxWriter xlsx = new XlsxWriter(LedgerText.of(messages, "attraction.partners", locale), headers)) {
            Pages.each(
                    slice -> registry.partners(q, slice),
                    (PartnerView p) -> xlsx.row(
                            p.name(),
                            LedgerText.of(messages, "attraction.partner-kind." + p.kind(), locale),
                            p.contactName(),
                            p.contactPhone(),
                            p.leads(),
                            p.signed()));
            Downloads.xlsx(response, LedgerText.of(messages, "attraction.partners", locale) + ".xlsx", xlsx);
        }
    }

    @AuditedExport
    @GetMapping("/investment/referrers/export")
    @PreAuthorize(EXPORT)
    void referrers(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = LedgerHeaders.of(
                messages,
                locale,
                "attraction.referrer.name",
                "attraction.referrer.organisation",
                "attraction.referrer.registered-on",
                "attraction.funnel.leads");
        try (XlsxWriter xlsx = new XlsxWriter(LedgerText.of(messages, "attraction.referrers", locale), headers)) {
            Pages.each(
                    slice -> registry.referrers(q, slice),
                    (ReferrerView r) -> xlsx.row(r.name(), r.organisation(), r.registeredOn(), r.leads()));
            Downloads.xlsx(response, LedgerText.of(messages, "attraction.referrers", locale) + ".xlsx", xlsx);
        }
    }
}
