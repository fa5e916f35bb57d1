package cn.zhuanban.meeting;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.meeting.domain.ActionStore;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.NotFoundException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The meeting named in a path ({@code /meetings/{id}/…}, and its agenda item {@code {item}} where named) or the action
 * ({@code /meetings/actions/{action}/…}), checked before the form is read: one that does not exist or whose task force
 * the user does not see is a 404, whatever the request carries. The form's own checks answered first, so a post without fields got a 400 that told a user outside
 * the scope the meeting's form, and that the meeting exists.
 */
@Component
public class MeetingPaths implements CheckedBeforeBinding.PathCheck {

    private final MeetingAccess access;
    private final ActionStore actions;
    private final TaskForceManagement taskForces;

    MeetingPaths(MeetingAccess access, ActionStore actions, TaskForceManagement taskForces) {
        this.access = access;
        this.actions = actions;
        this.taskForces = taskForces;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        if (path.containsKey("action")) {
            long actionId = CheckedBeforeBinding.PathCheck.number(path, "action", "meeting-action");
            ActionStore.ActionRow action =
                    actions.find(actionId).orElseThrow(() -> new NotFoundException("meeting-action", actionId));
            taskForces.find(action.taskForceId(), user);
            return;
        }
        long meetingId = CheckedBeforeBinding.PathCheck.number(path, "id", "meeting");
        access.load(meetingId, user);
        if (path.containsKey("item")) {
            access.checkItem(meetingId, CheckedBeforeBinding.PathCheck.number(path, "item", "agenda-item"));
        }
    }
}
