package cn.zhuanban.enterprise.web;

import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.enterprise.EnterpriseView;
import cn.zhuanban.enterprise.Saved;
import cn.zhuanban.enterprise.Warning;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.web.ApiController;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enterprises over the API (api-contract.md, Projects and enterprises). A credit code whose check
 * character is wrong is saved and answered with a {@code warnings} entry, not refused.
 */
@ApiController("/api/v1/enterprises")
class EnterpriseApiController {

    /** A warning with its text in the caller's language beside its stable code. */
    record WarningBody(String code, String field, String message) {}

    record EnterpriseBody(
            long id,
            String name,
            String creditCode,
            String legalRepresentative,
            String industryCode,
            String address,
            String contactName,
            String contactPhone,
            String description,
            int version,
            List<WarningBody> warnings) {}

    private final EnterpriseManagement enterprises;
    private final MessageSource messages;

    EnterpriseApiController(EnterpriseManagement enterprises, MessageSource messages) {
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_VIEW + "')")
    PageResult<EnterpriseBody> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Locale locale) {
        return enterprises.search(q, user, PageQuery.of(page, size)).map(e -> body(e, locale));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_VIEW + "')")
    EnterpriseBody get(@PathVariable long id, CurrentUser user, Locale locale) {
        return body(enterprises.find(id, user), locale);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.ENTERPRISE_CREATE + "')")
    ResponseEntity<EnterpriseBody> create(@Valid @RequestBody EnterpriseForm form, CurrentUser user, Locale locale) {
        Saved saved = enterprises.register(form);
        EnterpriseBody body = body(enterprises.find(saved.id(), user), locale);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + saved.id()))
                .body(body);
    }

    private EnterpriseBody body(EnterpriseView e, Locale locale) {
        return new EnterpriseBody(
                e.id(),
                e.name(),
                e.creditCode(),
                e.legalRepresentative(),
                e.industryCode(),
                e.address(),
                e.contactName(),
                e.contactPhone(),
                e.description(),
                e.version(),
                e.warnings().stream().map(w -> warning(w, locale)).toList());
    }

    private WarningBody warning(Warning w, Locale locale) {
        return new WarningBody(
                w.code(),
                w.field(),
                messages.getMessage(w.messageKey(), w.args().toArray(), locale));
    }
}
