package cn.zhuanban.meeting.domain;

import java.time.LocalDate;

public record StatusRow(
        long enterpriseId, String enterpriseName, LocalDate lastContact, Long chiefServiceOfficerId, boolean stale) {}
