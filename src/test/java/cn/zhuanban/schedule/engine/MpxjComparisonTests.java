package cn.zhuanban.schedule.engine;

import cn.zhuanban.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.SoftAssertions;

/**
 * Random acyclic plans scheduled by our engine and by MPXJ's {@code PrimaveraScheduler} on a plain Monday–Friday
 * calendar must agree on every early and late point and on total float.
 *
 * <p>Where MPXJ's semantics differ on a documented point, the generator avoids the case; each restriction says why:
 *
 * <ol>
 *   <li>SF lags from 0 up to the successor's duration: MPXJ does not keep an SF successor from starting before the
 *       project start when the lag is not negative (it clamps FS/SS/FF and negative lags only); our engine never
 *       starts work before the project start. The generator moves such lags to at least the successor's duration.
 *   <li>SS links with lag 0 whose successor has no successors of its own and a FNLT/MFO constraint: MPXJ then caps the
 *       predecessor's late finish at the successor's late finish (its source calls this "dubious logic"); the CPM rule
 *       is late start of successor − lag + duration. The generator puts no FNLT/MFO on such a successor.
 *   <li>Unreachable targets: when the early finish is after "must finish by", MPXJ clamps derived late finishes at the
 *       early finish while we clamp every task at the target (the target is what must be met, domain §4), so late
 *       dates and floats are compared only when the target is reachable or absent (early dates always); negative
 *       float from FNLT and MFO constraints is still compared.
 *   <li>MFO dates before the project start, or that put the task's start before it: MPXJ then lets its successors
 *       start before the project start as well (it bounds tasks with predecessors only by their links); our engine
 *       never starts work before the project start. The generator only gives MFO dates on or after the first working
 *       day that leave room for the duration.
 *   <li>Shown dates of milestones: MPXJ keeps a time of day and shows a milestone on the date of its date-time
 *       (08:00 when a start drives it, 17:00 for a finish); our start-of-day flag copies that rule. An SNET date can
 *       be written either way (see MpxjReference), and the reading passes on along milestone chains, so in plans
 *       with an SNET on a milestone, milestones are compared as points only. Late dates
 *       of milestones are compared as points only: we show a critical milestone's late date on its early date. And
 *       MPXJ leaves a milestone without predecessors at 08:00 on the project start even when that is a Saturday; we
 *       use the first working day on or after the start (domain §4), so MPXJ's milestone date-times are read as
 *       shown dates on working days (08:00 → that day or the next working day, 17:00 → that day or the previous).
 * </ol>
 *
 * Constraint dates are handed to MPXJ as the equivalent end of a working day (see {@link MpxjReference}).
 */
class MpxjComparisonTests {

    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.builder().build();
    private static final ScheduleCalendar CALENDAR = new WorkingCalendarAdapter(WEEKDAYS);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    record LinkSpec(int to, int back, LinkType type, int lag) {}

    record ConstraintSpec(int task, ConstraintType type, int dayOffset) {}

    record NetworkSpec(
            int startOffset,
            List<Integer> durations,
            List<LinkSpec> links,
            List<ConstraintSpec> constraints,
            Integer targetOffset) {}

    @Property(tries = 200)
    void earlyAndLateDatesAndFloatsMatchPrimavera(@ForAll("networks") NetworkSpec spec) {
        ScheduleRequest request = toRequest(spec);
        ScheduleResult ours = new ScheduleEngine(CALENDAR).schedule(request);
        CpmPasses points = points(request);
        boolean lateComparable = comparable(request, points);
        MpxjReference mpxj = new MpxjReference(request, WEEKDAYS);
        mpxj.schedule();
        SoftAssertions softly = new SoftAssertions();
        boolean milestoneDates = request.tasks().stream().noneMatch(MpxjComparisonTests::milestoneWithSnet);
        for (int i = 0; i < request.tasks().size(); i++) {
            Task task = request.tasks().get(i);
            compareEarly(softly, task, i, points, mpxj);
            if (lateComparable) {
                compareLate(softly, task, i, ours.tasks().get(i), points, mpxj);
            }
            if (task.duration() > 0 || milestoneDates) {
                compareShownDates(softly, task, ours.tasks().get(i), mpxj, lateComparable);
            }
        }
        softly.assertAll();
    }

    /** Early points: the instants, whatever time of day MPXJ writes them with. */
    private static void compareEarly(SoftAssertions softly, Task task, int i, CpmPasses points, MpxjReference mpxj) {
        org.mpxj.Task theirs = mpxj.task(task.key());
        String key = task.key() + " (" + task.duration() + "d)";
        softly.assertThat(points.earlyStart(i))
                .as("early start point of " + key)
                .isEqualTo(mpxj.point(theirs.getEarlyStart()));
        softly.assertThat(points.earlyFinish(i))
                .as("early finish point of " + key)
                .isEqualTo(mpxj.point(theirs.getEarlyFinish()));
    }

    /** Late points and total float. */
    private static void compareLate(
            SoftAssertions softly, Task task, int i, TaskSchedule ours, CpmPasses points, MpxjReference mpxj) {
        org.mpxj.Task theirs = mpxj.task(task.key());
        String key = task.key() + " (" + task.duration() + "d)";
        softly.assertThat(points.lateStart(i))
                .as("late start point of " + key)
                .isEqualTo(mpxj.point(theirs.getLateStart()));
        softly.assertThat(points.lateFinish(i))
                .as("late finish point of " + key)
                .isEqualTo(mpxj.point(theirs.getLateFinish()));
        softly.assertThat((double) ours.totalFloat())
                .as("total float of " + key)
                .isEqualTo(mpxj.totalFloatDays(task.key()));
    }

