package cn.zhuanban.meeting.domain;

import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.LocalDate;
import java.util.List;
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
            select c.id, c.enterprise_id, e.name as enterprise_name, c.project_id, c.channel, c.contacted_on,
                   c.contact_person, c.content, c.follow_up, c.staff_user_id, c.ticket_id
            from contact_entry c join enterprise e on e.id = c.enterprise_id
            """;

    private static final String FILTER = " where " + ContactScope.CONTACTS + """
             and (cast(:enterprise as bigint) is null or c.enterprise_id = :enterprise)
            """;

    private static final String SERVED = """
            select e.id as enterprise_id, e.name as enterprise_name, max(c.contacted_on) as last_contact,
                   min(t.chief_service_officer_id) as chief_service_officer_id
            from enterprise e
            join project p on p.enterprise_id = e.id
            join task_force t on t.id = p.task_force_id
            left join contact_entry c on c.enterprise_id = e.id
            where %s and (cast(:officer as bigint) is null or t.chief_service_officer_id = :officer)
            group by e.id, e.name
            having (:staleOnly = false or max(c.contacted_on) is null or max(c.contacted_on) < :since)
            """.formatted(ContactScope.ENTERPRISES);

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

    public PageResult<ContactRow> page(Long enterpriseId, ContactScope scope, PageQuery page) {
        long total = scoped(jdbc.sql("select count(*) from contact_entry c" + FILTER), scope)
                .param("enterprise", enterpriseId)
                .query(Long.class)
                .single();
        List<ContactRow> rows = scoped(
                        jdbc.sql(SELECT + FILTER
                                + " order by c.contacted_on desc, c.id desc limit :size offset :offset"),
                        scope)
                .param("enterprise", enterpriseId)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(ContactRow.class)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Served enterprises with their last contact; stale only: none since {@code since}. */
    public PageResult<StatusRow> served(
            ContactScope scope, Long officer, boolean staleOnly, LocalDate since, PageQuery page) {
        long total = served(jdbc.sql("select count(*) from (" + SERVED + ") x"), scope, officer, staleOnly, since)
                .query(Long.class)
                .single();
        List<StatusRow> rows = served(
                        jdbc.sql(SERVED
                                + " order by max(c.contacted_on) nulls first, e.name limit :size offset :offset"),
                        scope,
                        officer,
                        staleOnly,
                        since)
                .param("size", page.size())
                .param("offset", page.offset())
                .query(StatusRow.class)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private static JdbcClient.StatementSpec served(
            JdbcClient.StatementSpec spec, ContactScope scope, Long officer, boolean staleOnly, LocalDate since) {
        return scoped(spec, scope)
                .param("officer", officer)
                .param("staleOnly", staleOnly)
                .param("since", since);
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, ContactScope scope) {
        return spec.param("scopeAll", scope.all())
                .param("scopeUser", scope.userId())
                .param("scopeEnterprises", scope.enterpriseIds());
    }
}
