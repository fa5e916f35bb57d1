package cn.zhuanban.meeting;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.WorkingCalendar;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.meeting.domain.ContactEntry;
import cn.zhuanban.meeting.domain.ContactQueries;
import cn.zhuanban.meeting.domain.ContactRepository;
import cn.zhuanban.meeting.domain.ContactRow;
import cn.zhuanban.meeting.domain.ContactScope;
import cn.zhuanban.meeting.domain.StatusRow;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.Actor;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.PageResult;
import cn.zhuanban.ticket.ReportCommand;
import cn.zhuanban.ticket.TicketManagement;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily contact log: quick entries, the log of an enterprise, and the served enterprises with
 * their last contact, flagged when nobody has contacted them for N working days (default 10,
 * {@code zhuanban.contact.stale-working-days}) on the administrative calendar.
 */
@Service
@Transactional
public class ContactLogManagement {

    private final ContactRepository contacts;
    private final ContactQueries queries;
    private final ContactScopes scopes;
    private final EnterpriseManagement enterprises;
    private final ProjectReads projects;
    private final UserDirectory directory;
    private final TicketManagement tickets;
    private final CalendarManagement calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int staleWorkingDays;

    ContactLogManagement(
            ContactRepository contacts,
            ContactQueries queries,
            ContactScopes scopes,
            EnterpriseManagement enterprises,
            ProjectReads projects,
            UserDirectory directory,
            TicketManagement tickets,
            CalendarManagement calendar,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${zhuanban.contact.stale-working-days:10}") int staleWorkingDays) {
        this.contacts = contacts;
        this.queries = queries;
        this.scopes = scopes;
        this.enterprises = enterprises;
        this.projects = projects;
        this.directory = directory;
        this.tickets = tickets;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.staleWorkingDays = staleWorkingDays;
    }

