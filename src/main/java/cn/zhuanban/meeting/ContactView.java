package cn.zhuanban.meeting;

import java.time.LocalDate;

/** An entry of the contact log with names beside the ids. */
public record ContactView(
        long id,
        long enterpriseId,
        String enterpriseName,
        Long projectId,
        String projectName,
        ContactChannel channel,
        LocalDate contactedOn,
        String contactPerson,
        String content,
        String followUp,
        long staffUserId,
        String staffName,
        Long ticketId) {}
