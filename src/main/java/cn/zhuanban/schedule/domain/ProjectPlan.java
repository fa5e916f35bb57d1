package cn.zhuanban.schedule.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's plan: rows in display order and links by key. It guards what a table edit can break (unique keys,
 * links between existing scheduled rows, parents that are stages); whether the network is acyclic and feasible is
 * the engine's to say, before the plan is saved.
 */
@Table("project_plan")
public class ProjectPlan {

    @Id
    private Long id;

    private final long projectId;
    private LocalDate startDate;
    private LocalDate targetFinish;
    private LocalDate dataDate;
    private boolean sevenDayWeek;
    private Instant updatedAt;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "project_plan", keyColumn = "row_index")
    private List<PlanRow> rows = new ArrayList<>();

    @MappedCollection(idColumn = "project_plan", keyColumn = "row_index")
    private List<PlanLink> links = new ArrayList<>();

    /** The plan's own calendar exceptions, in date order, one per day. */
    @MappedCollection(idColumn = "project_plan", keyColumn = "row_index")
    private List<PlanCalendarDay> calendarDays = new ArrayList<>();

    @PersistenceCreator
    ProjectPlan(long projectId) {
        this.projectId = projectId;
    }

    public static ProjectPlan start(long projectId, LocalDate start, LocalDate targetFinish) {
        ProjectPlan plan = new ProjectPlan(projectId);
        plan.startDate = start;
        plan.targetFinish = targetFinish;
        return plan;
    }

    /**
     * Replaces rows and links, the rows in {@link #outline} order (a stage's rows after it, whatever order the file or
     * template gave). Rows that bring progress (an imported file's) move the data date forward to their latest actual
     * date, never back, as a report does ({@link PlanRows#latestActual}).
     */
    public void replace(List<PlanRow> newRows, List<PlanLink> newLinks, Instant now) {
        rows = new ArrayList<>(PlanRows.outline(newRows));
        links = new ArrayList<>(newLinks);
        LocalDate latest = PlanRows.latestActual(rows);
        if (latest != null && (dataDate == null || latest.isAfter(dataDate))) {
            dataDate = latest;
        }
        updatedAt = now;
    }

    public void dates(LocalDate start, LocalDate target, LocalDate data, Instant now) {
        this.startDate = Objects.requireNonNull(start);
        this.targetFinish = target;
        this.dataDate = data;
        this.updatedAt = now;
    }

    public void add(PlanRow row, Instant now) {
        if (find(row.taskKey()) != null) {
            throw new BusinessException(ErrorCode.PLAN_KEY_TAKEN, "key", row.taskKey());
        }
        checkParent(row);
        rows.add(endOfStage(row.parentKey()), row);
        updatedAt = now;
    }

    /**
     * Puts a row under another stage (or none) and moves it to the end of that stage's rows (of the plan, without a
     * stage), where a row added to it goes: left in its place, a row given a stage sat among another stage's rows,
     * which the table showed as that stage's and MS Project's outline read back as such.
     */
    public void restage(String key, String parentKey, Instant now) {
        PlanRow row = require(key);
        if (Objects.equals(row.parentKey(), parentKey)) {
            return;
        }
        PlanRow changed = row.withParent(parentKey);
        checkParent(changed);
        rows.remove(row);
        rows.add(endOfStage(parentKey), changed);
        updatedAt = now;
    }

    /**
     * Puts a row back under the stage (or none) it had and at the place it held, as the undo of a {@link #restage}
     * made on this very plan: moved to the end of its old stage instead, it would not be where it was.
     */
    public void restageAt(String key, String parentKey, int place, Instant now) {
        PlanRow row = require(key);
        PlanRow changed = row.withParent(parentKey);
        if (!Objects.equals(row.parentKey(), parentKey)) {
            checkParent(changed);
        }
        rows.remove(row);
        rows.add(Math.clamp(place, 0, rows.size()), changed);
        updatedAt = now;
    }

    /** Where a row of the stage goes: after the stage's last row (or the stage itself); at the end without one. */
    private int endOfStage(String parentKey) {
        int at = rows.size();
        if (parentKey != null) {
            for (int i = 0; i < rows.size(); i++) {
                PlanRow r = rows.get(i);
                if (parentKey.equals(r.taskKey()) || parentKey.equals(r.parentKey())) {
                    at = i + 1;
                }
            }
        }
        return at;
    }

    public void change(String key, UnaryOperator<PlanRow> change, Instant now) {
        PlanRow row = require(key);
        PlanRow changed = change.apply(row);
        if (!Objects.equals(row.parentKey(), changed.parentKey())) {
            checkParent(changed);
        }
        rows.set(rows.indexOf(row), changed);
        updatedAt = now;
    }

    public void remove(String key, Instant now) {
        PlanRow row = require(key);
        rows.remove(row);
        links.removeIf(l -> l.fromKey().equals(key) || l.toKey().equals(key));
        rows.replaceAll(r -> key.equals(r.parentKey()) ? r.withParent(null) : r);
        updatedAt = now;
    }

    /** Replaces the links into {@code key} with the given predecessors. */
    public void predecessors(String key, List<PlanLink> incoming, Instant now) {
        PlanRow row = require(key);
        for (PlanLink link : incoming) {
            PlanRow from = find(link.fromKey());
            if (from == null) {
                throw refused("predecessors", "plan.error.no-predecessor", link.fromKey());
            }
            if (!from.scheduled() || !row.scheduled()) {
                throw refused("predecessors", "plan.error.stage-link", from.scheduled() ? key : from.taskKey());
            }
        }
        links.removeIf(l -> l.toKey().equals(key));
        links.addAll(incoming);
        updatedAt = now;
    }

    /** The 5-day week of the administrative calendar, or the 7-day construction week that rests on holidays. */
    public void calendar(boolean sevenDays, Instant now) {
        this.sevenDayWeek = sevenDays;
        this.updatedAt = now;
    }

    /** Sets one day of the plan's own calendar, replacing what the plan said about that day before. */
    public void calendarDay(PlanCalendarDay day, Instant now) {
        List<PlanCalendarDay> days = new ArrayList<>(calendarDays);
        days.removeIf(d -> d.calDate().equals(day.calDate()));
        days.add(day);
        calendarDays(days, now);
    }

    /** Removes the plan's own exception of a day; the district calendar counts it again. */
    public boolean removeCalendarDay(LocalDate date, Instant now) {
        List<PlanCalendarDay> days = new ArrayList<>(calendarDays);
        boolean removed = days.removeIf(d -> d.calDate().equals(date));
        calendarDays(days, now);
        return removed;
    }

    /** Replaces the plan's own calendar exceptions (an imported file's); the last entry of a day wins. */
    public void calendarDays(List<PlanCalendarDay> days, Instant now) {
        java.util.Map<LocalDate, PlanCalendarDay> byDate = new java.util.TreeMap<>();
        days.forEach(d -> byDate.put(d.calDate(), d));
        calendarDays = new ArrayList<>(byDate.values());
        updatedAt = now;
    }

    /**
     * Records progress of a task or stage goal as of {@code asOf}; the plan's data date moves forward to it, never
     * back, since other rows' progress was reported as of the later date.
     */
    public void progress(String key, LocalDate start, LocalDate finish, int percent, LocalDate asOf, Instant now) {
        PlanRow row = require(key);
        if (!row.scheduled()) {
            throw refused("key", "plan.error.stage-progress", key);
        }
        rows.set(rows.indexOf(row), row.withProgress(start, finish, percent));
        if (dataDate == null || asOf.isAfter(dataDate)) {
            dataDate = asOf;
        }
        updatedAt = now;
    }

    public PlanRow find(String key) {
        return rows.stream().filter(r -> r.taskKey().equals(key)).findFirst().orElse(null);
    }

    private PlanRow require(String key) {
        PlanRow row = find(key);
        if (row == null) {
            throw refused("key", "plan.error.no-row", key);
        }
        return row;
    }

    /**
     * A row's parent is a stage of the plan; a stage has none, since the plan has one level of stages (the sheet, the
     * battle map and the rolled-up dates know no other): a stage under a stage, or under itself, was stored silently
     * and changed nothing anyone could see.
     */
    private void checkParent(PlanRow row) {
        String parentKey = row.parentKey();
        if (parentKey != null && !row.scheduled()) {
            throw refused("parentKey", "plan.error.stage-parent", row.taskKey());
        }
        if (parentKey != null) {
            PlanRow parent = find(parentKey);
            if (parent == null || !PlanRow.STAGE.equals(parent.kind())) {
                throw refused("parentKey", "plan.error.parent", parentKey);
            }
        }
    }

    /** A refusal that says in words what is wrong with the row, not only its key. */
    private static BusinessException refused(String field, String messageKey, String key) {
        return new BusinessException(
                ErrorCode.SCHEDULE_INPUT,
                field,
                new DefaultMessageSourceResolvable(new String[] {messageKey}, new Object[] {key}));
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getTargetFinish() {
        return targetFinish;
    }

    public LocalDate getDataDate() {
        return dataDate;
    }

    public boolean isSevenDayWeek() {
        return sevenDayWeek;
    }

    public Integer getVersion() {
        return version;
    }

    public List<PlanRow> getRows() {
        return List.copyOf(rows);
    }

    public List<PlanLink> getLinks() {
        return List.copyOf(links);
    }

    public List<PlanCalendarDay> getCalendarDays() {
        return List.copyOf(calendarDays);
    }
}
