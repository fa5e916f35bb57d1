package cn.zhuanban.meeting;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The meeting series named in a path ({@code /meetings/series/{id}/…}), checked before the form is read: a series that
 * does not exist or whose task force the user does not see is a 404, not a 400 naming the missing meeting date.
 */
@Component
public class SeriesPaths implements CheckedBeforeBinding.PathCheck {

    private final MeetingManagement meetings;

    SeriesPaths(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    @Override
    public void check(Map<String, String> path, CurrentUser user) {
        meetings.taskForceOf(CheckedBeforeBinding.PathCheck.number(path, "id", "meeting-series"), user);
    }
}
