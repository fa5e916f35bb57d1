package cn.zhuanban.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction of a confirmed meeting, as typed: text the amendments' column keeps (meeting_amendment.text). */
record AmendmentForm(
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.max-length}")
        String text) {}
