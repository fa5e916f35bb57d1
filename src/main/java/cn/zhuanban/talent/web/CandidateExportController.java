package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import cn.zhuanban.talent.CandidatePool;
import cn.zhuanban.talent.TalentViews.CandidateView;
import cn.zhuanban.talent.TalentViews.PoolFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The talent pool (人才库) as XLSX: the list's filters, read through the same query as the list, so
 * the file holds the rows and the names and contacts this user sees on screen and nothing more
 * (the e-mail address, not on the list, is not in the file either). Every download is audited.
 */
@Controller
class CandidateExportController {

    /** Whoever may open the pool (as the list) and, besides, holds the export permission. */
    private static final String EXPORT = "hasAuthority('" + Permissions.TALENT_CANDIDATE_EXPORT
            + "') and hasAnyAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "', '"
            + Permissions.TALENT_CANDIDATE_VIEW + "')";

    private static final List<String> HEADERS = List.of(
            "talent.candidate",
            "talent.candidate.phone",
            "talent.demand.education",
            "talent.demand.discipline",
            "talent.candidate.years",
            "talent.demand.location",
            "talent.candidate.source",
            "talent.candidate.consent");

    private final CandidatePool pool;
    private final MessageSource messages;

    CandidateExportController(CandidatePool pool, MessageSource messages) {
        this.pool = pool;
        this.messages = messages;
    }

    @GetMapping("/talent/candidates/export")
    @PreAuthorize(EXPORT)
    void export(@ModelAttribute PoolFilter filter, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "talent.candidates", locale);
        AtomicLong rows = new AtomicLong();
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                HEADERS.stream()
                        .map(key -> LedgerText.of(messages, key, locale))
                        .toList())) {
            Pages.each(page -> pool.pool(user, filter, page), (CandidateView c) -> {
                write(xlsx, c, locale);
                rows.incrementAndGet();
            });
            pool.recordExport(user, filter, rows.get());
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    /** A row as the list shows it: without the talent permission a number instead of the name, no phone. */
    private void write(XlsxWriter xlsx, CandidateView c, Locale locale) {
        xlsx.row(
                c.name() != null
                        ? c.name()
                        : messages.getMessage("talent.candidate.anonymous", new Object[] {c.id()}, locale),
                c.phone(),
                c.education() == null ? null : LedgerText.of(messages, "talent.education." + c.education(), locale),
                c.discipline(),
                c.yearsExperience(),
                c.location(),
                LedgerText.of(messages, "talent.source." + c.source(), locale),
                c.consentToContact()
                        ? messages.getMessage("talent.candidate.consent-given", new Object[] {c.consentOn()}, locale)
                        : LedgerText.of(messages, "talent.candidate.consent-withdrawn", locale));
    }
}
