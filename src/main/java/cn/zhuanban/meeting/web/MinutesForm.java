package cn.zhuanban.meeting.web;

import jakarta.validation.constraints.Size;

/**
 * An agenda item's minutes as typed: no more than their column keeps (agenda_item.minutes, widened by V199 for long
 * meetings), so a longer text is a message under the input with the text kept, not a 500 that lost it.
 */
record MinutesForm(
        @Size(max = MinutesForm.MAX, message = "{validation.max-length}")
        String minutes) {

    static final int MAX = 20000;
}
