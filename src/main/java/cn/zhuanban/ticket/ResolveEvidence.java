package cn.zhuanban.ticket;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.ticket.domain.Ticket;
import cn.zhuanban.ticket.domain.TicketAttachments;
import cn.zhuanban.ticket.domain.TicketRepository;
import cn.zhuanban.ticket.domain.TicketScope;
import cn.zhuanban.ticket.domain.TicketVisibility;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files (办结佐证) of a resolve form that was refused: a browser cannot give the chosen files back to the form shown
 * again, so they are kept as the user's pending files on the ticket, listed on that form (each can be removed) and
 * attached when the resolution is taken ({@link TicketManagement#perform}, {@code kept}). Pending files belong to
 * nobody else and are not the ticket's yet: not listed, not served; a day later they are purged. Keeping and removing
 * them are audited ({@link ResolveEvidenceChanged}), as the purge is.
 */
@Service
@Transactional
public class ResolveEvidence {

    private final TicketRepository tickets;
    private final TicketVisibility visibility;
    private final MoveAuthority authority;
    private final TicketAttachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResolveEvidence(
            TicketRepository tickets,
            TicketVisibility visibility,
            MoveAuthority authority,
            TicketAttachments attachments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.visibility = visibility;
        this.authority = authority;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Keeps the files of the user's refused resolve form, in its own transaction (the refused move's rolled back with
     * its files). False when they could not be kept, so the form must say to choose them again: a file refused
     * itself, too many with those pending already, or the resolution no longer his to make.
     */
    public boolean keep(long id, List<TicketFile> files, CurrentUser user) {
        if (files.isEmpty()) {
            return true;
        }
        if (!visibility.visible(id, TicketScope.forTickets(user))) {
            return false;
        }
        Ticket ticket = tickets.findById(id).orElse(null);
        if (ticket == null
                || !authority.movesFor(ticket, user).contains(TicketMove.RESOLVE.meantIn(ticket.getState()))) {
            return false;
        }
        try {
            // checked as a whole before anything is written: a refusal leaves no file behind
            attachments.keepPending(id, files, user.id(), clock.instant());
            events.publishEvent(ResolveEvidenceChanged.kept(
                    id,
                    files.size() + " files: "
                            + files.stream().map(TicketFile::originalName).collect(Collectors.joining(", "))));
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The user's pending files on a ticket he sees, for the resolve form. */
    @Transactional(readOnly = true)
    public List<TicketView.Attachment> pending(long id, CurrentUser user) {
        if (!visibility.visible(id, TicketScope.forTickets(user))) {
            throw new NotFoundException("ticket", id);
        }
        return attachments.pending(id, user.id()).stream()
                .map(a -> new TicketView.Attachment(a.id(), a.originalName(), a.contentType(), a.size()))
                .toList();
    }

    /** Removes one of the user's pending files on the ticket; another's, or one no longer pending, is not found. */
    public void remove(long id, long fileId, CurrentUser user) {
        TicketAttachments.Attachment removed = visibility.visible(id, TicketScope.forTickets(user))
                ? attachments.dropPending(id, fileId, user.id()).orElse(null)
                : null;
        if (removed == null) {
            throw new NotFoundException("attachment", fileId);
        }
        events.publishEvent(ResolveEvidenceChanged.removed(id, "file: " + removed.originalName()));
    }
}
