package cn.zhuanban.ticket.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.ticket.ResolveEvidence;
import cn.zhuanban.ticket.TicketLists;
import cn.zhuanban.ticket.TicketView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Sends an attachment within the ticket's data scope, with the type its content was judged to be: an image inline
 * (the page shows it), any other file as a download; removes a file kept from a refused resolve form.
 */
@Controller
class TicketFileController {

    private final TicketLists lists;
    private final ResolveEvidence evidence;

    TicketFileController(TicketLists lists, ResolveEvidence evidence) {
        this.lists = lists;
        this.evidence = evidence;
    }

    /**
     * Removes one of the user's files kept from a refused resolve form (its remove button, by htmx: the answer is
     * empty and the file's line goes). Only his own pending files on a ticket he sees; any other is not found.
     */
    @PostMapping("/tickets/{id}/pending-files/{fileId}/remove")
    @PreAuthorize("hasAnyAuthority('" + Permissions.TICKET_HANDLE + "', '" + Permissions.TICKET_DISPATCH + "')")
    @ResponseBody
    String removePending(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
        evidence.remove(id, fileId, user);
        return "";
    }

    @GetMapping("/tickets/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('" + Permissions.TICKET_VIEW + "')")
    void download(@PathVariable long id, @PathVariable long fileId, CurrentUser user, HttpServletResponse response)
            throws IOException {
        TicketView.Attachment file = lists.attachment(id, fileId, user);
        response.setContentType(file.contentType());
        // A photo is shown on the ticket page: its type was judged by its content on upload (FileTypes), never by
        // the name, and nosniff keeps the browser to it. Everything else is saved, not opened.
        response.setHeader(
                "Content-Disposition",
                file.image() ? Downloads.inline(file.name()) : Downloads.attachment(file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = lists.openAttachment(id, fileId, user)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
