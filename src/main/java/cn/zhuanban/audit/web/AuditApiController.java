package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditRecordView;
import cn.zhuanban.audit.ChainVerification;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for provincial supervision platforms: the chain check and the paged search. */
@ApiController("/api/v1/audit")
class AuditApiController {

    private final AuditManagement audit;
    private final Clock clock;
    private final ActionLabels actions;

    AuditApiController(AuditManagement audit, Clock clock, ActionLabels actions) {
        this.audit = audit;
        this.clock = clock;
        this.actions = actions;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VERIFY + "')")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping("/records")
    @PreAuthorize("hasAuthority('" + Permissions.AUDIT_VIEW + "')")
    PageResult<AuditRecordView> records(
            @ModelAttribute AuditQuery query,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        return audit.search(
                query.toFilter(clock.getZone(), actions.named(query.action(), locale)), PageQuery.of(page, size));
    }
}
