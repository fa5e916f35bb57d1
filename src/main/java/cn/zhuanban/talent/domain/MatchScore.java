package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.LikeText;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.ScorePart;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a candidate scores for a demand, out of 100:
 *
 * <ul>
 *   <li>education 30: meets the level; 15 one level below;
 *   <li>discipline 30, by the closest relation found in the undergraduate catalogue ({@code talent_discipline}, see
 *       V126): 30 the same major (or a short form of it); 20 the same professional class (专业类, e.g. 化学工程与工艺 for
 *       制药工程, both 化工与制药类); 15 one name contains the other; 10 a related class (the family of V126, e.g.
 *       药学类 for a 化工与制药类 post: both make medicines); 0 otherwise. Skills add 10 when the candidate's skills
 *       mention the demand's discipline or a keyword of its position (合成工艺 of 合成工艺工程师), up to 25: skills lift
 *       a near or foreign discipline (10 for skills alone) but never to the level of the same major;
 *   <li>experience 25: pro rata below the years asked;
 *   <li>location 15: same place; 8 if willing to relocate.
 * </ul>
 *
 * Each part is a SQL column, so that ranking and paging stay in the database; the page shows each part with the
 * verdict that explains it, the discipline's verdict naming the relation found.
 */
final class MatchScore {

    static final int SAME_MAJOR = 30;
    static final int SAME_CLASS = 20;
    static final int NAME_CONTAINS = 15;
    static final int RELATED_CLASS = 10;
    static final int SKILLS = 10;

    /** What a discipline other than the demand's can reach with skills: the same major stays ahead. */
    static final int NEAR_MAX = 25;

    /** Keyword slots for the skills test; a fixed number keeps the statement the same for every demand. */
    static final int KEYWORDS = 6;

    static final String ELIGIBLE = "c.removed = false and c.consent_to_contact = true";

    /** The candidates with their discipline's catalogue row, if any. */
    static final String FROM = "talent_candidate c left join talent_discipline d on d.name = trim(c.discipline)";

    static final String TOTAL = "(s.education_score + s.discipline_score + s.experience_score + s.location_score)";

    /**
     * The candidate's discipline as a pattern that matches only itself: a {@code %} or {@code _} typed into it is a
     * character, not a wildcard (escaped as {@code LikeText} escapes what users type, with {@code !}).
     */
    private static final String LIKE_ESCAPED_DISCIPLINE =
            "replace(replace(replace(lower(trim(c.discipline)), '!', '!!'), '%', '!%'), '_', '!_')";

    /** The discipline relation's points, before skills. */
    private static final String RELATION =
            """
            case when c.discipline is null then 0
                 when lower(trim(c.discipline)) = :discipline
                      or (cast(:majorCode as varchar) is not null and d.major_code = :majorCode) then %d
                 when cast(:classCode as varchar) is not null and d.class_code = :classCode then %d
                 when lower(c.discipline) like :disciplineLike escape '!'
                      or :discipline like ('%%' || %s || '%%') escape '!' then %d
                 when cast(:family as varchar) is not null and d.family = :family then %d
                 else 0 end""".formatted(SAME_MAJOR, SAME_CLASS, LIKE_ESCAPED_DISCIPLINE, NAME_CONTAINS, RELATED_CLASS);

    private static final String SKILLS_SQL = "case when c.skills is not null and ("
            + String.join(
                    " or ",
                    IntStream.range(0, KEYWORDS)
                            .mapToObj(i -> "lower(c.skills) like :skill" + i + " escape '!'")
                            .toList())
            + ") then " + SKILLS + " else 0 end";

    static final String PARTS_SQL =
            """
            case when %1$s >= :education then 30 when %1$s = :education - 1 then 15 else 0 end as education_score,
            %2$s as discipline_relation,
            %3$s as skills_related,
            d.class_name as discipline_class,
            case when (%2$s) = %4$d then %4$d
                 when (%2$s) + (%3$s) > %5$d then %5$d
                 else (%2$s) + (%3$s) end as discipline_score,
            case when :years <= 0 or coalesce(c.years_experience, 0) >= :years then 25
                 else (25 * coalesce(c.years_experience, 0)) / :years end as experience_score,
            case when cast(:location as varchar) is not null and lower(c.location) = :location then 15
                 when c.willing_to_relocate = true then 8 else 0 end as location_score""".formatted(Education.rankSql("c.education"), RELATION, SKILLS_SQL, SAME_MAJOR, NEAR_MAX);

    /** Separators between the words of a position title. */
    private static final Pattern WORDS = Pattern.compile("[\\s,，、;；/／|()（）\\[\\]【】·\\-]+");

