package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditRecordView;
import cn.zhuanban.audit.ChainVerification;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for provincial supervision platforms: the chain check and the paged search. */
@ApiController("/api/v1/audit")
class AuditApiController {

    private final AuditManagement audit;
    private final Clock clock;

    AuditApiController(AuditManagement audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
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
            @RequestParam(required = false) Integer size) {
        return audit.search(query.toFilter(clock.getZone()), PageQuery.of(page, size));
    }
}
