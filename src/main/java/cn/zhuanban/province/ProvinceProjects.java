package cn.zhuanban.province;

import static cn.zhuanban.province.ProvinceBatch.ts;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.function.IntToLongFunction;

/**
 * The generated projects: stages, levels and lights drawn with realistic weights, starts within the last two years,
 * two projects per enterprise and ten per task force, each led by its task force's lead official. The start dates and
 * totals are returned for the plans and investment reports that follow; the lights' changes are written beside them
 * (see {@link ProvinceLights}).
 */
final class ProvinceProjects {

    static final String INSERT = """
            insert into project (id, name, project_code, enterprise_id, level, stage, total_investment,
                start_date, target_finish, lead_official_id, task_force_id, status_light, light_reason,
                light_reason_code, light_changed_at, location, description, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Per project (by number from 0): its start date and total investment. */
    record Facts(LocalDate[] start, BigDecimal[] total) {}

    private final Random random;
    private final LocalDate today;
    private final Instant now;
    private final String tag;
    private final ProvinceLightReasons reasons;

    ProvinceProjects(Random random, LocalDate today, Instant now, String tag, ProvinceLightReasons reasons) {
        this.random = random;
        this.today = today;
        this.now = now;
        this.tag = tag;
        this.reasons = reasons;
    }

    /**
     * Projects numbered from {@code projectBase}; enterprises and task forces from their bases. Each project's light
     * changes go to {@code history}, which sends the projects' pending rows before its own.
     */
    Facts write(
            ProvinceBatch b,
            ProvinceBatch history,
            int count,
            long projectBase,
            long entBase,
            long tfBase,
            IntToLongFunction leadOf)
            throws SQLException {
        LocalDate[] projectStart = new LocalDate[count];
        BigDecimal[] projectTotal = new BigDecimal[count];
        Timestamp nowTs = Timestamp.from(now);
        int codeRegion = 100000 + Math.floorMod(tag.hashCode(), 900000);
        String[] stages = {"PLANNED", "PRE_CONSTRUCTION", "UNDER_CONSTRUCTION", "COMPLETED", "IN_PRODUCTION"};
        int[] stageWeights = {10, 25, 45, 10, 10};
        String[] levels = {"PROVINCIAL", "MUNICIPAL", "DISTRICT"};
        int[] levelWeights = {15, 35, 50};
        String[] lights = {"GREEN", "YELLOW", "RED"};
        int[] lightWeights = {70, 20, 10};
        ProvinceLights stories = new ProvinceLights(new Random(tag.hashCode() * 17L + count), now, reasons);
        for (int i = 0; i < count; i++) {
            LocalDate start = today.minusDays(60 + random.nextInt(700));
            LocalDate finish = start.plusDays(500 + random.nextInt(700));
            BigDecimal total = BigDecimal.valueOf(5000 + random.nextInt(495000));
            projectStart[i] = start;
            projectTotal[i] = total;
            String light = pick(lights, lightWeights);
            String level = pick(levels, levelWeights);
            String stage = pick(stages, stageWeights);
            int goal = stageUnderWay(start, finish);
            ProvinceLightReasons.Reason reason =
                    light.equals("GREEN") ? null : reasons.about(light, goal, 1 + random.nextInt(30));
            Instant turned = light.equals("GREEN") ? null : now.minus(random.nextInt(60), ChronoUnit.DAYS);
            Instant registered = start.atStartOfDay(ZONE).toInstant();
            List<ProvinceLights.Change> story = stories.story(registered, light, reason, turned, goal);
            // the time of the light's last change, as the history's last row says (none: green since registered)
            Instant lightChanged = story.isEmpty() ? null : story.getLast().at();
            b.row(
                    projectBase + i,
                    "省重点项目" + (i + 1) + "号（" + projectKind(i) + "）",
                    String.format("%d-%06d-%02d-%02d-%06d", start.getYear(), codeRegion, 1 + i % 50, 3, i),
                    entBase + i / 2,
                    level,
                    stage,
                    total,
                    Date.valueOf(start),
                    Date.valueOf(finish),
                    leadOf.applyAsLong(i),
                    tfBase + i / 10,
                    light,
                    reason == null ? null : reason.text(),
                    reason == null ? null : reason.code(),
                    lightChanged == null ? null : ts(lightChanged),
                    "省示范园区" + (i % 90 + 1) + "号地块",
                    "生成的省级规模测试项目（" + tag + "）",
                    ts(registered),
                    nowTs);
            ProvinceLights.write(history, projectBase + i, story);
        }
        return new Facts(projectStart, projectTotal);
    }

    /** The stage (1 to 5) whose goal is next by the share of the project's time passed, for its light's reason. */
    private int stageUnderWay(LocalDate start, LocalDate finish) {
        long passed = ChronoUnit.DAYS.between(start, today);
        long whole = Math.max(1, ChronoUnit.DAYS.between(start, finish));
        return (int) Math.max(1, Math.min(5, 1 + passed * 5 / whole));
    }

    private <T> T pick(T[] values, int[] weights) {
        return ProvinceBatch.pick(random, values, weights);
    }

    private static String projectKind(int i) {
        String[] kinds = {"新能源电池", "智能装备", "生物医药", "物流园区", "数据中心", "新材料", "汽车零部件", "市政道路"};
        return kinds[i % kinds.length];
    }
}
