package cn.zhuanban.talent.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.TalentViews.EventView;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import cn.zhuanban.talent.TalentViews.ServiceView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The talent service ledger and the recruitment events as XLSX, with the lists' filters and the
 * lists' columns, page by page. Staff ledgers: the same permission as the lists, as neither has an
 * export permission of its own and neither shows a candidate's personal data.
 */
@Controller
class RecruitmentExportController {

    private static final String STAFF = "hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')";

    private final RecruitmentManagement recruitment;
    private final UserDirectory users;
    private final MessageSource messages;

    RecruitmentExportController(RecruitmentManagement recruitment, UserDirectory users, MessageSource messages) {
        this.recruitment = recruitment;
        this.users = users;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/talent/services/export")
    @PreAuthorize(STAFF)
    void services(@ModelAttribute ServiceFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = LedgerHeaders.of(
                messages,
                locale,
                "talent.service.kind",
                "talent.service.description",
                "talent.service.owner",
                "talent.service.deadline",
                "talent.service.overdue",
                "talent.demand.status");
        try (XlsxWriter xlsx = new XlsxWriter(LedgerText.of(messages, "talent.services", locale), headers)) {
            Pages.eachPage(slice -> recruitment.services(filter, slice), rows -> writeServices(xlsx, rows, locale));
            Downloads.xlsx(response, LedgerText.of(messages, "talent.services", locale) + ".xlsx", xlsx);
        }
    }

    @AuditedExport
    @GetMapping("/talent/events/export")
    @PreAuthorize(STAFF)
    void events(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = LedgerHeaders.of(
                messages,
                locale,
                "talent.event.name",
                "talent.event.kind",
                "talent.event.held-on",
                "talent.event.place",
                "talent.event.attendees",
                "talent.event.offers",
                "talent.event.demands");
        try (XlsxWriter xlsx = new XlsxWriter(LedgerText.of(messages, "talent.events", locale), headers)) {
            Pages.each(
                    slice -> recruitment.events(q, slice),
                    (EventView e) -> xlsx.row(
                            e.name(),
                            LedgerText.of(messages, "talent.event-kind." + e.kind(), locale),
                            e.heldOn(),
                            e.place(),
                            e.attendees(),
                            e.offers(),
                            e.demandIds().stream().map(id -> "#" + id).collect(Collectors.joining(" "))));
            Downloads.xlsx(response, LedgerText.of(messages, "talent.events", locale) + ".xlsx", xlsx);
        }
    }

    private void writeServices(XlsxWriter xlsx, List<ServiceView> rows, Locale locale) {
        Map<Long, String> owners =
                users.namesOf(rows.stream().map(ServiceView::ownerId).distinct().toList());
        for (ServiceView s : rows) {
            xlsx.row(
                    LedgerText.of(messages, "talent.service-kind." + s.kind(), locale),
                    s.description(),
                    owners.get(s.ownerId()),
                    s.deadline(),
                    s.overdue() ? LedgerText.of(messages, "talent.service.overdue", locale) : null,
                    s.done()
                            ? messages.getMessage("talent.service.done-on", new Object[] {s.doneOn()}, locale)
                            : LedgerText.of(messages, "talent.service.open", locale));
        }
    }
}
