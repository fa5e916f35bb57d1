package cn.zhuanban.schedule;

import cn.zhuanban.schedule.engine.Constraint;
import cn.zhuanban.schedule.engine.ConstraintType;
import cn.zhuanban.schedule.engine.InvalidPlanException;
import cn.zhuanban.schedule.engine.InvalidPlanException.Problem;
import cn.zhuanban.schedule.engine.Link;
import cn.zhuanban.schedule.engine.LinkType;
import cn.zhuanban.schedule.engine.Progress;
import cn.zhuanban.schedule.engine.ScheduleRequest;
import cn.zhuanban.schedule.engine.Task;
import cn.zhuanban.shared.SupportedDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The API body in engine form; each missing or unreadable value is reported with its JSON path. */
final class InputMapper {

    private InputMapper() {}

    static ScheduleRequest toRequest(ScheduleInput in) {
        try {
            if (in.start() == null) {
                throw new InvalidPlanException("start", Problem.REQUIRED);
            }
            supported(in.start(), "start");
            supported(in.targetFinish(), "targetFinish");
            supported(in.dataDate(), "dataDate");
            List<ScheduleInput.TaskInput> tasks = in.tasks() == null ? List.of() : in.tasks();
            List<ScheduleInput.LinkInput> links = in.links() == null ? List.of() : in.links();
            List<Task> engineTasks = new ArrayList<>(tasks.size());
            for (int i = 0; i < tasks.size(); i++) {
                engineTasks.add(task(tasks.get(i), i));
            }
            List<Link> engineLinks = new ArrayList<>(links.size());
            for (int k = 0; k < links.size(); k++) {
                engineLinks.add(link(links.get(k), k));
            }
            return new ScheduleRequest(in.start(), in.targetFinish(), in.dataDate(), engineTasks, engineLinks, null);
        } catch (InvalidPlanException e) {
            throw Scheduling.invalid(e);
        }
    }

    private static Task task(ScheduleInput.TaskInput t, int i) {
        if (t == null) {
            throw new InvalidPlanException("tasks[" + i + "]", Problem.REQUIRED);
        }
        if (t.duration() == null) {
            throw new InvalidPlanException("tasks[" + i + "].duration", Problem.REQUIRED);
        }
        supported(t.constraint() == null ? null : t.constraint().date(), "tasks[" + i + "].constraint.date");
        supported(t.actualStart(), "tasks[" + i + "].actualStart");
        supported(t.actualFinish(), "tasks[" + i + "].actualFinish");
        Constraint constraint = t.constraint() == null
                ? null
                : new Constraint(
                        exact(
                                ConstraintType.parse(t.constraint().type(), "tasks[" + i + "].constraint.type"),
                                t.constraint().type(),
                                "tasks[" + i + "].constraint.type",
                                Problem.UNKNOWN_CONSTRAINT_TYPE),
                        t.constraint().date());
        Progress progress = t.actualStart() == null && t.actualFinish() == null && t.percentComplete() == null
                ? null
                : new Progress(t.actualStart(), t.actualFinish(), t.percentComplete(), null);
        return new Task(t.key(), t.name(), t.duration(), constraint, progress);
    }

    /** Dates outside the calendars' range would be counted by the weekly rule alone, into years like +10000. */
    private static void supported(LocalDate date, String field) {
        if (!SupportedDates.allows(date)) {
            throw new InvalidPlanException(
                    field,
                    Problem.DATE_OUTSIDE,
                    SupportedDates.FIRST.toString(),
                    SupportedDates.LAST.toString(),
                    date.toString());
        }
    }

    private static Link link(ScheduleInput.LinkInput l, int k) {
        if (l == null) {
            throw new InvalidPlanException("links[" + k + "]", Problem.REQUIRED);
        }
        String field = "links[" + k + "].type";
        LinkType type = l.type() == null
                ? LinkType.FS
                : exact(LinkType.parse(l.type(), field), l.type(), field, Problem.UNKNOWN_LINK_TYPE);
        return new Link(l.from(), l.to(), type, l.lag() == null ? 0 : l.lag());
    }

    /**
     * A JSON body's enum is spelled exactly as the contract lists it (README, API notes): {@code "fs"} or {@code " FS"}
     * is refused naming the field, as every other body enum is; the stored plan's lenient reading stays for its files.
     */
    private static <E extends Enum<E>> E exact(E parsed, String sent, String field, Problem problem) {
        if (!parsed.name().equals(sent)) {
            throw new InvalidPlanException(field, problem, sent);
        }
        return parsed;
    }
}
