package cn.zhuanban.ticket.domain;

import static cn.zhuanban.ticket.TicketState.REJECTED;

import cn.zhuanban.ticket.TicketMove;
import java.time.Instant;

/**
 * Not accepted as unreasonable (不合理诉求, domain.md §3): the dispatch office proposes it with a reason, the project's
 * lead official confirms it (REJECTED, the end) or declines it (不同意) with his own reason. The proposal keeps the
 * ticket REPORTED until then; a declined one is gone, and the ticket waits for the office to accept it again
 * (待受理), which may assign it, resolve it or propose the rejection anew. An assignment withdraws a proposal too.
 */
abstract class TicketRejection extends TicketFeedback {

    private String rejectionProposal;

    /**
     * Whether {@link #rejectionProposal} is set, kept beside it as a column of its own: the to-do counts
     * "to assign" and "to confirm the rejection" then come from an index (state, this flag) instead of
     * reading every REPORTED ticket's row for its proposal text.
     */
    private boolean rejectionProposed;

    /** Proposed by the office (a reason required), or, once proposed, confirmed by the lead official. */
    public Step reject(String reason, Instant now) {
        if (rejectionProposal == null) {
            require(TicketMove.REJECT, null);
            requireInput("reason", reason);
            rejectionProposal = reason;
            rejectionProposed = true;
            return step("ticket.rejection-proposed", state, state, reason);
        }
        require(TicketMove.REJECT, null);
        closedAt = now;
        String proposed = rejectionProposal;
        withdrawRejectionProposal();
        return move("ticket.rejected", REJECTED, reason == null ? proposed : reason);
    }

    /**
     * The lead official's 不同意: the proposal is dropped and the ticket stays REPORTED, back in the office's 待受理. Only
     * while a proposal waits (a confirmed, declined or assigned one is refused as such, 409); his reason is required.
     */
    public Step declineRejection(String reason) {
        require(TicketMove.DECLINE_REJECTION, rejectionPending() ? null : "no-rejection-pending");
        requireInput("reason", reason);
        withdrawRejectionProposal();
        return step("ticket.rejection-declined", state, state, reason);
    }

    public boolean rejectionPending() {
        return rejectionProposal != null;
    }

    public String getRejectionProposal() {
        return rejectionProposal;
    }

    protected void withdrawRejectionProposal() {
        rejectionProposal = null;
        rejectionProposed = false;
    }
}
