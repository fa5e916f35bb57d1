package cn.zhuanban.audit;

import cn.zhuanban.audit.domain.AuditLog;
import cn.zhuanban.audit.domain.ChainVerifier;
import cn.zhuanban.audit.domain.VerificationRuns;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.AuditedEvent;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: written from events, read by the auditor. Records are never updated or deleted
 * by the application; the chain check shows whether anyone did so behind its back.
 */
@Service
public class AuditManagement {

    /**
     * What the auditor searches for. {@code action} is a prefix of the codes ({@code login.}); {@code actionsNamed}
     * are the codes whose labels hold what the auditor typed ({@code 登录成功}), also matched.
     */
    public record AuditFilter(
            String actor,
            String entityType,
            String entityId,
            String action,
            Set<String> actionsNamed,
            Instant from,
            Instant to,
            AuditCategory category) {

        public AuditFilter(String actor, String entityType, String entityId, String action, Instant from, Instant to) {
            this(actor, entityType, entityId, action, Set.of(), from, to, null);
        }

        /** The records of a category since an instant, whoever made them. */
        public static AuditFilter since(AuditCategory category, Instant from) {
            return new AuditFilter(null, null, null, null, Set.of(), from, null, category);
        }
    }

    /** Stands in for an empty list of named actions: {@code in ()} is no SQL, and no action is called this. */
    private static final String NO_ACTION = "-";

    /**
     * How many accounts a typed user name may stand for: the log names its user by username, so "赵敏" is looked up
     * among the accounts' full names first; a name so common that it fits more is better typed as a username.
     */
    private static final int NAMED_ACTORS = 200;

    static final String WHERE = """
            where (cast(:actor as varchar) is null or actor = :actor or actor in (:actorsNamed))
              and (cast(:type as varchar) is null or entity_type = :type)
              and (cast(:entityId as varchar) is null or entity_id = :entityId)
              and (cast(:action as varchar) is null or action like :action escape '!' or action in (:named))
              and (cast(:from as timestamp with time zone) is null or occurred_at >= :from)
              and (cast(:to as timestamp with time zone) is null or occurred_at < :to)
              and (cast(:category as varchar) is null or action in (:categoryActions))
            """;

    /**
     * Newest first by the time of the change: the listener appends asynchronously, so two changes in
     * quick succession may enter the chain in the other order; the chain position breaks ties.
     */
    static final String NEWEST_FIRST = " order by occurred_at desc, id desc";

    private final AuditLog log;
    private final ChainVerifier verifier;
    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final VerificationRuns runs;
    private final UserDirectory users;

    AuditManagement(
            AuditLog log,
            ChainVerifier verifier,
            VerificationRuns runs,
            JdbcClient jdbc,
            DataSource dataSource,
            UserDirectory users) {
        this.log = log;
        this.users = users;
        this.verifier = verifier;
        this.runs = runs;
        this.jdbc = jdbc;
        // A fetch size lets PostgreSQL stream an export of 100,000 rows instead of loading them at once.
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    @ApplicationModuleListener
    void on(AuditedEvent event) {
        log.append(event);
    }

    @Transactional(readOnly = true)
    public PageResult<AuditRecordView> search(AuditFilter filter, PageQuery page) {
        Map<String, Object> params = params(filter);
        long total = count(params);
        var rows = jdbc.sql("select * from audit_record " + WHERE + NEWEST_FIRST + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AuditManagement::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** How many records the filter finds, all of them counted (the API's total; the auditor's page stops counting). */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return count(params(filter));
    }

    private long count(Map<String, Object> params) {
        return jdbc.sql("select count(*) from audit_record " + WHERE)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Streams every matching record, newest first, for export. */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, int limit, Consumer<AuditRecordView> consumer) {
        try (Stream<AuditRecordView> rows = streaming
                .sql("select * from audit_record " + WHERE + NEWEST_FIRST + " limit :limit")
                .params(params(filter))
                .param("limit", limit)
                .query(AuditManagement::row)
                .stream()) {
            rows.forEach(consumer);
        }
    }

    public ChainVerification verify() {
        return verifier.verify();
    }

    /** Starts a check of the chain in the background; its progress is read with {@link #verificationRun}. */
    public long startVerification() {
        return runs.start(Actor.current().username());
    }

    public Optional<VerificationRun> verificationRun(long id) {
        return runs.find(id);
    }

    public Optional<VerificationRun> latestVerificationRun() {
        return runs.latest();
    }

    /** The parameters of {@link #WHERE} for the filter. */
    Map<String, Object> params(AuditFilter f) {
        Map<String, Object> params = new HashMap<>();
        String actor = blank(f.actor());
        List<String> named = users.usernamesNamed(actor, NAMED_ACTORS);
        params.put("actor", actor);
        params.put("actorsNamed", named.isEmpty() ? List.of(NO_ACTION) : named);
        params.put("type", blank(f.entityType()));
        params.put("entityId", blank(f.entityId()));
        params.put(
                "action",
                blank(f.action()) == null ? null : LikeText.escape(f.action().trim()) + "%");
        params.put(
                "named",
                f.actionsNamed() == null || f.actionsNamed().isEmpty()
                        ? List.of(NO_ACTION)
                        : List.copyOf(f.actionsNamed()));
        params.put("from", f.from() == null ? null : Timestamp.from(f.from()));
        params.put("to", f.to() == null ? null : Timestamp.from(f.to()));
        params.put("category", f.category() == null ? null : f.category().name());
        params.put(
                "categoryActions",
                f.category() == null
                        ? List.of(NO_ACTION)
                        : List.copyOf(f.category().actions()));
        return params;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static AuditRecordView row(ResultSet rs, int n) throws SQLException {
        return new AuditRecordView(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("address"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("summary"));
    }
}
