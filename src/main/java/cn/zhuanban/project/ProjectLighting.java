package cn.zhuanban.project;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.domain.LightHistory;
import cn.zhuanban.project.domain.LightReasonCode;
import cn.zhuanban.project.domain.LightReasonText;
import cn.zhuanban.project.domain.ProjectLights;
import cn.zhuanban.project.domain.ProjectQueries;
import cn.zhuanban.project.domain.ScopeCondition;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.ClockConfiguration;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects' status lights: set by the modules that judge plans and tickets, read by the cockpit, the workbench,
 * the meeting agenda and the generated reports, always within the reader's scope or after he was checked.
 */
@Service
@Transactional
public class ProjectLighting {

    private final ProjectLights lights;
    private final ProjectQueries queries;
    private final LightHistory history;
    private final ApplicationEventPublisher events;
    private final LightReasonText reasonTexts;
    private final Clock clock;

    ProjectLighting(
            ProjectLights lights,
            ProjectQueries queries,
            LightHistory history,
            ApplicationEventPublisher events,
            LightReasonText reasonTexts,
            Clock clock) {
        this.lights = lights;
        this.queries = queries;
        this.history = history;
        this.events = events;
        this.reasonTexts = reasonTexts;
        this.clock = clock;
    }

    /**
     * Sets the status light; called by the modules that judge schedules and tickets. Judgements of one project wait
     * for each other on its row, so each sees the light the one before left and only a real change is announced and
     * kept in the history of lights (a new reason for the same light is not a change).
     */
    public void setLight(long projectId, StatusLight light, String reason) {
        set(projectId, light, reason == null || reason.isBlank() ? null : reason.strip(), null);
    }

    /**
     * {@link #setLight(long, StatusLight, String)} with the reason as message keys: kept beside its Chinese text, so
     * that each reader reads it in his language (lists, the project page, the API, the reports).
     */
    public void setJudgedLight(long projectId, StatusLight light, LightReason reason) {
        set(projectId, light, reasonTexts.stored(reason), LightReasonCode.encode(reason));
    }

    private void set(long projectId, StatusLight light, String why, String code) {
        ProjectLights.Current current =
                lights.lock(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        if (current.light() == light && Objects.equals(current.reason(), why)) {
            if (!Objects.equals(current.code(), code)) {
                lights.setCode(projectId, code);
            }
            return;
        }
        lights.set(projectId, current, light, why, code, clock.instant());
        if (!Boolean.TRUE.equals(UNANNOUNCED.get())) {
            events.publishEvent(new ProjectLightChanged(Actor.current(), projectId, current.light(), light, why));
        }
    }

    /** Set while {@link #unannounced} runs. */
    private static final ThreadLocal<Boolean> UNANNOUNCED = new ThreadLocal<>();

    /**
     * Runs {@code work} (the demo district's seeding) without announcing each light it judges: seeding judges a
     * project several times within a minute, and the audit log read those passing judgements as changes ("绿灯 → 红灯"
     * for rows finished a year before). The seeding then announces the light each project ends on ({@link #told}).
     */
    public void unannounced(Runnable work) {
        UNANNOUNCED.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            UNANNOUNCED.remove();
        }
    }

