package cn.zhuanban.ticket;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket as lists, the API list and the export show it. */
public record TicketSummary(
        long id,
        String title,
        long projectId,
        String projectName,
        TicketCategory category,
        TicketSeverity severity,
        TicketState state,
        Long departmentId,
        String departmentName,
        LocalDate resolveBy,
        TicketCard card,
        EscalationLevel escalationLevel,
        Instant createdAt) {}
