package cn.zhuanban.schedule;

import cn.zhuanban.project.LightReason;
import cn.zhuanban.project.LightReason.Items;
import cn.zhuanban.project.LightReason.Message;
import cn.zhuanban.project.ProjectLighting;
import cn.zhuanban.project.StatusLight;
import cn.zhuanban.schedule.domain.LightReviews;
import cn.zhuanban.schedule.domain.MonthlyTargetStore;
import cn.zhuanban.schedule.engine.LightRules;
import cn.zhuanban.ticket.TicketLists;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The project's light from its schedule (domain §4): the worst of its stage goals and critical tasks, red while a past
 * month's target is missed, at least yellow when last month's was only caught up, red while one of its unresolved
 * tickets carries a red card ({@link TicketLightRefresh} judges again when a ticket moves). Also notes the first day on which the light can change by itself, so
 * that the daily job looks only at those plans.
 */
@Component
class PlanLights {

    private static final String YELLOW = StatusLight.YELLOW.name();

    /** Enough calendar days to hold the due-soon window of working days across the longest holiday. */
    private static final int DUE_SOON_CALENDAR_DAYS = 21;

    private final ProjectLighting lighting;
    private final MonthlyTargetStore targets;
    private final LightReviews reviews;
    private final TargetFixing fixing;
    private final TicketLists tickets;
    private final Clock clock;

    PlanLights(
            ProjectLighting lighting,
            MonthlyTargetStore targets,
            LightReviews reviews,
            TargetFixing fixing,
            TicketLists tickets,
            Clock clock) {
        this.lighting = lighting;
        this.targets = targets;
        this.reviews = reviews;
        this.fixing = fixing;
        this.tickets = tickets;
        this.clock = clock;
    }

    void update(long projectId, PlanSheet sheet) {
        LocalDate today = LocalDate.now(clock);
        fixing.fix(sheet); // a month begun since the last change: the nightly job fixes its targets here
        List<MonthTarget> months = MonthTargets.of(sheet, targets.of(projectId), today);
        reviews.dueOn(projectId, nextReview(sheet, today));
        // A task left unfinished past its late finish holds up what its late finish was computed from (the target or a
        // stage goal), though its float, counted from its early dates, may still be positive: no work was reported,
        // so the forward pass still plans it at the project start. It is judged with the critical ones (domain §4).
        List<PlanSheet.Row> judged = sheet.rows().stream()
                .filter(r -> !r.stage() && (r.milestone() || r.critical() || overdue(r, today)))
                .toList();
        List<String> lights =
                new ArrayList<>(judged.stream().map(PlanSheet.Row::light).toList());
        lights.add(MonthTargets.light(months, today));
        if (judged.stream().anyMatch(r -> overdue(r, today))) {
            lights.add(StatusLight.RED.name()); // judged against today, also when an older data date says otherwise
        }
        int redCards = tickets.redCards(projectId);
        if (redCards > 0) {
            lights.add(StatusLight.RED.name());
        }
        String worst = PlanSheets.worst(lights);
        if (worst == null) {
            return;
        }
        StatusLight light = StatusLight.valueOf(worst);
        LightReason reason = light == StatusLight.YELLOW
                ? yellowReason(sheet, judged, MonthTargets.caughtUp(months, today))
                : reason(sheet, MonthTargets.missed(months), redCards, today);
        lighting.setJudgedLight(projectId, light, reason);
    }

