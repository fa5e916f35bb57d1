package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditCategory;
import cn.zhuanban.audit.AuditManagement.AuditFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The auditor's search as the pages and the API receive it. Dates are whole days in the district's
 * time zone, both inclusive: {@code to=2026-10-09} still finds what happened at 23:59 that day.
 */
record AuditQuery(
        String actor,
        String entityType,
        String entityId,
        String action,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to,
        AuditCategory category) {

    AuditFilter toFilter(ZoneId zone) {
        return toFilter(zone, Set.of());
    }

    /** With the action codes whose labels hold the typed action, which are found as well as the codes it prefixes. */
    AuditFilter toFilter(ZoneId zone, Set<String> actionsNamed) {
        return new AuditFilter(
                actor,
                entityType,
                entityId,
                action,
                actionsNamed,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                category);
    }
}
