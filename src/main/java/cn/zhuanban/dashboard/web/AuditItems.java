package cn.zhuanban.dashboard.web;

import cn.zhuanban.audit.AuditCategory;
import cn.zhuanban.audit.AuditManagement;
import cn.zhuanban.audit.AuditManagement.AuditFilter;
import cn.zhuanban.audit.VerificationRun;
import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the audit administrator looks at first: today's refused requests and failed logins, what the administrators
 * changed and which files left the system, each count opening the log filtered to today and that category; and how
 * the last check of the hash chain ended.
 */
@Component
class AuditItems implements WorkbenchSource {

    /** Where each category's card stands among the workbench's cards. */
    private static final Map<AuditCategory, Integer> ORDER = Map.of(
            AuditCategory.ACCESS_REFUSED, 20,
            AuditCategory.LOGIN_FAILED, 21,
            AuditCategory.ADMINISTRATION, 22,
            AuditCategory.EXPORTS, 23);

    /** The check's page shows the last check, and starts another. */
    private static final String VERIFY = "/audit/verify";

    private final AuditManagement audit;
    private final Clock clock;

    AuditItems(AuditManagement audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchItem> itemsFor(CurrentUser user) {
        if (!user.can(Permissions.AUDIT_VIEW)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        var since = today.atStartOfDay(clock.getZone()).toInstant();
        List<WorkbenchItem> items = new ArrayList<>();
        for (AuditCategory category : AuditCategory.values()) {
            long count = audit.count(AuditFilter.since(category, since));
            boolean alarming = category == AuditCategory.ACCESS_REFUSED || category == AuditCategory.LOGIN_FAILED;
            items.add(new WorkbenchItem(
                    ORDER.get(category),
                    "workbench.audit." + category,
                    count,
                    "/audit?category=" + category + "&from=" + today + "&to=" + today,
                    count > 0 && alarming ? Urgency.WARNING : Urgency.NORMAL,
                    List.of()));
        }
        if (user.can(Permissions.AUDIT_VERIFY)) {
            items.add(chain(audit.latestVerificationRun()));
        }
        return items;
    }

    /** The last check's outcome (never checked: a zero that opens the check page), red when the chain broke. */
    private static WorkbenchItem chain(Optional<VerificationRun> latest) {
        if (latest.isEmpty()) {
            return new WorkbenchItem(24, "workbench.audit-chain.never", 0, VERIFY, Urgency.WARNING, List.of());
        }
        VerificationRun run = latest.get();
        return switch (run.status()) {
            case INTACT ->
                new WorkbenchItem(24, "workbench.audit-chain-ok", run.checked(), VERIFY, Urgency.NORMAL, List.of());
            case BROKEN ->
                new WorkbenchItem(
                        24,
                        "workbench.audit-chain-broken",
                        run.firstBrokenId() == null ? 0 : run.firstBrokenId(),
                        VERIFY,
                        Urgency.DANGER,
                        List.of());
            case RUNNING ->
                new WorkbenchItem(
                        24, "workbench.audit-chain.running", run.percent(), VERIFY, Urgency.NORMAL, List.of());
            case FAILED ->
                new WorkbenchItem(
                        24, "workbench.audit-chain.failed", run.checked(), VERIFY, Urgency.WARNING, List.of());
        };
    }
}
