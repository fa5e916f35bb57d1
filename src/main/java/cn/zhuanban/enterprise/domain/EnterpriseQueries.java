package cn.zhuanban.enterprise.domain;

import cn.zhuanban.enterprise.CreditCode;
import cn.zhuanban.enterprise.EnterpriseOption;
import cn.zhuanban.enterprise.EnterpriseView;
import cn.zhuanban.enterprise.Warning;
import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of the directory in SQL: search and paging happen in the database, and so does the
 * data scope, given as one of the fixed conditions of {@link Visibility} (for a narrower staff scope an EXISTS on the
 * projects in scope, which the project module supplies: one index lookup per enterprise row, no list of ids).
 */
@Component
public class EnterpriseQueries {

    /**
     * Which enterprises a user sees: all, only one (their own), those of the projects in their scope, or none. The
     * condition is one of fixed texts on {@code e}, never built from input.
     */
    public record Visibility(String condition, Map<String, Object> params) {

        public static final Visibility ALL = new Visibility("1 = 1", Map.of());
        public static final Visibility NONE = new Visibility("1 = 0", Map.of());

        public Visibility {
            params = Map.copyOf(params);
        }

        public static Visibility only(Long enterpriseId) {
            return enterpriseId == null ? NONE : new Visibility("e.id = :own", Map.of("own", enterpriseId));
        }
    }

    private static final String SEARCH = """
             from enterprise e
            where (cast(:q as varchar) is null or lower(e.name) like :like escape '!' or e.credit_code like :code escape '!')
              and\s""";

    private static final int SLICE = 1000;

    private final JdbcClient jdbc;

    EnterpriseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<EnterpriseView> search(String q, Visibility visibility, PageQuery page) {
        Map<String, Object> params = searchParams(q, visibility);
        String where = SEARCH + visibility.condition();
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<EnterpriseView> rows = jdbc.sql(
                        "select e.*" + where + " order by e.name, e.id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(EnterpriseQueries::row)
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<EnterpriseView> find(long id, Visibility visibility) {
        return jdbc.sql("select e.* from enterprise e where e.id = :id and " + visibility.condition())
                .param("id", id)
                .params(visibility.params())
                .query(EnterpriseQueries::row)
                .optional();
    }

    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from enterprise where id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return names;
    }

    /** The choice entries (name and credit code) of these enterprises, by id: one query per page of a ledger. */
    public Map<Long, EnterpriseOption> optionsOf(Collection<Long> ids) {
        Map<Long, EnterpriseOption> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select e.id, e.name, e.credit_code from enterprise e where e.id in (:ids)")
                    .param("ids", ids)
                    .query(EnterpriseQueries::option)
                    .list()
                    .forEach(e -> found.put(e.id(), e));
        }
        return found;
    }

    /**
     * Which of these credit codes are registered, with the enterprise's choice entry, among the enterprises the
     * visibility allows: for imports, which look up every row's code at once (in slices, as databases limit a
     * statement's parameters).
     */
    public Map<String, EnterpriseOption> byCreditCodes(Collection<String> codes, Visibility visibility) {
        Map<String, EnterpriseOption> found = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += SLICE) {
            jdbc.sql("select e.id, e.name, e.credit_code from enterprise e where e.credit_code in (:codes) and "
                            + visibility.condition())
                    .param("codes", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .params(visibility.params())
                    .query(EnterpriseQueries::option)
                    .list()
                    .forEach(e -> found.put(e.creditCode(), e));
        }
        return found;
    }

    /** The first {@code limit} visible enterprises by name whose name or code contains the text, all when blank. */
    public List<EnterpriseOption> choices(String q, Visibility visibility, int limit) {
        return jdbc.sql("select e.id, e.name, e.credit_code" + SEARCH + visibility.condition()
                        + " order by e.name, e.id limit :limit")
                .params(searchParams(q, visibility))
                .param("limit", limit)
                .query(EnterpriseQueries::option)
                .list();
    }

    public Optional<EnterpriseOption> choice(long id, Visibility visibility) {
        return jdbc.sql("select e.id, e.name, e.credit_code from enterprise e where e.id = :id and "
                        + visibility.condition())
                .param("id", id)
                .params(visibility.params())
                .query(EnterpriseQueries::option)
                .optional();
    }

    /** Ids of enterprises whose name or code contains the text, for other modules' searches. */
    public List<Long> idsMatching(String q, int limit) {
        return jdbc.sql("select e.id" + SEARCH + "1 = 1 order by e.id limit :limit")
                .params(searchParams(q, Visibility.ALL))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    private static Map<String, Object> searchParams(String q, Visibility visibility) {
        String text = q == null || q.isBlank() ? null : q.strip();
        Map<String, Object> params = new HashMap<>();
        params.put("q", text);
        params.put("like", LikeText.containing(text));
        params.put("code", text == null ? null : "%" + LikeText.escape(text.toUpperCase(Locale.ROOT)) + "%");
        params.putAll(visibility.params());
        return params;
    }

    private static EnterpriseOption option(ResultSet rs, int n) throws SQLException {
        return new EnterpriseOption(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"));
    }

    private static EnterpriseView row(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("credit_code");
        return new EnterpriseView(
                rs.getLong("id"),
                rs.getString("name"),
                code,
                rs.getString("legal_representative"),
                rs.getString("industry_code"),
                rs.getString("address"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("description"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"),
                Warning.about(new CreditCode(code)));
    }
}
