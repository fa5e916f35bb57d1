package cn.zhuanban.audit;

import cn.zhuanban.audit.AuditManagement.AuditFilter;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's log a page at a time by seeking (keyset paging): a page starts right after the last record of the
 * page before, or right before the first one, found by its time and chain position (index on both, V158), so a page a
 * million records deep costs what the first one does. An offset read and threw away every earlier record. The pages
 * are first, previous, next and last: a page number means nothing in a log that grows while it is read. The number of
 * records found is counted only up to {@code zhuanban.audit.count-up-to} (10,000) and shown as "10,000+" beyond: a
 * count of everything a filter finds in a province's million records took longer than the page it heads.
 */
@Service
@Transactional(readOnly = true)
public class AuditRecordPages {

    /** Which page: the newest, the one after or before a record shown, or the oldest. */
    public enum Seek {
        FIRST,
        OLDER,
        NEWER,
        LAST
    }

    /**
     * One page, newest first, with the number of records the filter finds (at least that many when {@code
     * moreThanCounted}: counting stopped there) and whether there are newer records (a previous page) or older ones (a
     * next page).
     */
    public record AuditPage(
            List<AuditRecordView> content,
            int size,
            long totalElements,
            boolean moreThanCounted,
            boolean hasNewer,
            boolean hasOlder) {

        public Long firstId() {
            return content.isEmpty() ? null : content.getFirst().id();
        }

        public Long lastId() {
            return content.isEmpty() ? null : content.getLast().id();
        }
    }

    private static final String OLDEST_FIRST = " order by occurred_at, id";
    /** Index-friendly forms of (occurred_at, id) < / > (:t, :id): the first conjunct is a range of the index. */
    private static final String OLDER_THAN = " and occurred_at <= :t and (occurred_at < :t or id < :id)";

    private static final String NEWER_THAN = " and occurred_at >= :t and (occurred_at > :t or id > :id)";

    private final AuditManagement audit;
    private final JdbcClient jdbc;

    /** How many records the filter's total counts at most (not final: a test lowers it rather than add 10,000). */
    int countUpTo;

    AuditRecordPages(
            AuditManagement audit, JdbcClient jdbc, @Value("${zhuanban.audit.count-up-to:10000}") int countUpTo) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.countUpTo = countUpTo;
    }

    /**
     * The page of {@code size} records the filter finds, seeking from the record {@code from} (the last one shown for
     * {@link Seek#OLDER}, the first one for {@link Seek#NEWER}); from the newest when that record is not found.
     */
    public AuditPage page(AuditFilter filter, Seek seek, Long from, int size) {
        Map<String, Object> params = audit.params(filter);
        int upTo = countUpTo;
        // one more than counted tells "exactly upTo" from "more"; the subquery stops reading there
        long total = jdbc.sql("select count(*) from (select id from audit_record " + AuditManagement.WHERE
                        + " limit :counted) found")
                .params(params)
                .param("counted", upTo + 1)
                .query(Long.class)
                .single();
        boolean moreThanCounted = total > upTo;
        Optional<Timestamp> at = from == null
                ? Optional.empty()
                : jdbc.sql("select occurred_at from audit_record where id = :id")
                        .param("id", from)
                        .query(Timestamp.class)
                        .optional();
        Seek effective = at.isEmpty() && (seek == Seek.OLDER || seek == Seek.NEWER) ? Seek.FIRST : seek;
        boolean newestFirst = effective == Seek.FIRST || effective == Seek.OLDER;
        String sql = "select * from audit_record " + AuditManagement.WHERE
                + switch (effective) {
                    case OLDER -> OLDER_THAN;
                    case NEWER -> NEWER_THAN;
                    default -> "";
                }
                + (newestFirst ? AuditManagement.NEWEST_FIRST : OLDEST_FIRST)
                + " limit :limit";
        var query = jdbc.sql(sql).params(params).param("limit", size + 1);
        if (at.isPresent() && effective != Seek.FIRST && effective != Seek.LAST) {
            query = query.param("t", at.get()).param("id", from);
        }
        List<AuditRecordView> rows =
                new ArrayList<>(query.query(AuditManagement::row).list());
        boolean more = rows.size() > size;
        if (more) {
            rows.removeLast();
        }
        if (!newestFirst) {
            Collections.reverse(rows);
        }
        boolean hasNewer = newestFirst ? effective == Seek.OLDER && beyond(params, rows, NEWER_THAN) : more;
        boolean hasOlder = newestFirst ? more : effective == Seek.NEWER && beyond(params, rows, OLDER_THAN);
        return new AuditPage(List.copyOf(rows), size, Math.min(total, upTo), moreThanCounted, hasNewer, hasOlder);
    }

    /**
     * Up to {@code limit} records the filter finds older than the record {@code after}, newest first (the API's pages
     * by cursor); none when there is no such record to seek from.
     */
    public Optional<List<AuditRecordView>> olderThan(AuditFilter filter, long after, int limit) {
        return jdbc.sql("select occurred_at from audit_record where id = :id")
                .param("id", after)
                .query(Timestamp.class)
                .optional()
                .map(at -> jdbc.sql("select * from audit_record " + AuditManagement.WHERE + OLDER_THAN
                                + AuditManagement.NEWEST_FIRST + " limit :limit")
                        .params(audit.params(filter))
                        .param("t", at)
                        .param("id", after)
                        .param("limit", limit)
                        .query(AuditManagement::row)
                        .list());
    }

    /** Whether the filter finds a record newer than the page's first or older than its last (by {@code side}). */
    private boolean beyond(Map<String, Object> params, List<AuditRecordView> rows, String side) {
        if (rows.isEmpty()) {
            return false;
        }
        AuditRecordView edge = side.equals(NEWER_THAN) ? rows.getFirst() : rows.getLast();
        return !jdbc.sql("select id from audit_record " + AuditManagement.WHERE + side + " limit 1")
                .params(params)
                .param("t", Timestamp.from(edge.occurredAt()))
                .param("id", edge.id())
                .query(Long.class)
                .list()
                .isEmpty();
    }
}
