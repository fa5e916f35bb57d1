package cn.zhuanban.notification.domain;

import static cn.zhuanban.notification.domain.TicketAudiences.of;
import static cn.zhuanban.notification.domain.TicketAudiences.union;

import cn.zhuanban.ticket.AssignedDeadlines;
import cn.zhuanban.ticket.TicketStepRecorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who is told of each ticket step, and in which words (domain.md §3; a problem reaches closure only if whoever acts
 * next hears of it): what waits for the dispatch office (a new ticket, a resolution to review, a return or an
 * extension asked for, a proposed rejection the lead official declined) → whoever holds the dispatch permission; what the department must do again or may now do (a
 * decided extension, a reopening after 不满意, a resolution sent back, an insisted assignment) → its handlers; what
 * both follow (a reopening; and, as {@link TicketPauseAndEndNotices} words them, a suspension or resumption, the
 * reporter's rating, a close for no rating) → both; and the reporter sees his problem move (signed, a progress note,
 * extended, resolved, reopened, not accepted, merged into another ticket). A leader's instruction on a ticket goes to
 * the department handling it (to the office while none has it yet). A ticket assigned at once (a meeting's action, a
 * leader's instruction) tells the office nothing of its report: only its assignment is news, to the department.
 *
 * <p>The step's main audience is told under the step's key {@code ticket:<id>:step:<n>}; the reporter, when told in
 * other words, under that key with {@code :reporter}, unless he is in the main audience already: one notice per
 * person per step. Whoever made the step is not told of it, except the reporter who rated 不满意, who learns the
 * reopened ticket's new deadline.
 */
@Component
class TicketStepNotices {

    /** One notice of a step: to whom, which text with its arguments, and its idempotency key. */
    record Notice(Set<Long> recipients, String messageKey, List<String> args, String occasion) {}

    private static final String PREFIX = "notification.";
    private static final String REPORTER = "-reporter";
    private static final String REPORTER_KEY = ":reporter";
    private static final String DISPATCH = "-dispatch";
    private static final String DISPATCH_KEY = ":dispatch";

    private final TicketAudiences audiences;
    private final TicketPauseAndEndNotices pausesAndEnds;
    private final AssignedDeadlines deadlines;

    TicketStepNotices(TicketAudiences audiences, TicketPauseAndEndNotices pausesAndEnds, AssignedDeadlines deadlines) {
        this.audiences = audiences;
        this.pausesAndEnds = pausesAndEnds;
        this.deadlines = deadlines;
    }

    List<Notice> forStep(TicketStepRecorded step) {
        String key = "ticket:" + step.ticketId() + ":step:" + step.step();
        String messageKey = PREFIX + step.action();
        String title = text(step.title());
        List<Notice> notices = new ArrayList<>();
        switch (step.action()) {
            case "ticket.assigned", "ticket.reassigned", "ticket.deadlines-recounted" ->
                notices.add(assignment(step, key));
            case "ticket.review-passed" ->
                notices.add(new Notice(of(step.reporterId()), messageKey, List.of(title), key));
            case "ticket.rejection-proposed" ->
                notices.add(
                        new Notice(of(step.leadOfficialId()), messageKey, List.of(title, text(step.reason())), key));
            case "ticket.reported" -> {
                // A meeting's action or a leader's instruction is assigned in the same breath: its assignment notice
                // reaches the department, and the office has nothing to decide on a "new ticket".
                if (step.source() == null || !step.source().assignedAtOnce()) {
                    notices.add(new Notice(others(step, audiences.dispatchers()), messageKey, List.of(title), key));
                }
            }
            case "ticket.return-requested", "ticket.extension-requested", "ticket.rejection-declined" ->
                notices.add(new Notice(
                        others(step, audiences.dispatchers()), messageKey, List.of(title, text(step.reason())), key));
            case "ticket.insisted", "ticket.sent-back" ->
                notices.add(new Notice(
                        others(step, audiences.handlers(step.departmentId())),
                        messageKey,
                        List.of(title, text(step.reason())),
                        key));
            case "ticket.extension-decided" -> extensionDecided(step, key, notices);
            case "ticket.resolved", "ticket.resolved-on-the-spot" -> {
                Set<Long> dispatch = others(step, audiences.dispatchers());
                notices.add(new Notice(dispatch, PREFIX + "ticket.resolved", List.of(title), key));
                notices.add(toReporter(
                        step, dispatch, PREFIX + "ticket.resolved" + REPORTER, List.of(title), key + REPORTER_KEY));
            }
            case "ticket.reopened" -> {
                List<String> args = List.of(title, date(step));
                Set<Long> handlers = others(step, audiences.handlers(step.departmentId()));
                notices.add(new Notice(handlers, messageKey, args, key));
                // The reporter made this step, but the new deadline is news to him.
                Set<Long> reporter = of(step.reporterId());
                reporter.removeAll(handlers);
                notices.add(new Notice(reporter, messageKey + REPORTER, args, key + REPORTER_KEY));
                // The office follows a reopening: it reviewed the resolution the reporter now rejects, and why.
                Set<Long> dispatch = others(step, audiences.dispatchers());
                dispatch.removeAll(union(handlers, reporter));
                notices.add(new Notice(
                        dispatch,
                        messageKey + DISPATCH,
                        List.of(title, text(step.reason()), date(step)),
                        key + DISPATCH_KEY));
            }
            case "ticket.rated", "ticket.closed-no-response", "ticket.suspended", "ticket.resumed", "ticket.merged" ->
                notices.add(pausesAndEnds.forStep(step, key));
            case "ticket.signed" ->
                notices.add(toReporter(step, Set.of(), messageKey, List.of(title, date(step)), key));
            case "ticket.instructed" ->
                notices.add(new Notice(
                        others(
                                step,
                                step.departmentId() == null
                                        ? audiences.dispatchers()
                                        : audiences.handlers(step.departmentId())),
                        messageKey,
                        List.of(title, text(step.reason())),
                        key));
            case "ticket.noted", "ticket.rejected" ->
                notices.add(toReporter(step, Set.of(), messageKey, List.of(title, text(step.reason())), key));
            default -> {
                // a lapsed extension request: nobody waits for it to act
            }
        }
        notices.removeIf(n -> n.recipients().isEmpty());
        return notices;
    }

    /**
     * The assignment notice names the three deadlines; events stored before they were carried keep it without. The
     * dates are the ticket's own while no later step set others (the page's): an assignment dated back after its step
     * was recorded (a meeting's action) has other deadlines than the event carries.
     */
    private Notice assignment(TicketStepRecorded step, String key) {
        Set<Long> handlers = audiences.handlers(step.departmentId());
        if (step.resolveBy() == null) {
            return new Notice(handlers, PREFIX + step.action(), List.of(text(step.title())), key);
        }
        AssignedDeadlines.Dates dates = deadlines
                .of(step.ticketId(), step.step())
                .orElseGet(() -> new AssignedDeadlines.Dates(step.signBy(), step.feedbackBy(), step.resolveBy()));
        return new Notice(
                handlers,
                PREFIX + step.action() + "-with-deadlines",
                List.of(
                        text(step.title()),
                        String.valueOf(dates.signBy()),
                        String.valueOf(dates.feedbackBy()),
                        String.valueOf(dates.resolveBy())),
                key);
    }

    /**
     * The decision goes to the department that asked; an approval also to the reporter, with the new deadline. The
     * step's result is the answer ({@code APPROVED} or {@code REFUSED}), its reason {@code "<date asked> <why>"}.
     */
    private void extensionDecided(TicketStepRecorded step, String key, List<Notice> notices) {
        boolean approved = "APPROVED".equals(step.result());
        String asked = text(step.reason());
        Set<Long> handlers = others(step, audiences.handlers(step.departmentId()));
        String title = text(step.title());
        if (!approved) {
            notices.add(new Notice(handlers, PREFIX + "ticket.extension-refused", List.of(title, asked), key));
            return;
        }
        notices.add(new Notice(handlers, PREFIX + "ticket.extension-approved", List.of(title, date(step)), key));
        notices.add(toReporter(
                step, handlers, PREFIX + "ticket.extended" + REPORTER, List.of(title, date(step)), key + REPORTER_KEY));
    }

    /** The reporter, unless he made the step or is told in the main audience's words already. */
    private Notice toReporter(
            TicketStepRecorded step, Set<Long> toldAlready, String messageKey, List<String> args, String occasion) {
        return new Notice(audiences.reporter(step, toldAlready), messageKey, args, occasion);
    }

    /** The audience without whoever made the step. */
    private Set<Long> others(TicketStepRecorded step, Set<Long> audience) {
        return audiences.notMadeBy(step, audience);
    }

    static String date(TicketStepRecorded step) {
        return step.resolveBy() == null ? "" : step.resolveBy().toString();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
