package cn.zhuanban.schedule.engine;

import cn.zhuanban.schedule.engine.InvalidPlanException.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * Validates a {@link ScheduleRequest} and turns it into a {@link Plan}; errors name the offending field. Field names
 * are only built when something is wrong: concatenating them for every task would cost more than scheduling.
 */
final class PlanCompiler {

    static final int MAX_DAYS = ScheduleEngine.MAX_DAYS;

    private final ScheduleRequest request;
    private final ScheduleCalendar calendar;
    private final LocalDate today;
    /** The request's data date, or today once a task reports actuals without one. */
    private LocalDate dataDate;

    private PlanCompiler(ScheduleRequest request, ScheduleCalendar calendar, LocalDate today) {
        this.request = request;
        this.calendar = calendar;
        this.today = today;
        this.dataDate = request.dataDate();
    }

    static Plan compile(ScheduleRequest request, ScheduleCalendar calendar, LocalDate today) {
        require(request.start(), "start");
        require(request.tasks(), "tasks");
        return new PlanCompiler(request, calendar, today).compile();
    }

    private Plan compile() {
        List<Task> taskList = request.tasks();
        TaskTable tasks = new TaskTable(taskList.size());
        KeyIndex index = new KeyIndex(tasks.keys);
        for (int i = 0; i < taskList.size(); i++) {
            compileTask(tasks, index, i, taskList.get(i));
        }
        LinkList links = compileLinks(index);
        int startPoint = calendar.indexOnOrAfter(request.start()) - 1;
        int dataPoint = dataDate == null ? Plan.NONE : calendar.indexOnOrAfter(dataDate) - 1;
        LocalDate statusDate = request.dataDate() != null ? request.dataDate() : today;
        return new Plan(
                tasks,
                links,
                Math.max(startPoint, dataPoint),
                dataPoint == Plan.NONE ? startPoint : dataPoint,
                request.targetFinish() == null ? Plan.NONE : calendar.indexOnOrBefore(request.targetFinish()),
                calendar.indexOnOrAfter(statusDate) - 1,
                request.lightRules() == null ? LightRules.DEFAULT : request.lightRules());
    }

    private void compileTask(TaskTable tasks, KeyIndex index, int i, Task task) {
        if (task == null) {
            throw invalidTask(i, "", Problem.REQUIRED);
        }
        if (task.key() == null || task.key().isBlank()) {
            throw invalidTask(i, ".key", Problem.KEY_MISSING);
        }
        if (!index.add(task.key(), i)) {
            throw invalidTask(i, ".key", Problem.KEY_DUPLICATE, task.key());
        }
        tasks.keys[i] = task.key(); // after adding: the index compares with the keys of earlier numbers only
        tasks.duration[i] = checkTaskDays(task.duration(), i, ".duration");
        if (task.constraint() != null) {
            compileConstraint(tasks, i, task.constraint());
        }
        if (task.progress() != null) {
            compileProgress(tasks, i, task.progress());
        }
    }

    private void compileConstraint(TaskTable tasks, int i, Constraint constraint) {
        if (constraint.type() == null) {
            throw invalidTask(i, ".constraint.type", Problem.REQUIRED);
        }
        if (constraint.date() == null) {
            throw invalidTask(i, ".constraint.date", Problem.REQUIRED);
        }
        int point = constraint.type() == ConstraintType.SNET
                ? calendar.indexOnOrAfter(constraint.date()) - 1
                : calendar.indexOnOrBefore(constraint.date());
        tasks.setConstraint(i, (byte) (constraint.type().ordinal() + 1), point);
    }

    private void compileProgress(TaskTable tasks, int i, Progress progress) {
        Integer percent = progress.percentComplete();
        if (percent != null && (percent < 0 || percent > 100)) {
            throw invalidTask(i, ".percentComplete", Problem.PERCENT_RANGE);
        }
        Integer remaining = progress.remainingDuration();
        if (remaining != null) {
            checkTaskDays(remaining, i, ".remainingDuration");
        }
        checkActualDates(progress, i);
        int duration = tasks.duration[i];
        int done = percent != null
                ? percent
                : remaining != null && duration > 0 ? Math.max(0, (duration - remaining) * 100 / duration) : 0;
        if (done != 0) {
            tasks.setPercentComplete(i, done);
        }
        if (progress.actualStart() != null) {
            recordActuals(tasks, i, progress, remaining != null ? remaining : remainingFrom(duration, percent));
        }
    }

