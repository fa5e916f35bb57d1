package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditRecordPages;
import cn.zhuanban.audit.AuditRecordPages.AuditPage;
import cn.zhuanban.audit.AuditRecordPages.Seek;
import cn.zhuanban.audit.AuditedEntityTypes;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: the searchable log (htmx refreshes only the result table) and the check of
 * the hash chain, which recomputes every hash and so runs only when the auditor asks for it, in the
 * background with a progress bar (a million records take longer than a request should).
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    /** Where a page starts: left out of the pager's links, which set their own. */
    private static final Set<String> SEEK_PARAMETERS = Set.of("after", "before", "last", "page");

    private final AuditManagement audit;
    private final AuditRecordPages pages;

    private final Clock clock;
    private final SummaryReading reading;
    private final ActionLabels actions;
    private final RecordNames names;

    AuditController(
            AuditManagement audit,
            AuditRecordPages pages,
            Clock clock,
            SummaryReading reading,
            ActionLabels actions,
            RecordNames names) {
        this.audit = audit;
        this.pages = pages;
        this.names = names;
        this.clock = clock;
        this.reading = reading;
        this.actions = actions;
    }

    /**
     * The log a page at a time, newest first: the first page, the one after the record {@code after} (the last one
     * shown), the one before the record {@code before} (the first one shown), or the last page ({@code last}). The
     * pager's links keep the filters and the page size. Seeking, not counting pages: see {@link AuditRecordPages}.
     */
    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VIEW + "')")
    String log(
            @ModelAttribute("filter") AuditQuery query,
            @RequestParam(required = false) Long after,
            @RequestParam(required = false) Long before,
            @RequestParam(required = false) boolean last,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Seek seek = after != null ? Seek.OLDER : before != null ? Seek.NEWER : last ? Seek.LAST : Seek.FIRST;
        AuditPage result = pages.page(
                query.toFilter(clock.getZone(), actions.named(query.action(), locale)),
                seek,
                after != null ? after : before,
                PageQuery.ofList(0, size, PAGE_SIZE).size());
        RecordNames.Found named = names.of(result.content(), locale);
        Map<Long, String> summaries = new HashMap<>();
        result.content().forEach(r -> summaries.put(r.id(), reading.read(r, locale, named)));
        model.addAttribute("result", result);
        model.addAttribute("pagerQuery", pagerQuery(request));
        model.addAttribute("summaries", summaries);
        Map<Long, String> entityNames = new HashMap<>();
        result.content().forEach(r -> entityNames.put(r.id(), reading.entityName(r, locale, named)));
        model.addAttribute("entityNames", entityNames);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("entityTypes", AuditedEntityTypes.ALL);
        return Paging.isHtmx(request) ? "audit/log :: results" : "audit/log";
    }

    /** The query string of the filters and the page size, ending in {@code &}: the pager adds where to seek from. */
    private static String pagerQuery(HttpServletRequest request) {
        StringBuilder out = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> {
            if (!SEEK_PARAMETERS.contains(name) && !name.startsWith("_")) {
                for (String value : values) {
                    out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                            .append('&');
                }
            }
        });
        return out.toString();
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VERIFY + "')")
    String verifyPage(Model model) {
        audit.latestVerificationRun().ifPresent(run -> model.addAttribute("run", run));
        model.addAttribute("zone", clock.getZone());
        return "audit/verify";
    }

    /** Starts a check in the background and answers with its progress, which then polls itself. */
    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VERIFY + "')")
    String verify(HttpServletRequest request, Model model) {
        long id = audit.startVerification();
        if (!Paging.isHtmx(request)) {
            return "redirect:/audit/verify/" + id;
        }
        return run(id, request, model);
    }

    @GetMapping("/verify/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VERIFY + "')")
    String run(@PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute(
                "run", audit.verificationRun(id).orElseThrow(() -> new NotFoundException("verification", id)));
        model.addAttribute("zone", clock.getZone());
        return Paging.isHtmx(request) ? "audit/verify :: result" : "audit/verify";
    }
}
