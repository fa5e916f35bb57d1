package cn.zhuanban.meeting.domain;

import cn.zhuanban.meeting.ContactChannel;
import java.time.LocalDate;

public record ContactRow(
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
        Long ticketId) {}