    /** Announces the light the project has now as set there, with no light before it (the demo's told light). */
    public void told(long projectId) {
        ProjectLights.Current current =
                lights.lock(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        events.publishEvent(
                new ProjectLightChanged(Actor.current(), projectId, null, current.light(), current.reason()));
    }

    /**
     * When each project's light last changed, in one query: for modules that checked visibility already
     * (the meeting agenda tells a project that just turned red from one that has been red for months).
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lightChangedAt(Collection<Long> ids) {
        return queries.lightChangedAt(ids);
    }

    @Transactional(readOnly = true)
    public LightCounts countsByLight(CurrentUser user) {
        return queries.countsByLight(ScopeCondition.forProjects(user));
    }

    /**
     * Counts by light of the projects registered by the end of {@code day} (district time): a briefing of a past month
     * does not count a project registered since. The lights are today's: for a day the history of lights covers, see
     * {@link #countsByLightAsOf}.
     */
    @Transactional(readOnly = true)
    public LightCounts countsByLightRegisteredBy(CurrentUser user, LocalDate day) {
        return queries.countsByLight(ScopeCondition.forProjects(user), endOf(day));
    }

    /**
     * The district day the first project in the user's scope was registered: a briefing of a month that ended before it
     * predates the data (a district that loaded its projects at go-live), and says so rather than reporting none.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstRegisteredOn(CurrentUser user) {
        return queries.firstRegistered(ScopeCondition.forProjects(user))
                .map(at -> LocalDate.ofInstant(at, ClockConfiguration.DISTRICT_ZONE));
    }

    /** Counts by level, stage and light in one grouped query (the cockpit's projects cube). */
    @Transactional(readOnly = true)
    public List<ProjectCount> countsByLevelStageLight(CurrentUser user) {
        return queries.countsByLevelStageLight(ScopeCondition.forProjects(user));
    }

    /**
     * Red projects in the user's scope with the reason in {@code locale} (a report's language), longest red first (at
     * most {@code limit}).
     */
    @Transactional(readOnly = true)
    public List<RedProject> red(CurrentUser user, int limit, Locale locale) {
        return queries.red(ScopeCondition.forProjects(user), limit, null, locale);
    }

    /**
     * {@link #red(CurrentUser, int, Locale)} among the projects registered by the end of {@code day}; lights are today's (see
     * {@link #redAsOf} for a day the history covers).
     */
    @Transactional(readOnly = true)
    public List<RedProject> redRegisteredBy(CurrentUser user, LocalDate day, int limit, Locale locale) {
        return queries.red(ScopeCondition.forProjects(user), limit, endOf(day), locale);
    }

    /**
     * The district day the history of lights starts; lights of an earlier day are not known (only today's are). Empty
     * only if the history table was emptied by hand.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> lightHistorySince() {
        return history.startedOn();
    }

    /** Whether the history of lights covers {@code day}, so that the lights of that day can be told. */
    @Transactional(readOnly = true)
    public boolean lightHistoryCovers(LocalDate day) {
        return history.startedOn().filter(start -> !day.isBefore(start)).isPresent();
    }

    /**
     * Counts by the light each project had at the end of {@code day} (district time), of the projects in the user's
     * scope registered by then: one query. Meaningful from {@link #lightHistorySince()} on.
     */
    @Transactional(readOnly = true)
    public LightCounts countsByLightAsOf(CurrentUser user, LocalDate day) {
        return history.counts(ScopeCondition.forProjects(user), day, endOf(day));
    }

    /**
     * The projects in the user's scope registered by the end of {@code day} that were red then, with the reason given
     * when they turned red, longest red first (at most {@code limit}): one query.
     */
    @Transactional(readOnly = true)
    public List<RedProject> redAsOf(CurrentUser user, LocalDate day, int limit, Locale locale) {
        return history.red(ScopeCondition.forProjects(user), day, endOf(day), limit, locale);
    }

    /** The light each of these projects had at the end of {@code day}: for modules that checked visibility already. */
    @Transactional(readOnly = true)
    public Map<Long, StatusLight> lightsAsOf(Collection<Long> ids, LocalDate day) {
        Map<Long, StatusLight> lights = new HashMap<>();
        datedLightsAsOf(ids, day).forEach((id, light) -> lights.put(id, light.light()));
        return lights;
    }

    /**
     * {@link #lightsAsOf} with the time each light was set, as of that day (the meeting agenda of a past day tells a
     * project that had just turned red then from one red for months): one query. Meaningful from {@link
     * #lightHistorySince()} on.
     */
    @Transactional(readOnly = true)
    public Map<Long, LightOnDay> datedLightsAsOf(Collection<Long> ids, LocalDate day) {
        return ids.isEmpty() ? Map.of() : history.lights(ids, day);
    }

    /** A page of a project's light changes, latest first (亮灯记录); a project outside the user's scope is not found. */
    @Transactional(readOnly = true)
    public PageResult<LightChange> lightChanges(long projectId, CurrentUser user, PageQuery page) {
        if (!queries.visible(projectId, ScopeCondition.forProjects(user))) {
            throw new NotFoundException("project", projectId);
        }
        return history.changes(projectId, page);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ClockConfiguration.DISTRICT_ZONE).toInstant();
    }
}
