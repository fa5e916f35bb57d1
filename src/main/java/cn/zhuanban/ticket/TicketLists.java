package cn.zhuanban.ticket;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.shared.files.StoredFiles;
import cn.zhuanban.ticket.domain.MergeTargets;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketAttachments;
import cn.zhuanban.ticket.domain.TicketQueries;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketVisibility;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of tickets: one ticket (its page's view assembled by {@link TicketViews}), the lists and to-do counts,
 * duplicates, attachments; each within the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class TicketLists {

    private static final int DUPLICATE_CANDIDATES = 50;
    private static final int SHORT_TITLE = 40;
    private static final int MERGE_TARGETS = 200;

    private final TicketRepository tickets;
    private final TicketQueries queries;
    private final MergeTargets mergeTargets;
    private final TicketVisibility visibility;
    private final TicketAttachments attachments;
    private final StoredFiles store;
    private final TicketViews views;
    private final DepartmentManagement departments;
    private final CalendarManagement calendar;
    private final Clock clock;

    TicketLists(
            TicketRepository tickets,
            TicketQueries queries,
            MergeTargets mergeTargets,
            TicketVisibility visibility,
            TicketAttachments attachments,
            StoredFiles store,
            TicketViews views,
            DepartmentManagement departments,
            CalendarManagement calendar,
            Clock clock) {
        this.tickets = tickets;
        this.queries = queries;
        this.mergeTargets = mergeTargets;
        this.visibility = visibility;
        this.attachments = attachments;
        this.store = store;
        this.views = views;
        this.departments = departments;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * How many of the project's unresolved tickets carry a red card: the project's light is red while any does
     * (domain.md §4: the worst of its stage goals, critical tasks and red tickets).
     */
    @Transactional(readOnly = true)
    public int redCards(long projectId) {
        return queries.redCards(projectId);
    }

    public TicketView find(long id, CurrentUser user) {
        return views.of(load(id, user), user);
    }

    /**
     * Which of these tickets the user may open: a page that lists others' tickets (a meeting's actions, owned by every
     * department) links only these. Ids may be null (a row without a ticket) and repeat.
     */
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids, CurrentUser user) {
        return visibility.visibleAmong(
                ids.stream().filter(Objects::nonNull).distinct().toList(), TicketScope.forTickets(user));
    }

    /**
     * Tickets' titles beside their ids regardless of scope, for the audit log, which shows the auditor every record
     * anyway; a long title is cut short, as the id in front identifies the ticket.
     */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return queries.titlesOf(ids, SHORT_TITLE);
    }

    /**
     * The newest {@code limit} tickets of a list, without department names or a count, each with its next deadline
     * counted down: a to-do card's rows.
     */
    public List<TicketSummary> first(TicketFilter filter, CurrentUser user, int limit) {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendar.administrative();
        return queries
                .first(filter, TicketScope.forTickets(user), user.departmentId(), user.id(), today, limit)
                .stream()
                .map(s -> counted(s, s.departmentName(), today, cal))
                .toList();
    }

    /** A page of a list, each ticket with its department's name and its next deadline counted down. */
    public PageResult<TicketSummary> search(TicketFilter filter, CurrentUser user, PageQuery page) {
        Map<Long, String> deptNames = departments.names();
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendar.administrative();
        return queries.page(filter, TicketScope.forTickets(user), user.departmentId(), user.id(), today, page)
                .map(s -> counted(s, s.departmentId() == null ? null : deptNames.get(s.departmentId()), today, cal));
    }

    /**
     * A project's open tickets within the user's ticket scope, for the project page: the counts and the newest
     * {@code latest} (two statements; none for the rows when nothing is open).
     */
    public ProjectTickets ofProject(long projectId, CurrentUser user, int latest) {
        TicketScope scope = TicketScope.forTickets(user);
        TicketQueries.ProjectCounts counts = queries.projectCounts(projectId, scope, LocalDate.now(clock));
        List<TicketSummary> rows = counts.open() == 0 ? List.of() : queries.latestOpen(projectId, scope, latest);
        return new ProjectTickets(counts.open(), counts.red(), counts.yellow(), counts.overdue(), rows);
    }

    public TodoCounts todo(CurrentUser user) {
        return queries.todo(TicketScope.forTickets(user), user.departmentId(), user.id(), LocalDate.now(clock));
    }

    /**
     * Open tickets of the same project and category whose titles look alike (character bigrams),
     * shown before submitting. Ranks a bounded set of candidates that SQL selected.
     */
    public List<TicketSummary> possibleDuplicates(
            long projectId, TicketCategory category, String title, CurrentUser user) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        return queries.openOf(projectId, category, TicketScope.forTickets(user), DUPLICATE_CANDIDATES).stream()
                .filter(s -> TitleSimilarity.of(title, s.title()) >= TitleSimilarity.THRESHOLD)
                .limit(5)
                .toList();
    }

    /**
     * The tickets this one may be merged into, for the merge form: open ones of the same project that the user sees
     * (the same rule {@link TicketManagement} checks on the merge).
     */
    public List<TicketSummary> mergeTargets(long id, CurrentUser user) {
        Ticket t = load(id, user);
        return mergeTargets.of(t.getProjectId(), id, TicketScope.forTickets(user), MERGE_TARGETS);
    }

    /** An attachment's bytes, within the user's scope. */
    public InputStream openAttachment(long ticketId, long attachmentId, CurrentUser user) throws IOException {
        load(ticketId, user);
        var file = attachments
                .find(ticketId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return store.open(file.storageKey());
    }

    public TicketView.Attachment attachment(long ticketId, long attachmentId, CurrentUser user) {
        load(ticketId, user);
        return attachments
                .find(ticketId, attachmentId)
                .map(a -> new TicketView.Attachment(a.id(), a.originalName(), a.contentType(), a.size()))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    private Ticket load(long id, CurrentUser user) {
        if (!visibility.visible(id, TicketScope.forTickets(user))) {
            throw new NotFoundException("ticket", id);
        }
        return tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id));
    }

    /** The summary with the department's name and the working days left to its next deadline (negative: overdue). */
    private static TicketSummary counted(TicketSummary s, String departmentName, LocalDate today, WorkingCalendar cal) {
        TicketSummary.Countdown countdown = s.countdown();
        if (countdown != null) {
            countdown = countdown.counted(WorkingDaysLeft.of(today, countdown.due(), cal));
        }
        return new TicketSummary(
                s.id(),
                s.title(),
                s.projectId(),
                s.projectName(),
                s.category(),
                s.severity(),
                s.state(),
                s.departmentId(),
                departmentName,
                s.resolveBy(),
                s.resolveDateChosen(),
                s.card(),
                s.escalationLevel(),
                s.createdAt(),
                countdown,
                s.source(),
                s.lateResolution() == null ? null : s.lateResolution().counted(s.resolveBy(), cal));
    }
}
