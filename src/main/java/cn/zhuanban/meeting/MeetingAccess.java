package cn.zhuanban.meeting;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.domain.AgendaStore;
import cn.zhuanban.meeting.domain.MeetingRow;
import cn.zhuanban.meeting.domain.MeetingStore;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.project.TaskForceView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The checks every meeting change starts with, shared by {@link MeetingManagement} and {@link MeetingDecisions}: the
 * meeting exists and the user sees its task force; to change it, it is still a draft and the version is the one the
 * user saw; an agenda item belongs to the meeting.
 */
@Component
class MeetingAccess {

    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final TaskForceManagement taskForces;

    MeetingAccess(MeetingStore meetings, AgendaStore agenda, TaskForceManagement taskForces) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.taskForces = taskForces;
    }

    MeetingRow editable(long meetingId, int version, CurrentUser user) {
        MeetingRow m = load(meetingId, user);
        if (m.confirmed()) {
            throw new BusinessException(ErrorCode.MEETING_CONFIRMED, (String) null);
        }
        meetings.touch(m.id(), version);
        return m;
    }

    MeetingRow load(long id, CurrentUser user) {
        MeetingRow m = meetings.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        taskForces.find(m.taskForceId(), user);
        return m;
    }

    /**
     * Only the chair (the lead of the meeting's task force) confirms its minutes; anyone else is refused (403) naming
     * the chair, before the form's version is looked at ({@link ChairPaths}).
     */
    void requireChair(MeetingRow m, CurrentUser user) {
        TaskForceView taskForce = taskForces.find(m.taskForceId(), user);
        if (taskForce.leadUserId() == null || taskForce.leadUserId() != user.id()) {
            throw new BusinessException(
                    ErrorCode.MEETING_NOT_CHAIR,
                    (String) null,
                    taskForce.leadName() == null ? "—" : taskForce.leadName());
        }
    }

    void checkItem(long meetingId, long itemId) {
        if (agenda.meetingOf(itemId).filter(m -> m == meetingId).isEmpty()) {
            throw new NotFoundException("agenda-item", itemId);
        }
    }
}
