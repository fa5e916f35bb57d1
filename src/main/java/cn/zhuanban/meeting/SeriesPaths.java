package cn.zhuanban.meeting;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.NotFoundException;
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
        long seriesId;
        try {
            seriesId = Long.parseLong(path.get("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("meeting-series", path.get("id"));
        }
        meetings.taskForceOf(seriesId, user);
    }
}
