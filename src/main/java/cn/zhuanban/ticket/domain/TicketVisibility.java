package cn.zhuanban.ticket.domain;

import java.util.Collection;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether tickets lie within a user's scope: checked before a ticket is shown or changed, and before it is linked. */
@Component
public class TicketVisibility {

    private final JdbcClient jdbc;

    TicketVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean visible(long id, TicketScope scope) {
        return jdbc.sql("select count(*)" + TicketQueries.FROM.formatted(scope.sql()) + " and t.id = :id")
                        .params(scope.params())
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Which of these tickets lie within the scope. */
    public Set<Long> visibleAmong(Collection<Long> ids, TicketScope scope) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select t.id" + TicketQueries.FROM.formatted(scope.sql()) + " and t.id in (:ids)")
                .params(scope.params())
                .param("ids", ids)
                .query(Long.class)
                .list());
    }
}
