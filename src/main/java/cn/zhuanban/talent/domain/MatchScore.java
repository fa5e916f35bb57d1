package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.LikeText;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.ScorePart;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a candidate scores for a demand, out of 100: education 30 (meets the level; 15 one level
 * below), discipline 30 (same; 15 related, one name containing the other), experience 25 (pro rata
 * below the years asked), location 15 (same place; 8 if willing to relocate). Each part is a SQL
 * column, and the page shows each part with the verdict that explains it.
 */
final class MatchScore {

    static final String ELIGIBLE = "c.removed = false and c.consent_to_contact = true";

    static final String TOTAL = "(s.education_score + s.discipline_score + s.experience_score + s.location_score)";

    static final String PARTS_SQL = """
            case when %1$s >= :education then 30 when %1$s = :education - 1 then 15 else 0 end as education_score,
            case when lower(c.discipline) = :discipline then 30
                 when lower(c.discipline) like :disciplineLike escape '!' or :discipline like ('%%' || lower(c.discipline) || '%%')
                 then 15 else 0 end as discipline_score,
            case when :years <= 0 or coalesce(c.years_experience, 0) >= :years then 25
                 else (25 * coalesce(c.years_experience, 0)) / :years end as experience_score,
            case when cast(:location as varchar) is not null and lower(c.location) = :location then 15
                 when c.willing_to_relocate = true then 8 else 0 end as location_score""".formatted(Education.rankSql("c.education"));

    private MatchScore() {}

    static Map<String, Object> params(DemandView demand) {
        Map<String, Object> params = new HashMap<>();
        String discipline = demand.discipline().trim().toLowerCase();
        params.put("education", demand.education().ordinal());
        params.put("discipline", discipline);
        params.put("disciplineLike", "%" + LikeText.escape(discipline) + "%");
        params.put("years", demand.minYears());
        params.put(
                "location",
                demand.location() == null || demand.location().isBlank()
                        ? null
                        : demand.location().trim().toLowerCase());
        return params;
    }

    static List<ScorePart> parts(ResultSet rs) throws SQLException {
        int education = rs.getInt("education_score");
        int discipline = rs.getInt("discipline_score");
        int experience = rs.getInt("experience_score");
        int location = rs.getInt("location_score");
        return List.of(
                new ScorePart("education", education, 30, verdict("education", education, 30, 15)),
                new ScorePart("discipline", discipline, 30, verdict("discipline", discipline, 30, 15)),
                new ScorePart("experience", experience, 25, verdict("experience", experience, 25, 1)),
                new ScorePart("location", location, 15, verdict("location", location, 15, 8)));
    }

    /** talent.match.<part>.full / .partial / .none */
    private static String verdict(String part, int points, int full, int partial) {
        String level = points >= full ? "full" : points >= partial ? "partial" : "none";
        return "talent.match." + part + "." + level;
    }
}
