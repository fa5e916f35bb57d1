package cn.zhuanban.meeting.web;

import jakarta.validation.constraints.Size;

/**
 * The attendance of a draft meeting as typed: no more than its column keeps (meeting.attendees), so a longer text is a
 * message under the input with the text kept, not a 500 that lost it.
 */
record AttendanceForm(
        @Size(max = 2000, message = "{validation.max-length}")
        String attendees) {}