    /**
     * Why a light is yellow, stored with it as a red light's reason is: the work with little float left (at most
     * {@link LightRules#floatWarningDays()} working days) or due soon and behind a straight line, nearest due first,
     * and last month's target met only late. The rows named are the unfinished ones that are yellow themselves, when
     * one of the judged rows (stage goals and critical tasks) is: the milestone that is yellow is so because of the
     * work before it. Kept as message keys and arguments, so that each reader reads it in his language.
     */
    static LightReason yellowReason(PlanSheet sheet, List<PlanSheet.Row> judged, List<YearMonth> caughtUp) {
        List<Message> parts = new ArrayList<>();
        if (judged.stream().anyMatch(r -> YELLOW.equals(r.light()))) {
            int floatDays = LightRules.DEFAULT.floatWarningDays();
            List<PlanSheet.Row> yellow = sheet.rows().stream()
                    .filter(r -> !r.stage() && r.actualFinish() == null && YELLOW.equals(r.light()))
                    .sorted(Comparator.comparing(
                            PlanSheet.Row::lateFinish, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            List<Message> little = yellow.stream()
                    .filter(r -> r.totalFloat() != null && r.totalFloat() <= floatDays)
                    .limit(5)
                    .map(r -> Message.of("plan.light-reason.float-task", r.key(), r.name(), r.totalFloat()))
                    .toList();
            if (!little.isEmpty()) {
                parts.add(Message.of("plan.light-reason.float", new Items(little), floatDays));
            }
            List<Message> behind = yellow.stream()
                    .filter(r -> r.totalFloat() == null || r.totalFloat() > floatDays)
                    .limit(5)
                    .map(r -> Message.of(
                            "plan.light-reason.behind-task",
                            r.key(),
                            r.name(),
                            r.percentComplete() == null ? 0 : r.percentComplete(),
                            r.lateFinish()))
                    .toList();
            if (!behind.isEmpty()) {
                parts.add(Message.of("plan.light-reason.behind", new Items(behind)));
            }
        }
        if (!caughtUp.isEmpty()) {
            parts.add(Message.of("plan.light-reason.caught-up", months(caughtUp)));
        }
        return reasonOf(parts);
    }

    /**
     * The light of a project without a plan: its red tickets alone. Set when a ticket's card or state changes, so
     * that a red card shows on the project as soon as it is raised and goes when the problem is solved.
     */
    void updateWithoutPlan(long projectId) {
        int redCards = tickets.redCards(projectId);
        if (redCards > 0) {
            lighting.setJudgedLight(projectId, StatusLight.RED, new LightReason(List.of(redTickets(redCards))));
        } else {
            lighting.setJudgedLight(projectId, StatusLight.GREEN, null);
        }
    }

    /**
     * The first day after today on which the light may change with no edit: the next month (targets fall due), the
     * day a row's due-soon window opens or its late finish passes, and every day while work is under way or waits
     * to be done since the data date.
     */
    static LocalDate nextReview(PlanSheet sheet, LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        LocalDate next = YearMonth.from(today).plusMonths(1).atDay(1);
        for (PlanSheet.Row r : sheet.rows()) {
            if (r.stage() || r.actualFinish() != null || r.lateFinish() == null) {
                continue;
            }
            boolean underWay = r.actualStart() != null
                    || (sheet.dataDate() != null
                            && r.earlyStart() != null
                            && !r.earlyStart().isAfter(tomorrow));
            LocalDate windowOpens = r.lateFinish().minusDays(DUE_SOON_CALENDAR_DAYS);
            LocalDate candidate;
            if (underWay || (!today.isBefore(windowOpens) && !today.isAfter(r.lateFinish()))) {
                candidate = tomorrow;
            } else if (today.isBefore(windowOpens)) {
                candidate = windowOpens;
            } else {
                continue; // already past its late finish: red until someone reports it finished
            }
            if (candidate.isBefore(next)) {
                next = candidate;
            }
        }
        return next;
    }

    /**
     * Stored with the light: the tasks that are short and by how many working days, the work still unfinished past its
     * late finish, and the missed months; null when none. It read "plan: A01 21, A02 21" on the project page.
     */
    static LightReason reason(PlanSheet sheet, List<YearMonth> missedMonths, int redCards, LocalDate today) {
        List<Message> parts = new ArrayList<>();
        if (redCards > 0) {
            parts.add(redTickets(redCards));
        }
        if (!sheet.schedule().shortfalls().isEmpty()) {
            List<Message> shortTasks = sheet.schedule().shortfalls().stream()
                    .limit(5)
                    .map(s -> Message.of("plan.light-reason.task", s.key(), sheet.nameOf(s.key()), s.workingDays()))
                    .toList();
            parts.add(Message.of("plan.light-reason.short", new Items(shortTasks)));
        }
        List<Message> overdueTasks = sheet.rows().stream()
                .filter(r -> !r.stage() && overdue(r, today))
                .sorted(Comparator.comparing(PlanSheet.Row::lateFinish))
                .limit(5)
                .map(r -> Message.of("plan.light-reason.overdue-task", r.key(), r.name(), r.lateFinish()))
                .toList();
        if (!overdueTasks.isEmpty()) {
            parts.add(Message.of("plan.light-reason.overdue", new Items(overdueTasks)));
        }
        if (!missedMonths.isEmpty()) {
            parts.add(Message.of("plan.light-reason.missed", months(missedMonths)));
        }
        return reasonOf(parts);
    }

    /** Unfinished past its late finish: the late finish day is over (domain §4, RED). */
    static boolean overdue(PlanSheet.Row row, LocalDate today) {
        return row.actualFinish() == null
                && row.lateFinish() != null
                && row.lateFinish().isBefore(today);
    }

    private static Items months(List<YearMonth> months) {
        return new Items(months.stream()
                .limit(3)
                .map(m -> Message.of("plan.light-reason.month", m.getYear(), m.getMonthValue()))
                .toList());
    }

    private static LightReason reasonOf(List<Message> parts) {
        return parts.isEmpty() ? null : new LightReason(parts);
    }

    private static Message redTickets(int count) {
        return Message.of("plan.light-reason.red-tickets", count);
    }
}
