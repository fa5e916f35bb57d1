package cn.zhuanban.meeting.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

public record MeetingRow(
        long id,
        long seriesId,
        long taskForceId,
        int number,
        LocalDate heldOn,
        LocalDate since,
        String status,
        String attendees,
        String place,
        LocalTime startTime,
        DayOfWeek weekday,
        int version) {

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }
}