    /** Role words that end a position title and say nothing about the work (工程师 of 合成工艺工程师). */
    private static final List<String> ROLE_WORDS =
            List.of("工程师", "技术员", "负责人", "专员", "主任", "经理", "主管", "助理", "总监", "师", "员");

    private MatchScore() {}

    /** A discipline of the catalogue: its major, professional class and family (V126). */
    record Discipline(String majorCode, String classCode, String className, String family) {}

    static Optional<Discipline> discipline(JdbcClient jdbc, String name) {
        return jdbc.sql("select major_code, class_code, class_name, family from talent_discipline where name = :name")
                .param("name", name.trim())
                .query((rs, n) -> new Discipline(
                        rs.getString("major_code"),
                        rs.getString("class_code"),
                        rs.getString("class_name"),
                        rs.getString("family")))
                .optional();
    }

    static Map<String, Object> params(DemandView demand, Optional<Discipline> catalogued) {
        Map<String, Object> params = new HashMap<>();
        String discipline = demand.discipline().trim().toLowerCase(Locale.ROOT);
        params.put("education", demand.education().ordinal());
        params.put("discipline", discipline);
        params.put("disciplineLike", "%" + LikeText.escape(discipline) + "%");
        params.put("majorCode", catalogued.map(Discipline::majorCode).orElse(null));
        params.put("classCode", catalogued.map(Discipline::classCode).orElse(null));
        params.put("family", catalogued.map(Discipline::family).orElse(null));
        List<String> keywords = keywords(demand);
        for (int i = 0; i < KEYWORDS; i++) {
            // unused slots repeat the discipline, which is always there: no null to type in the statement
            params.put("skill" + i, "%" + LikeText.escape(keywords.get(Math.min(i, keywords.size() - 1))) + "%");
        }
        params.put("years", demand.minYears());
        params.put(
                "location",
                demand.location() == null || demand.location().isBlank()
                        ? null
                        : demand.location().trim().toLowerCase(Locale.ROOT));
        return params;
    }

    /**
     * What the candidate's skills are searched for: the demand's discipline, then the words of its position without the
     * role word (QA 质量保证专员 gives qa and 质量保证); words shorter than two characters would match almost anything.
     */
    static List<String> keywords(DemandView demand) {
        List<String> keywords = new ArrayList<>();
        keywords.add(demand.discipline().trim().toLowerCase(Locale.ROOT));
        for (String word : WORDS.split(demand.position() == null ? "" : demand.position())) {
            String keyword = withoutRoleWord(word.trim().toLowerCase(Locale.ROOT));
            if (keyword.length() >= 2 && !keywords.contains(keyword) && keywords.size() < KEYWORDS) {
                keywords.add(keyword);
            }
        }
        return keywords;
    }

    private static String withoutRoleWord(String word) {
        for (String role : ROLE_WORDS) {
            if (word.endsWith(role)) {
                return word.substring(0, word.length() - role.length());
            }
        }
        return word;
    }

    static List<ScorePart> parts(ResultSet rs) throws SQLException {
        int education = rs.getInt("education_score");
        int discipline = rs.getInt("discipline_score");
        int experience = rs.getInt("experience_score");
        int location = rs.getInt("location_score");
        int relation = rs.getInt("discipline_relation");
        boolean skills = rs.getInt("skills_related") > 0;
        String classification =
                relation == SAME_CLASS || relation == RELATED_CLASS ? rs.getString("discipline_class") : null;
        return List.of(
                new ScorePart("education", education, 30, verdict("education", education, 30, 15), null),
                new ScorePart(
                        "discipline", discipline, SAME_MAJOR, disciplineVerdict(relation, skills), classification),
                new ScorePart("experience", experience, 25, verdict("experience", experience, 25, 1), null),
                new ScorePart("location", location, 15, verdict("location", location, 15, 8), null));
    }

    /**
     * talent.match.discipline.same / .class / .contains / .family / .none, with "-skills" when the skills are related
     * too (plain .skills when they are all there is); the same major needs no word about skills.
     */
    private static String disciplineVerdict(int relation, boolean skills) {
        String found = switch (relation) {
            case SAME_MAJOR -> "same";
            case SAME_CLASS -> "class";
            case NAME_CONTAINS -> "contains";
            case RELATED_CLASS -> "family";
            default -> null;
        };
        if (found == null) {
            return "talent.match.discipline." + (skills ? "skills" : "none");
        }
        return "talent.match.discipline." + found + (skills && relation != SAME_MAJOR ? "-skills" : "");
    }

    /** talent.match.<part>.full / .partial / .none */
    private static String verdict(String part, int points, int full, int partial) {
        String level = points >= full ? "full" : points >= partial ? "partial" : "none";
        return "talent.match." + part + "." + level;
    }
}
