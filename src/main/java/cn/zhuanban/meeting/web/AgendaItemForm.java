package cn.zhuanban.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agenda item added by hand, as typed: a title the agenda's column keeps whole (agenda_item.title). */
record AgendaItemForm(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max-length}")
        String title) {}
