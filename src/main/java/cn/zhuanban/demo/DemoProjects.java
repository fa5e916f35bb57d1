package cn.zhuanban.demo;

import cn.zhuanban.identity.IdentityManagement;
import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.project.TaskForceForm;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.ClockConfiguration;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enterprises, task forces and fifteen key projects of the demo district, at all three levels and
 * in all five stages, their dates as the story tells them in November 2026 ({@link DemoStory}). The enterprise contacts 孙伟 (enterprise) and 钱芳 (enterprise2) are linked
 * to their enterprises, so that the ENTERPRISE data scope has something to show.
 */
@Component
class DemoProjects {

    /** name, lead username, chief service officer username, member usernames, department codes. */
    static final String[][] TASK_FORCES = {
        {"高端原料药项目服务专班", "lead", "dispatch", "taskforce", "ZRZY,GD,ZJ,SW"},
        {"新材料与装备制造项目服务专班", "lead2", "dispatch", "", "FGW,ZJ,STHJ,GX"},
        {"新能源与数字经济项目服务专班", "lead", "taskforce", "taskforce", "FGW,GD,GX,SW"}
    };

    /**
     * One project a line: name | project code (empty: none yet) | enterprise index | level | stage |
     * investment (万元) | start | target finish | lead official | task force index (-1: none) | light |
     * reason of the light (as {@link DemoLightReasons} reads it) | location | scope of work. A project with a plan has the light its plan gives it once the
     * plan is judged again: 中原智能装备产业园项目's last month's target was caught up only this month, so its plan makes it
     * yellow ({@link DemoMonthTargets}).
     */
    static final String PROJECTS = """
            康元生物高端原料药项目|2024-410199-27-03-015832|0|PROVINCIAL|UNDER_CONSTRUCTION|186000|2025-03-18|2027-06-30|lead|0|YELLOW|float:B02:供电接入:4|示范区医药产业园|年产 1200 吨高端原料药及关键中间体，建设合成车间、质检中心、危化品仓库和污水预处理站。
            康元生物制剂研发中心项目|2025-410199-73-01-020417|0|DISTRICT|PRE_CONSTRUCTION|32000|2026-04-01|2027-12-31|lead|0|GREEN||示范区医药产业园|
            华瑞新材料高性能碳纤维项目|2024-410199-26-03-011206|1|PROVINCIAL|UNDER_CONSTRUCTION|128000|2024-09-01|2026-12-31|lead2|1|RED|short:A03:土地供应（招拍挂）:15|示范区新材料产业园|
            中原智能装备产业园项目|2024-410199-34-03-013579|2|MUNICIPAL|UNDER_CONSTRUCTION|95000|2024-11-15|2026-10-31|lead2|1|GREEN||示范区装备制造园|
            绿能光伏组件生产基地项目|2025-410199-38-03-024680|3|MUNICIPAL|PRE_CONSTRUCTION|76000|2026-03-01|2027-09-30|lead|2|YELLOW|float:A08:环评批复（报告表）:3|示范区新能源产业园|
            恒通智慧物流园项目|2023-410199-59-03-008642|4|DISTRICT|COMPLETED|42000|2023-05-10|2025-10-31|lead2|-1|GREEN||示范区物流园|
            天成电子高端电路板项目|2022-410199-39-03-006315|5|MUNICIPAL|IN_PRODUCTION|58000|2022-08-01|2024-12-31|lead|-1|GREEN||示范区电子信息园|
            金穗食品中央厨房项目|2023-410199-13-03-007531|6|DISTRICT|IN_PRODUCTION|18000|2023-03-01|2024-09-30|lead2|-1|GREEN||示范区食品产业园|
            云启数据中心二期项目||7|PROVINCIAL|PLANNED|150000|2026-10-01|2028-12-31|lead|2|GREEN||示范区数字经济园|
            安和医疗器械产业化项目|2025-410199-35-03-021864|8|DISTRICT|PRE_CONSTRUCTION|26000|2026-02-01|2027-06-30|lead2|1|RED|short:A10:施工图及消防设计审查:8|示范区医药产业园|
            宏达汽车零部件扩产项目|2023-410199-36-03-009753|9|MUNICIPAL|COMPLETED|33000|2023-06-01|2025-08-31|lead|-1|GREEN||示范区汽车零部件园|
            清源再生水厂项目|2025-410199-46-01-018246|10|DISTRICT|UNDER_CONSTRUCTION|21000|2025-06-01|2026-11-30|lead2|2|RED|missed|示范区滨河路|
            博远新能源汽车电驱系统项目|2025-410199-36-03-022975|11|PROVINCIAL|PRE_CONSTRUCTION|210000|2026-05-01|2028-06-30|lead|2|GREEN||示范区新能源产业园|
            鼎盛绿色建材项目||12|DISTRICT|PLANNED|12000|2027-03-01|2028-03-31|lead2|-1|GREEN||示范区建材园|
            润泽现代农业产业园项目|2024-410199-01-03-014826|13|MUNICIPAL|UNDER_CONSTRUCTION|45000|2024-10-01|2026-09-30|lead|-1|GREEN||示范区现代农业园|
            """;

