package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.EventKind;
import cn.zhuanban.talent.ServiceKind;
import cn.zhuanban.talent.TalentViews.EventView;
import cn.zhuanban.talent.TalentViews.ServiceFilter;
import cn.zhuanban.talent.TalentViews.ServiceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recruitment events and talent services, paged in SQL; overdue is decided by the database too. */
@Component
public class RecruitmentQueries {

    private static final String SERVICE_WHERE = """
             where (cast(:open as boolean) is null or (s.status = 'OPEN') = :open)
               and (cast(:overdue as boolean) is null or (s.status = 'OPEN' and s.deadline < :today) = :overdue)
               and (cast(:owner as bigint) is null or s.owner_id = :owner)
               and (cast(:enterprise as bigint) is null or s.enterprise_id = :enterprise)
               and (cast(:like as varchar) is null or lower(s.description) like :like escape '!'
                    or exists (select 1 from enterprise e where e.id = s.enterprise_id
                               and lower(e.name) like :like escape '!'))
            """;

    private static final String EVENT_WHERE = " where (cast(:like as varchar) is null"
            + " or lower(name) like :like escape '!' or lower(coalesce(place, '')) like :like escape '!')";

    private final JdbcClient jdbc;

    RecruitmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events whose name or place contains the words (a typed {@code %} or {@code _} as itself), all when blank. */
    public PageResult<EventView> events(String q, PageQuery page) {
        String like = LikeText.containing(q);
        long total = jdbc.sql("select count(*) from recruitment_event" + EVENT_WHERE)
                .param("like", like)
                .query(Long.class)
                .single();
        List<EventView> rows = jdbc.sql("select * from recruitment_event" + EVENT_WHERE
                        + " order by held_on desc, id desc limit :limit offset :offset")
                .param("like", like)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(RecruitmentQueries::event)
                .list();
        return new PageResult<>(withDemands(rows), page.page(), page.size(), total);
    }

    public PageResult<ServiceView> services(ServiceFilter filter, LocalDate today, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("open", filter.open());
        params.put("overdue", filter.overdue());
        params.put("owner", filter.ownerId());
        params.put("enterprise", filter.enterpriseId());
        params.put("like", LikeText.containing(filter.q()));
        params.put("today", today);
        long total = jdbc.sql("select count(*) from talent_service s" + SERVICE_WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<ServiceView> rows = jdbc.sql("select s.*, case when s.status = 'OPEN' and s.deadline < :today then true "
                        + "else false end as overdue from talent_service s" + SERVICE_WHERE
                        + " order by case s.status when 'OPEN' then 0 else 1 end, s.deadline, s.id "
                        + "limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(RecruitmentQueries::service)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<EventView> event(long id) {
        return jdbc.sql("select * from recruitment_event where id = :id")
                .param("id", id)
                .query(RecruitmentQueries::event)
                .optional()
                .map(e -> withDemands(List.of(e)).getFirst());
    }

    public Optional<ServiceView> service(long id, LocalDate today) {
        return jdbc.sql("select s.*, case when s.status = 'OPEN' and s.deadline < :today then true "
                        + "else false end as overdue from talent_service s where s.id = :id")
                .param("id", id)
                .param("today", today)
                .query(RecruitmentQueries::service)
                .optional();
    }

    private List<EventView> withDemands(List<EventView> events) {
        if (events.isEmpty()) {
            return events;
        }
        Map<Long, List<Long>> demands = new HashMap<>();
        jdbc.sql("select recruitment_event, demand_id from recruitment_event_demand where recruitment_event in (:ids) "
                        + "order by demand_id")
                .param("ids", events.stream().map(EventView::id).toList())
                .query((rs, n) -> demands.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return events.stream()
                .map(e -> new EventView(
                        e.id(),
                        e.name(),
                        e.kind(),
                        e.heldOn(),
                        e.place(),
                        e.attendees(),
                        e.offers(),
                        e.note(),
                        demands.getOrDefault(e.id(), List.of()),
                        e.version()))
                .toList();
    }

    private static EventView event(ResultSet rs, int n) throws SQLException {
        return new EventView(
                rs.getLong("id"),
                rs.getString("name"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("place"),
                rs.getObject("attendees", Integer.class),
                rs.getObject("offers", Integer.class),
                rs.getString("note"),
                List.of(),
                rs.getInt("version"));
    }

    private static ServiceView service(ResultSet rs, int n) throws SQLException {
        return new ServiceView(
                rs.getLong("id"),
                ServiceKind.valueOf(rs.getString("kind")),
                rs.getObject("enterprise_id", Long.class),
                rs.getObject("candidate_id", Long.class),
                rs.getLong("owner_id"),
                rs.getObject("deadline", LocalDate.class),
                TalentService.DONE.equals(rs.getString("status")),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("description"),
                rs.getBoolean("overdue"),
                rs.getInt("version"));
    }
}
