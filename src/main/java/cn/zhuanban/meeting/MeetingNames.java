package cn.zhuanban.meeting;

import cn.zhuanban.meeting.domain.MeetingNameQueries;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of meetings, series and agenda items beside their ids regardless of scope, for the audit log, which shows the
 * auditor every record anyway: a meeting reads as its task force's meeting of a day, an item as its title.
 */
@Service
@Transactional(readOnly = true)
public class MeetingNames {

    /** A long item title is cut short: the id in front identifies the item. */
    private static final int SHORT_TITLE = 40;

    private final MeetingNameQueries queries;

    MeetingNames(MeetingNameQueries queries) {
        this.queries = queries;
    }

    public Map<Long, String> meetingsOf(Collection<Long> ids) {
        return queries.meetings(ids);
    }

    public Map<Long, String> seriesOf(Collection<Long> ids) {
        return queries.series(ids);
    }

    public Map<Long, String> agendaItemsOf(Collection<Long> ids) {
        return queries.itemTitles(ids, SHORT_TITLE);
    }
}
