package cn.zhuanban.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names of a set of things by id, for the audit log's names beside ids: one query per thousand ids (the
 * databases' comfortable length of an {@code in} list), never one per id; a deleted thing is absent.
 */
public final class NamesByIds {

    private static final int SLICE = 1000;

    private NamesByIds() {}

    /**
     * The names {@code sql} reads for the ids: it selects the id and the name, in that order, and takes the ids as
     * {@code :ids} ({@code select id, name from x where id in (:ids)}).
     */
    public static Map<Long, String> of(JdbcClient jdbc, String sql, Collection<Long> ids) {
        List<Long> all = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            jdbc.sql(sql)
                    .param("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return names;
    }
}