    private void recordActuals(TaskTable tasks, int i, Progress progress, int remaining) {
        LocalDate start = progress.actualStart();
        LocalDate finish = progress.actualFinish();
        int startPoint = calendar.indexOnOrAfter(start) - 1;
        int finishPoint = finish == null ? 0 : calendar.indexOnOrBefore(finish);
        tasks.setActuals(i, start, startPoint, finish, finishPoint, remaining);
    }

    /** Remaining working days implied by percent complete, rounded up: a started day is not a finished day. */
    private static int remainingFrom(int duration, Integer percent) {
        return percent == null ? duration : (duration * (100 - percent) + 99) / 100;
    }

    private void checkActualDates(Progress progress, int i) {
        LocalDate start = progress.actualStart();
        LocalDate finish = progress.actualFinish();
        if (start != null && dataDate == null) {
            dataDate = today; // actuals need a data date; without one the status date is the best guess
        }
        if (finish != null && start == null) {
            throw invalidTask(i, ".actualStart", Problem.ACTUAL_START_MISSING);
        }
        if (finish != null && finish.isBefore(start)) {
            throw invalidTask(i, ".actualFinish", Problem.ACTUAL_FINISH_BEFORE_START, start.toString());
        }
        if (start != null && start.isAfter(dataDate)) {
            throw invalidTask(i, ".actualStart", Problem.ACTUAL_AFTER_DATA_DATE, dataDate.toString());
        }
        if (finish != null && finish.isAfter(dataDate)) {
            throw invalidTask(i, ".actualFinish", Problem.ACTUAL_AFTER_DATA_DATE, dataDate.toString());
        }
    }

    private LinkList compileLinks(KeyIndex index) {
        List<Link> links = request.links() == null ? List.of() : request.links();
        int[] from = new int[links.size()];
        int[] to = new int[links.size()];
        byte[] type = new byte[links.size()];
        int[] lag = new int[links.size()];
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            if (link == null) {
                throw invalidLink(k, "", Problem.REQUIRED);
            }
            from[k] = resolve(index, link.from(), k, ".from");
            to[k] = resolve(index, link.to(), k, ".to");
            type[k] = linkType(link.type(), k);
            lag[k] = lag(link.lag(), k);
        }
        return new LinkList(from, to, type, lag);
    }

    private static int resolve(KeyIndex index, String key, int k, String member) {
        int task = key == null ? -1 : index.get(key);
        if (task < 0) {
            throw invalidLink(k, member, Problem.UNKNOWN_TASK_KEY, String.valueOf(key));
        }
        return task;
    }

    private static byte linkType(LinkType type, int k) {
        if (type == null) {
            throw invalidLink(k, ".type", Problem.LINK_TYPE_REQUIRED);
        }
        return (byte) type.ordinal();
    }

    private static int lag(int value, int k) {
        if (value < -MAX_DAYS || value > MAX_DAYS) {
            throw invalidLink(k, ".lag", Problem.LAG_RANGE, Integer.toString(MAX_DAYS), Integer.toString(value));
        }
        return value;
    }

    private static int checkTaskDays(int value, int i, String member) {
        if (value < 0 || value > ScheduleEngine.MAX_DURATION) {
            throw invalidTask(
                    i,
                    member,
                    Problem.DAYS_RANGE,
                    Integer.toString(ScheduleEngine.MAX_DURATION),
                    Integer.toString(value));
        }
        return value;
    }

    private static InvalidPlanException invalidTask(int i, String member, Problem problem, Object... args) {
        return new InvalidPlanException("tasks[" + i + "]" + member, problem, args);
    }

    private static InvalidPlanException invalidLink(int k, String member, Problem problem, Object... args) {
        return new InvalidPlanException("links[" + k + "]" + member, problem, args);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidPlanException(field, Problem.REQUIRED);
        }
    }
}
