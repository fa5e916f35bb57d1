package cn.zhuanban.meeting.domain;

import cn.zhuanban.meeting.ContactFilter;
import cn.zhuanban.shared.ClockConfiguration;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the contact log. The served enterprises and their chief service officers are read
 * from the enterprise, project and task-force tables (read only), so that the last contact of
 * every served enterprise is one grouped query.
 */
@Repository
public class ContactQueries {

    private static final String SELECT = """
            select c.id, c.enterprise_id, e.name as enterprise_name, c.project_id, p.name as project_name, c.channel,
                   c.contacted_on, c.contact_person, c.content, c.follow_up, c.staff_user_id, c.ticket_id
            from contact_entry c join enterprise e on e.id = c.enterprise_id
            left join project p on p.id = c.project_id
            """;

    /** The enterprise is joined for the count too: the search text looks at its name. */
    private static final String COUNT =
            "select count(*) from contact_entry c join enterprise e on e.id = c.enterprise_id";

    /**
     * Stale: no contact since {@code since}, and on the books since before it. An enterprise entered (a signed lead
     * converted) today had no contact yet either, but the threshold had not run for it: it read 从未 · 久未联系 on its
     * first day.
     */
    private static final String STALE =
            "(max(c.contacted_on) is null or max(c.contacted_on) < :since) and max(e.created_at) < :sinceStart";

    private static final String SERVED = """
            select e.id as enterprise_id, e.name as enterprise_name, max(c.contacted_on) as last_contact,
                   min(t.chief_service_officer_id) as chief_service_officer_id,
                   case when %2$s then true else false end as stale
            from enterprise e
            join project p on p.enterprise_id = e.id
            join task_force t on t.id = p.task_force_id
            left join contact_entry c on c.enterprise_id = e.id
            where %1$s and (cast(:officer as bigint) is null or t.chief_service_officer_id = :officer)
              and (cast(:like as varchar) is null or lower(e.name) like :like escape '!')
            group by e.id, e.name
            having (:staleOnly = false or (%2$s))
            """.formatted(ContactScope.ENTERPRISES, STALE);

    private final JdbcClient jdbc;

    ContactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ContactRow> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(ContactRow.class)
                .optional();
    }

    /**
     * A page of the contacts in scope that pass the filter, newest first. Only the filters set become conditions, so
     * that the database picks the index of the one that narrows most (see V99) instead of planning for all of them.
     */
    public PageResult<ContactRow> page(ContactFilter filter, ContactScope scope, PageQuery page) {
        String where = " where " + ContactScope.CONTACTS + conditions(filter);
        Map<String, Object> params = params(filter, scope);
        long total = jdbc.sql(COUNT + where).params(params).query(Long.class).single();
        List<ContactRow> rows = jdbc.sql(
                        SELECT + where + " order by c.contacted_on desc, c.id desc limit :size offset :offset")
                .params(params)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(ContactRow.class)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Who recorded the contacts in scope: the choices of the list's staff filter. */
    public List<Long> staff(ContactScope scope) {
        return scoped(
                        jdbc.sql("select distinct c.staff_user_id from contact_entry c where " + ContactScope.CONTACTS),
                        scope)
                .query(Long.class)
                .list();
    }

    private static String conditions(ContactFilter f) {
        StringBuilder sql = new StringBuilder();
        if (f.text() != null) {
            sql.append(" and (lower(c.content) like :like escape '!' or lower(c.follow_up) like :like escape '!'"
                    + " or lower(c.contact_person) like :like escape '!' or lower(e.name) like :like escape '!')");
        }
        if (f.enterpriseId() != null) {
            sql.append(" and c.enterprise_id = :enterprise");
        }
        if (f.channel() != null) {
            sql.append(" and c.channel = :channel");
        }
        if (f.staffUserId() != null) {
            sql.append(" and c.staff_user_id = :staff");
        }
        if (f.ticketed() != null) {
            sql.append(f.ticketed() ? " and c.ticket_id is not null" : " and c.ticket_id is null");
        }
        if (f.from() != null) {
            sql.append(" and c.contacted_on >= :from");
        }
        if (f.to() != null) {
            sql.append(" and c.contacted_on <= :to");
        }
        return sql.toString();
    }

    private static Map<String, Object> params(ContactFilter f, ContactScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeAll", scope.all());
        params.put("scopeUser", scope.userId());
        params.put("scopeEnterprises", scope.enterpriseIds());
        params.put(
                "like", f.text() == null ? null : "%" + LikeText.escape(f.text().toLowerCase(Locale.ROOT)) + "%");
        params.put("enterprise", f.enterpriseId());
        params.put("channel", f.channel() == null ? null : f.channel().name());
        params.put("staff", f.staffUserId());
        params.put("from", f.from());
        params.put("to", f.to());
        return params;
    }

    /**
     * Served enterprises with their last contact; stale only: none since {@code since} (the district's day), though
     * entered before it; {@code q}: words of the enterprise's name, wildcards taken as typed.
     */
    public PageResult<StatusRow> served(
            ContactScope scope, Long officer, boolean staleOnly, LocalDate since, String q, PageQuery page) {
        long total = served(jdbc.sql("select count(*) from (" + SERVED + ") x"), scope, officer, staleOnly, since, q)
                .query(Long.class)
                .single();
        List<StatusRow> rows = served(
                        jdbc.sql(SERVED
                                + " order by max(c.contacted_on) nulls first, e.name limit :size offset :offset"),
                        scope,
                        officer,
                        staleOnly,
                        since,
                        q)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(StatusRow.class)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private static JdbcClient.StatementSpec served(
            JdbcClient.StatementSpec spec,
            ContactScope scope,
            Long officer,
            boolean staleOnly,
            LocalDate since,
            String q) {
        return scoped(spec, scope)
                .param("officer", officer)
                .param("staleOnly", staleOnly)
                .param("since", since)
                .param(
                        "sinceStart",
                        since.atStartOfDay(ClockConfiguration.DISTRICT_ZONE).toOffsetDateTime())
                .param("like", LikeText.containing(q));
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, ContactScope scope) {
        return spec.param("scopeAll", scope.all())
                .param("scopeUser", scope.userId())
                .param("scopeEnterprises", scope.enterpriseIds());
    }
}
