package cn.zhuanban.meeting;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A meeting's confirmation, checked before its form is read: the meeting as {@link MeetingPaths} checks it (404), then
 * whether the user chairs it (403). Only then is the form's version read (400 when missing) and compared (409): a
 * viewer who may not confirm was told the form lacked its version, as if he could have confirmed with it.
 */
@Component
public class ChairPaths implements CheckedBeforeBinding.PathCheck {

    private final MeetingPaths meetings;
    private final MeetingAccess access;

    ChairPaths(MeetingPaths meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        meetings.check(path, user);
        // a number: MeetingPaths refused anything else as not found
        long id = Long.parseLong(path.get("id"));
        access.requireChair(access.load(id, user), user);
    }
}
