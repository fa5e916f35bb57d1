package cn.zhuanban.identity.security;

import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is logged in, read from the shared session store (Spring Session's table, which every node writes), and the
 * security administrator's forced logout: deleting a session's row ends it on every node at its next request. Rows
 * are named by their primary id, never by the session id, which is the cookie's credential.
 */
@Component
public class OnlineSessions {

    /** A live session; {@code mine} marks the one the viewing administrator uses. */
    public record OnlineSession(
            String id,
            String username,
            String fullName,
            String departmentName,
            Instant startedAt,
            Instant lastAccessAt,
            String lastLoginAddress,
            boolean mine) {}

    private static final String WHERE = """
            where s.principal_name is not null and s.expiry_time > :now
              and (cast(:like as varchar) is null or lower(s.principal_name) like :like escape '!' or lower(u.full_name) like :like escape '!')
              and (:administrators = false or exists (select 1 from user_role ur join app_role r on r.id = ur.role_id
                                                  where ur.app_user = u.id and r.admin_duty is not null))
            """;

    private final JdbcClient jdbc;
    private final SecurityEvents events;
    private final EndedSessions ended;
    private final Clock clock;

    OnlineSessions(JdbcClient jdbc, SecurityEvents events, EndedSessions ended, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.ended = ended;
        this.clock = clock;
    }

    /** With {@code administrators}: only the sessions of accounts holding an administrator duty role. */
    public PageResult<OnlineSession> page(String q, boolean administrators, String mySessionId, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        params.put("administrators", administrators);
        params.put("now", clock.millis());
        params.put("like", LikeText.containing(q));
        String from = " from spring_session s left join app_user u on u.username = s.principal_name ";
        long total = jdbc.sql("select count(*)" + from + WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<OnlineSession> rows = jdbc.sql("""
                        select s.primary_id, s.principal_name, u.full_name, d.name as department_name,
                               s.creation_time, s.last_access_time, u.last_login_ip, s.session_id
                        """ + from + " left join department d on d.id = u.department_id " + WHERE
                        + " order by s.last_access_time desc, s.primary_id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new OnlineSession(
                        rs.getString("primary_id").trim(),
                        rs.getString("principal_name"),
                        rs.getString("full_name"),
                        rs.getString("department_name"),
                        Instant.ofEpochMilli(rs.getLong("creation_time")),
                        Instant.ofEpochMilli(rs.getLong("last_access_time")),
                        rs.getString("last_login_ip"),
                        rs.getString("session_id").trim().equals(mySessionId)))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * Ends the session with primary id {@code id} and records who ended whose; the administrator's own session is
     * not ended here (logging out does that). Returns the user whose session ended, or empty when there was none.
     */
    @Transactional
    public Optional<String> end(String id, String mySessionId) {
        Optional<Live> session = jdbc.sql("""
                        select primary_id, session_id, principal_name from spring_session
                        where primary_id = :id and session_id <> :mine and principal_name is not null""")
                .param("id", id)
                .param("mine", mySessionId == null ? "" : mySessionId)
                .query(Live.class)
                .optional();
        session.ifPresent(live -> {
            delete(id, live.sessionId(), EndedSessions.Reason.ADMIN);
            events.recordOn(live.principalName(), "session.ended", "");
        });
        return session.map(Live::principalName);
    }

    /**
     * Ends the user's other live sessions beyond the newest {@code keep} (the security setting less the session just
     * logged in), recording each; returns how many ended. 0 or less keeps every session.
     */
    @Transactional
    public int limit(String username, String currentSessionId, int keep) {
        if (keep < 0) {
            return 0;
        }
        List<Live> others = jdbc.sql("""
                        select primary_id, session_id, principal_name from spring_session
                        where principal_name = :u and session_id <> :mine and expiry_time > :now
                        order by last_access_time desc, primary_id""")
                .param("u", username)
                .param("mine", currentSessionId == null ? "" : currentSessionId)
                .param("now", clock.millis())
                .query(Live.class)
                .list();
        List<Live> ended = others.subList(Math.min(keep, others.size()), others.size());
        ended.forEach(live -> delete(live.primaryId(), live.sessionId(), EndedSessions.Reason.ELSEWHERE));
        if (!ended.isEmpty()) {
            events.recordOn(username, "session.ended-by-login", Integer.toString(ended.size()));
        }
        return ended.size();
    }

    private void delete(String primaryId, String sessionId, EndedSessions.Reason reason) {
        jdbc.sql("delete from spring_session where primary_id = :id")
                .param("id", primaryId)
                .update();
        ended.record(sessionId, reason);
    }

    /** A session row as far as ending it needs. */
    record Live(String primaryId, String sessionId, String principalName) {}
}
