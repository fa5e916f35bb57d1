package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditManagement.AuditFilter;
import cn.zhuanban.audit.AuditRecordPages;
import cn.zhuanban.audit.AuditRecordView;
import cn.zhuanban.audit.ChainVerification;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for provincial supervision platforms: the chain check and the paged search, by page number or by
 * cursor (see {@link AuditCursor}).
 */
@ApiController("/api/v1/audit")
class AuditApiController {

    private final AuditManagement audit;
    private final Clock clock;
    private final ActionLabels actions;
    private final AuditRecordPages pages;

    AuditApiController(AuditManagement audit, Clock clock, ActionLabels actions, AuditRecordPages pages) {
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
        this.actions = actions;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VERIFY + "')")
    ChainVerification verify() {
        return audit.verify();
    }

    /**
     * The records the filter finds, newest first, by {@code page} (an offset, as the contract has it) or, given
     * {@code cursor} (the {@code nextCursor} of the page before, which then stands for {@code page}), by seeking on
     * from where that page ended. {@code totalElements} stays the exact count the contract's list shape gives.
     */
    @GetMapping("/records")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VIEW + "')")
    AuditRecordsPage records(
            @ModelAttribute AuditQuery query,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = AuditCursor.PARAMETER, required = false) String cursor,
            Locale locale) {
        AuditFilter filter = query.toFilter(clock.getZone(), actions.named(query.action(), locale));
        PageQuery asked = PageQuery.of(page, size);
        return cursor == null || cursor.isBlank()
                ? byPage(filter, asked)
                : byCursor(filter, AuditCursor.parse(cursor), asked.size());
    }

    private AuditRecordsPage byPage(AuditFilter filter, PageQuery asked) {
        PageResult<AuditRecordView> found = audit.search(filter, asked);
        boolean more = asked.offset() + found.content().size() < found.totalElements();
        return new AuditRecordsPage(
                found.content(),
                found.page(),
                found.size(),
                found.totalElements(),
                AuditCursor.next(lastId(found.content()), found.page(), more));
    }

    private AuditRecordsPage byCursor(AuditFilter filter, AuditCursor cursor, int size) {
        List<AuditRecordView> rows = new ArrayList<>(
                pages.olderThan(filter, cursor.afterId(), size + 1).orElseThrow(AuditCursor::invalid));
        boolean more = rows.size() > size;
        if (more) {
            rows.removeLast();
        }
        return new AuditRecordsPage(
                List.copyOf(rows),
                cursor.page(),
                size,
                audit.count(filter),
                AuditCursor.next(lastId(rows), cursor.page(), more));
    }

    private static @Nullable Long lastId(List<AuditRecordView> rows) {
        return rows.isEmpty() ? null : rows.getLast().id();
    }
}