    public long record(ContactForm form, CurrentUser user) {
        if (!enterprises.exists(form.enterpriseId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", form.enterpriseId());
        }
        if (form.projectId() != null) {
            if (!projects.isVisible(form.projectId(), user)) {
                throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "projectId", form.projectId());
            }
            // A project the user sees but of another enterprise is a mismatch of two choices, not an unknown id:
            // say so in words rather than with the project's number.
            if (projects.find(form.projectId(), user).enterpriseId() != form.enterpriseId()) {
                throw BusinessException.invalid("projectId", "contact.project-not-of-enterprise");
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = form.contactedOn() == null ? today : form.contactedOn();
        if (on.isAfter(today)) {
            // the message names today ("不能晚于今天（…）"), not the date typed
            throw BusinessException.invalid("contactedOn", "validation.not-future", today);
        }
        ContactEntry entry = contacts.save(ContactEntry.record(
                form.enterpriseId(),
                form.projectId(),
                form.channel(),
                on,
                form.contactPerson(),
                form.content(),
                form.followUp(),
                user.id(),
                clock.instant()));
        events.publishEvent(new ContactRecorded(
                Actor.current(), "contact.recorded", entry.getId(), ChangeSummary.of(entry.snapshot())));
        return entry.getId();
    }

    @Transactional(readOnly = true)
    public ContactView find(long id, CurrentUser user) {
        ContactRow row = queries.find(id).orElseThrow(() -> new NotFoundException("contact", id));
        if (!scopes.of(user).covers(row.enterpriseId(), row.staffUserId())) {
            throw new NotFoundException("contact", id);
        }
        return view(row, directory.namesOf(List.of(row.staffUserId())));
    }

    /** The contacts in the user's scope that pass the filter, newest first; a range ending before it starts is refused. */
    @Transactional(readOnly = true)
    public PageResult<ContactView> search(ContactFilter filter, CurrentUser user, PageQuery page) {
        if (!filter.datesInOrder()) {
            throw new BusinessException(ErrorCode.CONTACT_DATE_RANGE, "to", filter.from(), filter.to());
        }
        PageResult<ContactRow> rows = queries.page(filter, scopes.of(user), page);
        Map<Long, String> names = directory.namesOf(
                rows.content().stream().map(ContactRow::staffUserId).distinct().toList());
        return rows.map(r -> view(r, names));
    }

    /** Who recorded the contacts the user sees, by name: the choices of the list's staff filter. */
    @Transactional(readOnly = true)
    public List<ContactStaff> staff(CurrentUser user) {
        Map<Long, String> names = directory.namesOf(queries.staff(scopes.of(user)));
        Collator chinese = Collator.getInstance(Locale.CHINA);
        return names.entrySet().stream()
                .map(n -> new ContactStaff(n.getKey(), n.getValue()))
                .sorted(Comparator.comparing(ContactStaff::name, Comparator.nullsLast(chinese)))
                .toList();
    }

    /** Served enterprises in the user's scope with their last contact; {@code staleOnly} keeps the flagged ones. */
    @Transactional(readOnly = true)
    public PageResult<EnterpriseContactStatus> statuses(
            CurrentUser user, boolean staleOnly, LocalDate asOf, PageQuery page) {
        return statuses(user, staleOnly, null, asOf, page);
    }

    /** As above, of the enterprises whose name contains {@code q} (blank: all). */
    @Transactional(readOnly = true)
    public PageResult<EnterpriseContactStatus> statuses(
            CurrentUser user, boolean staleOnly, String q, LocalDate asOf, PageQuery page) {
        return statuses(scopes.of(user), null, staleOnly, q, asOf, page);
    }

    /** The enterprises flagged to this chief service officer: his, and not contacted for N working days. */
    @Transactional(readOnly = true)
    public PageResult<EnterpriseContactStatus> staleForOfficer(long officerId, LocalDate asOf, PageQuery page) {
        return statuses(new ContactScope(true, officerId, List.of()), officerId, true, null, asOf, page);
    }

    public int staleWorkingDays() {
        return staleWorkingDays;
    }

    /**
     * Turns a contact into a ticket: reports it (the user must see the project, as for any report)
     * and links the entry to it, in one transaction. An entry already ticketed is refused.
     */
    public long openTicket(long contactId, ReportCommand command, CurrentUser user) {
        ContactView contact = find(contactId, user);
        if (contact.ticketId() != null) {
            throw new BusinessException(ErrorCode.CONTACT_TICKETED, contact.ticketId());
        }
        long ticketId = tickets.report(command, List.of(), user);
        linkTicket(contactId, ticketId);
        return ticketId;
    }

    /** Records that a ticket was opened from this contact (called once the ticket exists). */
    void linkTicket(long contactId, long ticketId) {
        ContactEntry entry =
                contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        Map<String, Object> before = entry.snapshot();
        entry.ticketed(ticketId);
        contacts.save(entry);
        events.publishEvent(new ContactRecorded(
                Actor.current(), "contact.ticketed", contactId, ChangeSummary.between(before, entry.snapshot())));
    }

    private PageResult<EnterpriseContactStatus> statuses(
            ContactScope scope, Long officer, boolean staleOnly, String q, LocalDate asOf, PageQuery page) {
        WorkingCalendar cal = calendar.administrative();
        LocalDate since = cal.addWorkingDays(cal.workingDayOnOrBefore(asOf), -(staleWorkingDays - 1));
        PageResult<StatusRow> rows = queries.served(scope, officer, staleOnly, since, q, page);
        Map<Long, String> officers = directory.namesOf(rows.content().stream()
                .map(StatusRow::chiefServiceOfficerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.map(r -> new EnterpriseContactStatus(
                r.enterpriseId(),
                r.enterpriseName(),
                r.lastContact(),
                r.lastContact() == null ? null : cal.workingDaysBetween(r.lastContact(), asOf),
                r.chiefServiceOfficerId(),
                officers.get(r.chiefServiceOfficerId()),
                r.stale()));
    }

    private static ContactView view(ContactRow r, Map<Long, String> names) {
        return new ContactView(
                r.id(),
                r.enterpriseId(),
                r.enterpriseName(),
                r.projectId(),
                r.projectName(),
                r.channel(),
                r.contactedOn(),
                r.contactPerson(),
                r.content(),
                r.followUp(),
                r.staffUserId(),
                names.get(r.staffUserId()),
                r.ticketId());
    }
}
