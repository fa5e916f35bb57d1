package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.LikeText;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.talent.CandidateSource;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.MatchStep;
import cn.zhuanban.talent.TalentViews.CandidateView;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.MatchView;
import cn.zhuanban.talent.TalentViews.PoolCounts;
import cn.zhuanban.talent.TalentViews.PoolFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Candidates and matching. The score is computed in SQL, part by part (see {@link MatchScore}), so
 * that ranking and paging happen in the database over the whole pool; only candidates who consented
 * to be contacted and were not removed take part.
 */
@Component
public class MatchQueries {

    private static final String CANDIDATE = """
            c.id, c.name, c.phone, c.email, c.education, c.discipline, c.skills, c.years_experience, c.location,
            c.willing_to_relocate, c.consent_to_contact, c.consent_on, c.consent_note, c.source, c.removed,
            c.removed_on, c.version""";

    private static final String POOL_WHERE = """
             where c.removed = false
               and (cast(:q as varchar) is null or lower(c.discipline) like :like escape '!' or lower(c.skills) like :like escape '!'
                    or (:byName = true and lower(c.name) like :like escape '!'))
               and (cast(:education as varchar) is null or c.education = :education)
               and (cast(:source as varchar) is null or c.source = :source)
            """;

    private final JdbcClient jdbc;

    MatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ranked candidates for a demand: total score, then experience, then who entered the pool first. */
    public PageResult<MatchView> matches(DemandView demand, boolean contactVisible, PageQuery page) {
        Map<String, Object> params = MatchScore.params(demand, MatchScore.discipline(jdbc, demand.discipline()));
        long total = jdbc.sql("select count(*) from talent_candidate c where " + MatchScore.ELIGIBLE)
                .query(Long.class)
                .single();
        List<MatchView> rows = jdbc.sql("select * from (select " + CANDIDATE + ", " + MatchScore.PARTS_SQL + """
                        , m.status as step, coalesce(m.hired_on, m.declined_on, m.interviewed_on, m.contacted_on) as step_on
                        from\s"""
                        + MatchScore.FROM
                        + """
                         left join talent_match m on m.candidate_id = c.id and m.demand_id = :demand
                        where\s"""
                        + MatchScore.ELIGIBLE + ") s order by " + MatchScore.TOTAL
                        + " desc, s.experience_score desc, s.id limit :limit offset :offset")
                .params(params)
                .param("demand", demand.id())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> match(rs, contactVisible))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The score of one candidate for one demand, as stored with the match when staff act on it. */
    public Optional<Integer> score(DemandView demand, long candidateId) {
        return jdbc.sql("select " + MatchScore.PARTS_SQL + " from " + MatchScore.FROM + " where c.id = :candidate")
                .params(MatchScore.params(demand, MatchScore.discipline(jdbc, demand.discipline())))
                .param("candidate", candidateId)
                .query((rs, n) ->
                        MatchScore.parts(rs).stream().mapToInt(p -> p.points()).sum())
                .optional();
    }

    public PageResult<CandidateView> pool(PoolFilter filter, boolean contactVisible, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String q =
                filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
        params.put("q", q);
        params.put("like", LikeText.containing(q));
        params.put("byName", contactVisible);
        params.put(
                "education",
                filter.education() == null ? null : filter.education().name());
        params.put("source", filter.source() == null ? null : filter.source().name());
        long total = jdbc.sql("select count(*) from talent_candidate c" + POOL_WHERE)
                .params(params)
                .query(Long.class)
                .single();
        List<CandidateView> rows = jdbc.sql("select " + CANDIDATE + " from talent_candidate c" + POOL_WHERE
                        + " order by c.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> candidate(rs, contactVisible))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<CandidateView> candidate(long id, boolean contactVisible) {
        return jdbc.sql("select " + CANDIDATE + " from talent_candidate c where c.id = :id")
                .param("id", id)
                .query((rs, n) -> candidate(rs, contactVisible))
                .optional();
    }

    public PoolCounts counts() {
        return jdbc.sql("""
                        select coalesce(sum(case when removed = false then 1 else 0 end), 0) as active,
                               coalesce(sum(case when removed = true then 1 else 0 end), 0) as removed,
                               (select count(distinct candidate_id) from talent_match where status = 'HIRED') as hired
                        from talent_candidate""")
                .query((rs, n) -> new PoolCounts(rs.getLong("active"), rs.getLong("removed"), rs.getLong("hired")))
                .single();
    }

    private static MatchView match(ResultSet rs, boolean contactVisible) throws SQLException {
        String step = rs.getString("step");
        var parts = MatchScore.parts(rs);
        return new MatchView(
                candidate(rs, contactVisible),
                parts.stream().mapToInt(p -> p.points()).sum(),
                parts,
                step == null ? null : MatchStep.valueOf(step),
                rs.getObject("step_on", LocalDate.class));
    }

    static CandidateView candidate(ResultSet rs, boolean contactVisible) throws SQLException {
        String education = rs.getString("education");
        return new CandidateView(
                rs.getLong("id"),
                contactVisible ? rs.getString("name") : null,
                contactVisible ? rs.getString("phone") : null,
                contactVisible ? rs.getString("email") : null,
                contactVisible,
                education == null ? null : Education.valueOf(education),
                rs.getString("discipline"),
                rs.getString("skills"),
                rs.getObject("years_experience", Integer.class),
                rs.getString("location"),
                rs.getBoolean("willing_to_relocate"),
                rs.getBoolean("consent_to_contact"),
                rs.getObject("consent_on", LocalDate.class),
                rs.getString("consent_note"),
                CandidateSource.valueOf(rs.getString("source")),
                rs.getBoolean("removed"),
                rs.getObject("removed_on", LocalDate.class),
                rs.getInt("version"));
    }
}