    /** The projects whose story gives them a yellow or red light, with their line: filled by {@link #seed}. */
    private final Map<Long, String[]> storyLights = new LinkedHashMap<>();

    private final DemoEnterprises enterprises;
    private final TaskForceManagement taskForces;
    private final ProjectManagement projects;
    private final ProjectLighting lighting;
    private final IdentityManagement identity;
    private final UserDirectory directory;
    private final DemoStory story;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoProjects(
            DemoEnterprises enterprises,
            TaskForceManagement taskForces,
            ProjectManagement projects,
            ProjectLighting lighting,
            IdentityManagement identity,
            UserDirectory directory,
            DemoStory story,
            JdbcClient jdbc,
            Clock clock) {
        this.enterprises = enterprises;
        this.taskForces = taskForces;
        this.projects = projects;
        this.lighting = lighting;
        this.identity = identity;
        this.directory = directory;
        this.story = story;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void seed(DemoPeople.Seeded seeded) {
        List<Long> enterpriseIds = enterprises.seed();
        linkContact(seeded.users().get("enterprise"), enterpriseIds.get(0));
        linkContact(seeded.users().get("enterprise2"), enterpriseIds.get(1));
        List<Long> taskForceIds = seedTaskForces(seeded);
        PROJECTS.lines()
                .map(line -> line.split("\\|", -1))
                .forEach(p -> seedProject(p, seeded, enterpriseIds, taskForceIds));
        // an enterprise is on the books before its first project: the story puts some projects before the year it gives
        jdbc.sql("""
                        update enterprise set created_at =
                            (select min(p.created_at) from project p where p.enterprise_id = enterprise.id)
                        where created_at > (select min(p.created_at) from project p where p.enterprise_id = enterprise.id)""").update();
    }

    /**
     * When the story registered a project: on its start, or for one starting later (planned, being prepared) a quarter
     * before the demo is seeded. Registered on the seeding day, every demo project was missing from every briefing of
     * an earlier month (项目总数 0), which counts the projects registered by the month's end; the province generator
     * dates its projects the same way.
     */
    private Instant registered(LocalDate start) {
        LocalDate quarterAgo =
                LocalDate.now(clock.withZone(ClockConfiguration.DISTRICT_ZONE)).minusMonths(3);
        LocalDate day = start.isBefore(quarterAgo) ? start : quarterAgo;
        return day.atStartOfDay(ClockConfiguration.DISTRICT_ZONE).toInstant();
    }

    private List<Long> seedTaskForces(DemoPeople.Seeded seeded) {
        List<Long> ids = new ArrayList<>();
        for (String[] t : TASK_FORCES) {
            ids.add(taskForces.create(new TaskForceForm(
                    t[0],
                    seeded.users().get(t[1]),
                    seeded.users().get(t[2]),
                    ids(t[3], seeded.users()::get),
                    ids(t[4], seeded.departments()::get),
                    0)));
        }
        return ids;
    }

    private void seedProject(String[] p, DemoPeople.Seeded seeded, List<Long> enterpriseIds, List<Long> taskForceIds) {
        int taskForce = Integer.parseInt(p[9]);
        long id = projects.create(new ProjectForm(
                p[0],
                story.projectCode(p[1], p[6]),
                enterpriseIds.get(Integer.parseInt(p[2])),
                ProjectLevel.valueOf(p[3]),
                ProjectStage.valueOf(p[4]),
                new BigDecimal(p[5]),
                story.date(p[6]),
                story.date(p[7]),
                seeded.users().get(p[8]),
                taskForce < 0 ? null : taskForceIds.get(taskForce),
                p[12],
                p[13].isEmpty() ? null : p[13],
                0));
        jdbc.sql("update project set created_at = :at where id = :id")
                .param("at", Timestamp.from(registered(story.date(p[6]))))
                .param("id", id)
                .update();
        StatusLight light = StatusLight.valueOf(p[10]);
        if (light != StatusLight.GREEN) {
            lighting.setJudgedLight(id, light, DemoLightReasons.of(p[11], story));
            storyLights.put(id, p);
        }
    }

    /**
     * Sets the story's lights again (a ticket behind the power connection, a land supply late) after the plans were
     * seeded: a plan judges only its own rows, and its light would otherwise cover the ticket's part of the story.
     */
    void retellLights() {
        storyLights.forEach(
                (id, p) -> lighting.setJudgedLight(id, StatusLight.valueOf(p[10]), DemoLightReasons.of(p[11], story)));
        keepOnlyTheToldLights();
    }

    /**
     * Leaves each demo project one entry in its history of lights: the light the story ends on, from the seeding day,
     * with nothing known before it (as V171 carried the lights over). Seeding judges a project several times within a
     * minute (its story's light, then its plan before the work done was reported, red for rows long finished, then with
     * it), and the project page listed those passing judgements as if they had happened ("A01 项目备案 未完成" for a
     * filing done a year before). Without a previous light, a briefing or agenda of a day before the seeding marks the
     * lights as today's instead of reading them as green since the (story's, earlier) registration.
     */
    private void keepOnlyTheToldLights() {
        List<Long> ids = jdbc.sql("select id from project").query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("delete from project_light_change where project_id in (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("""
                        insert into project_light_change
                            (project_id, light, previous_light, changed_at, on_day, cause, cause_code)
                        select id, status_light, null, :now, :day, light_reason, light_reason_code
                        from project where id in (:ids)""")
                .param("now", Timestamp.from(now))
                .param("day", LocalDate.ofInstant(now, ClockConfiguration.DISTRICT_ZONE))
                .param("ids", ids)
                .update();
        jdbc.sql("update project set light_changed_at = :now where id in (:ids)")
                .param("now", Timestamp.from(now))
                .param("ids", ids)
                .update();
    }

    /**
     * Writes each project's told light to the audit log once, as set by the seeding (the system, 演示数据设定项目亮灯):
     * the judgements on the way were not announced ({@link cn.zhuanban.project.ProjectLighting#unannounced}).
     */
    void announceLights() {
        jdbc.sql("select id from project order by id").query(Long.class).list().forEach(lighting::told);
    }

    private void linkContact(long userId, long enterpriseId) {
        UserView u = directory.user(userId);
        identity.editUser(
                userId,
                new EditUser(
                        u.fullName(), u.departmentId(), enterpriseId, u.phone(), u.email(), u.enabled(), u.version()));
    }

    private static Set<Long> ids(String csv, java.util.function.Function<String, Long> lookup) {
        return Arrays.stream(csv.split(","))
                .filter(s -> !s.isBlank())
                .map(lookup)
                .collect(Collectors.toSet());
    }
}