    /** MPXJ's date part is what P6 shows (point 5 for milestones). */
    private static void compareShownDates(
            SoftAssertions softly, Task task, TaskSchedule ours, MpxjReference mpxj, boolean lateComparable) {
        org.mpxj.Task theirs = mpxj.task(task.key());
        String key = task.key() + " (" + task.duration() + "d)";
        softly.assertThat(ours.earlyStart()).as("early start of " + key).isEqualTo(shown(theirs.getEarlyStart()));
        softly.assertThat(ours.earlyFinish()).as("early finish of " + key).isEqualTo(shown(theirs.getEarlyFinish()));
        if (task.duration() > 0 && lateComparable) {
            softly.assertThat(ours.lateStart())
                    .as("late start of " + key)
                    .isEqualTo(theirs.getLateStart().toLocalDate());
            softly.assertThat(ours.lateFinish())
                    .as("late finish of " + key)
                    .isEqualTo(theirs.getLateFinish().toLocalDate());
        }
    }

    /** The date a date-time is shown on, moved onto a working day (point 5). */
    private static LocalDate shown(LocalDateTime time) {
        return time.toLocalTime().isAfter(MpxjReference.DAY_START)
                ? WEEKDAYS.workingDayOnOrBefore(time.toLocalDate())
                : WEEKDAYS.workingDayOnOrAfter(time.toLocalDate());
    }

    private static boolean milestoneWithSnet(Task task) {
        return task.duration() == 0
                && task.constraint() != null
                && task.constraint().type() == ConstraintType.SNET;
    }

    /** Point 3 of the class comment: late dates against an unreachable target are not compared. */
    private static boolean comparable(ScheduleRequest request, CpmPasses points) {
        return request.targetFinish() == null
                || points.earlyFinishPoint <= WEEKDAYS.indexOnOrBefore(request.targetFinish());
    }

    private static CpmPasses points(ScheduleRequest request) {
        Plan plan = PlanCompiler.compile(request, CALENDAR, MONDAY);
        return CpmPasses.run(plan);
    }

    @Provide
    Arbitrary<NetworkSpec> networks() {
        return Arbitraries.integers()
                .between(1, 25)
                .flatMap(size -> Combinators.combine(
                                Arbitraries.integers().between(0, 6),
                                Arbitraries.integers().between(0, 8).list().ofSize(size),
                                links(size),
                                constraints(size),
                                Arbitraries.integers().between(5, 90).injectNull(0.3))
                        .as(NetworkSpec::new));
    }

    private static Arbitrary<List<LinkSpec>> links(int size) {
        if (size < 2) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(
                        Arbitraries.integers().between(1, size - 1),
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.of(LinkType.class),
                        Arbitraries.integers().between(-3, 5))
                .as(LinkSpec::new)
                .list()
                .ofMaxSize(3 * size);
    }

    private static Arbitrary<List<ConstraintSpec>> constraints(int size) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, size - 1),
                        Arbitraries.of(ConstraintType.class),
                        Arbitraries.integers().between(-3, 60))
                .as(ConstraintSpec::new)
                .list()
                .ofMaxSize(size / 3 + 1);
    }

    static ScheduleRequest toRequest(NetworkSpec spec) {
        LocalDate start = MONDAY.plusDays(spec.startOffset());
        List<Integer> durations = spec.durations();
        List<Link> links = new ArrayList<>();
        for (LinkSpec link : spec.links()) {
            int from = link.to() - 1 - link.back() % link.to(); // always an earlier task: no cycles
            links.add(new Link("T" + from, "T" + link.to(), link.type(), lag(link, durations.get(link.to()))));
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < durations.size(); i++) {
            tasks.add(new Task("T" + i, "Task " + i, durations.get(i)));
        }
        for (ConstraintSpec constraint : spec.constraints()) {
            if (allowed(constraint, links, start, durations.get(constraint.task()))) {
                Constraint value = new Constraint(constraint.type(), start.plusDays(constraint.dayOffset()));
                tasks.set(constraint.task(), tasks.get(constraint.task()).withConstraint(value));
            }
        }
        LocalDate target = spec.targetOffset() == null ? null : start.plusDays(spec.targetOffset());
        return new ScheduleRequest(start, target, tasks, links);
    }

    /** Point 1 of the class comment. */
    private static int lag(LinkSpec link, int successorDuration) {
        boolean startsBeforeProject = link.type() == LinkType.SF && link.lag() >= 0 && link.lag() < successorDuration;
        return startsBeforeProject ? link.lag() + successorDuration : link.lag();
    }

    /** Points 2 and 4 of the class comment. */
    private static boolean allowed(ConstraintSpec constraint, List<Link> links, LocalDate start, int duration) {
        if (constraint.type() == ConstraintType.SNET) {
            return true;
        }
        LocalDate date = start.plusDays(constraint.dayOffset());
        int firstDay = WEEKDAYS.indexOnOrAfter(start);
        int finish = WEEKDAYS.indexOnOrBefore(date);
        if (constraint.type() == ConstraintType.MFO && (finish < firstDay || finish - duration < firstDay - 1)) {
            return false;
        }
        String key = "T" + constraint.task();
        boolean hasSuccessors = links.stream().anyMatch(l -> l.from().equals(key));
        boolean zeroLagSsSuccessor =
                links.stream().anyMatch(l -> l.to().equals(key) && l.type() == LinkType.SS && l.lag() == 0);
        return hasSuccessors || !zeroLagSsSuccessor;
    }
}
